import { STRING_BYTE, skipSpace } from './jsonBytes';

/**
 * Cheap test before JSON.parse: a line can only matter if it names usage or an error. Quoted keys
 * do not match their escaped copies inside tool output (`\"usage\"`), so big tool results are skipped.
 */
export function mayCarryUsageOrError(line: string): boolean {
  return line.includes('"usage"') || line.includes('"error"') || line.includes('isApiErrorMessage') || line.includes('API Error');
}

// Three passes for the four needles: Buffer.indexOf skips most bytes of a pass for the 7-byte ones (Boyer-Moore-
// Horspool), and `API Error` and `isApiErrorMessage` are both found by a pass for their `Error`, a capital E being
// rare in text. This halved the time spent on user records whose type comes late (keys in another order).
const USAGE_KEY = Buffer.from('"usage"');
const ERROR_KEY = Buffer.from('"error"');
const CAPITAL_ERROR = Buffer.from('Error');
const ERROR_WORDS = [{ bytes: Buffer.from('API Error'), at: 4 }, { bytes: Buffer.from('isApiErrorMessage'), at: 5 }];
const TYPE_KEY = Buffer.from('"type"');
const USER_VALUE = Buffer.from('"user"');
const MESSAGE_KEY = Buffer.from('"message"');
/**
 * Claude Code writes a user record's top-level `type` within the first few hundred bytes, before the message; an
 * assistant record's comes after the message, so a `message` key met first ends the test (it is not a user record
 * as far as the head can tell, and the message would be read through for nothing).
 */
const TYPE_WINDOW = 1024;
/** {@link isUserRecordInRange} answers from at most this many bytes of a line's start. */
export const USER_RECORD_HEAD_BYTES = TYPE_WINDOW;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

/**
 * {@link mayCarryUsageOrError} on a line's bytes, so lines of no interest are never decoded. User
 * records (prompts and tool results, most of the bytes) carry neither usage nor API errors, so a
 * top-level `"type": "user"` near the start ends the test before the needles are searched through the line.
 */
export function mayCarryUsageOrErrorBytes(line: Buffer): boolean {
  return !isUserRecordByHead(line) && hasUsageOrErrorNeedle(line);
}

/** The needle half of {@link mayCarryUsageOrErrorBytes}: whether the line holds one of the four needles. */
export function hasUsageOrErrorNeedle(line: Buffer): boolean {
  if (line.indexOf(USAGE_KEY) >= 0 || line.indexOf(ERROR_KEY) >= 0) return true;
  for (let p = line.indexOf(CAPITAL_ERROR); p >= 0; p = line.indexOf(CAPITAL_ERROR, p + 1)) {
    for (const word of ERROR_WORDS) if (bytesAt(line, p - word.at, word.bytes)) return true;
  }
  return false;
}

function bytesAt(line: Uint8Array, at: number, bytes: Uint8Array): boolean {
  if (at < 0 || at + bytes.length > line.length) return false;
  for (let k = 0; k < bytes.length; k++) if (line[at + k] !== bytes[k]) return false;
  return true;
}

/**
 * True when the first `"type"` key of the top-level object, within the first {@link TYPE_WINDOW} bytes and before
 * its `"message"` key, has the value `"user"`, in any key order or spacing. A `"type":"user"` nested in the message
 * or quoted in a string does not count; a `type` further on, or written with escapes, is not looked for (the needles
 * decide).
 */
export function isUserRecordByHead(line: Buffer): boolean {
  return isUserRecordInRange(line, 0, line.length);
}

/**
 * {@link isUserRecordByHead} on the line in [start, end) of a larger buffer (the line splitter asks before it
 * makes a view of the line). A native search in the head finds each `"type"` (none ends the test at once, as in
 * records whose keys come in another order); the bytes before it are read in JS, braces and brackets counted
 * outside strings.
 */
export function isUserRecordInRange(b: Buffer, start: number, end: number): boolean {
  const limit = Math.min(end, start + TYPE_WINDOW);
  // The search runs in a view of the head: on the whole read buffer it would go on past the line.
  const head = start === 0 && limit === b.length ? b : b.subarray(start, limit);
  let next = head.indexOf(TYPE_KEY);
  let depth = 0;
  let i = 0;
  while (i < head.length) {
    if (i > next) next = head.indexOf(TYPE_KEY, i);
    if (next < 0 || next + TYPE_KEY.length > head.length) return false;
    const c = head[i];
    if (c === QUOTE) {
      if (i === next && depth === 1) {
        const j = skipSpace(head, i + TYPE_KEY.length);
        if (head[j] === COLON) {
          const value = skipSpace(head, j + 1);
          return value + USER_VALUE.length <= head.length && bytesAt(head, value, USER_VALUE);
        }
      } else if (depth === 1 && bytesAt(head, i, MESSAGE_KEY) && head[skipSpace(head, i + MESSAGE_KEY.length)] === COLON) return false;
      i = afterString(head, i);
    } else {
      if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) depth--;
      i++;
    }
  }
  return false;
}

/** Index after the string opening at `i` (a backslash escapes the next byte), or past the end: plain bytes by four. */
function afterString(b: Uint8Array, i: number): number {
  const n = b.length;
  i++;
  for (;;) {
    while (i + 4 <= n && (STRING_BYTE[b[i] as number]! | STRING_BYTE[b[i + 1] as number]!
      | STRING_BYTE[b[i + 2] as number]! | STRING_BYTE[b[i + 3] as number]!) === 0) i += 4;
    if (i >= n) return n;
    const s = b[i];
    if (s === QUOTE) return i + 1;
    i += s === BACKSLASH ? 2 : 1;
  }
}
