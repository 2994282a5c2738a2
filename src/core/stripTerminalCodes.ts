// ESC-introduced sequences: OSC (ESC ] … BEL or ESC \), CSI (ESC [ params final), and two-byte escapes.
// Each piece is a single bounded character class, so the scan stays linear.
const OSC = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
const CSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]/g;
const OTHER_ESCAPE = /\u001b[()#%*+][0-9A-Za-z]?|\u001b[@-Z\\-_=>78]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Removes ANSI colour and cursor codes, OSC sequences (titles, hyperlinks) and stray control characters;
 * CRLF and lone CR (terminal redraws) become LF so lines survive.
 */
export function stripTerminalCodes(text: string): string {
  let out = text;
  if (out.includes('\u001b') || out.includes('\u009b')) {
    out = out.replace(OSC, '').replace(CSI, '').replace(OTHER_ESCAPE, '');
  }
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  return out.replace(CONTROL, '');
}
