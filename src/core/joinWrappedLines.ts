// Glyphs TUIs put in front of a message (Claude Code's ⎿ and ⏺, prompts, list bullets, box borders).
const MARKER = /^[ \t]*(?:[⎿⏺●❯›│┃▌✗✘×⚠✻✶∙·•]|\[!\])[ \t]*/;
const BOX_ONLY = /^[╭╮╰╯─━═┌┐└┘├┤┬┴┼│┃ \t]*$/;
// A hard wrap at the terminal width can split a word; such lines are long and end mid-word.
const WRAP_WIDTH = 60;

/**
 * Undoes terminal hard-wrapping: an indented line continues the line above it (Claude Code indents wrapped
 * text under its ⎿ marker). Marker glyphs and box borders are dropped; a marker starts a new line.
 */
export function joinWrappedLines(text: string): string {
  if (!text.includes('\n')) return text.replace(MARKER, '');
  const out: string[] = [];
  let current: string | undefined;
  let lastWidth = 0;
  for (const raw of text.split('\n')) {
    if (BOX_ONLY.test(raw)) {
      if (current !== undefined) out.push(current);
      current = undefined;
      continue;
    }
    const line = dropTrailingBorder(raw);
    const marked = MARKER.test(line);
    if (!marked && current !== undefined && (line[0] === ' ' || line[0] === '\t')) {
      current = joinPair(current, lastWidth, line);
    } else {
      if (current !== undefined) out.push(current);
      current = marked ? line.replace(MARKER, '') : line;
    }
    lastWidth = raw.length;
  }
  if (current !== undefined) out.push(current);
  return out.join('\n');
}

function joinPair(previous: string, previousWidth: number, next: string): string {
  const head = previous.trimEnd();
  const tail = next.trimStart();
  const hadSpace = head.length !== previous.length;
  const midWord = !hadSpace && previousWidth >= WRAP_WIDTH && /[A-Za-z0-9_'"]$/.test(head) && /^[a-z0-9_'"-]/.test(tail);
  return midWord ? head + tail : `${head} ${tail}`;
}

function dropTrailingBorder(line: string): string {
  const trimmed = line.trimEnd();
  const last = trimmed[trimmed.length - 1];
  return last === '│' || last === '┃' ? trimmed.slice(0, -1).trimEnd() : line;
}
