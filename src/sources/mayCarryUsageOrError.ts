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
/** Claude Code writes the top-level `type` within the first few hundred bytes, before the message. */
const TYPE_WINDOW = 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

/**
 * {@link mayCarryUsageOrError} on a line's bytes, so lines of no interest are never decoded. User
 * records (prompts and tool results, most of the bytes) carry neither usage nor API errors, so a
 * top-level `"type": "user"` near the start ends the test before the needles are searched through the line.
 */
export function mayCarryUsageOrErrorBytes(line: Buffer): boolean {
  if (isUserRecordByHead(line)) return false;
  if (line.indexOf(USAGE_KEY) >= 0 || line.indexOf(ERROR_KEY) >= 0) return true;
  for (let p = line.indexOf(CAPITAL_ERROR); p >= 0; p = line.indexOf(CAPITAL_ERROR, p + 1)) {
    for (const word of ERROR_WORDS) if (bytesAt(line, p - word.at, word.bytes)) return true;
  }
  return false;
}

function bytesAt(line: Buffer, at: number, bytes: Buffer): boolean {
  if (at < 0 || at + bytes.length > line.length) return false;
  for (let k = 0; k < bytes.length; k++) if (line[at + k] !== bytes[k]) return false;
  return true;
}

/**
 * True when the first `"type"` key of the top-level object, within the first {@link TYPE_WINDOW} bytes, has
 * the value `"user"`, in any key order or spacing. A `"type":"user"` nested in the message or quoted in a
 * string does not count; a `type` further on, or written with escapes, is not looked for (the needles decide).
 */
export function isUserRecordByHead(line: Buffer): boolean {
  // Bounds instead of a subarray of the head: this runs on every line of a scan.
  const limit = Math.min(line.length, TYPE_WINDOW);
  let depth = 0;
  let isInString = false;
  let scanned = 0;
  for (let at = line.indexOf(TYPE_KEY); at >= 0 && at + TYPE_KEY.length <= limit; at = line.indexOf(TYPE_KEY, at + 1)) {
    while (scanned < at) {
      if (isInString) {
        // The head is mostly string values (ids, paths, times): their plain bytes go by four at a time.
        while (scanned + 4 <= at && (STRING_BYTE[line[scanned] as number]! | STRING_BYTE[line[scanned + 1] as number]!
          | STRING_BYTE[line[scanned + 2] as number]! | STRING_BYTE[line[scanned + 3] as number]!) === 0) scanned += 4;
        if (scanned >= at) break;
        const c = line[scanned];
        if (c === BACKSLASH) scanned += 2;
        else {
          if (c === QUOTE) isInString = false;
          scanned++;
        }
        continue;
      }
      const c = line[scanned++];
      if (c === QUOTE) isInString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) depth--;
    }
    if (scanned !== at || isInString || depth !== 1) continue;
    let i = skipSpace(line, at + TYPE_KEY.length);
    if (i >= limit || line[i] !== COLON) continue;
    i = skipSpace(line, i + 1);
    return i + USER_VALUE.length <= limit && line.compare(USER_VALUE, 0, USER_VALUE.length, i, i + USER_VALUE.length) === 0;
  }
  return false;
}
