// JSON's grammar, exactly as JSON.parse accepts it, checked on a line's UTF-8 bytes without building any value.
// The syntax is ASCII and a string may hold any byte from 0x20 up, so bytes read the same as decoded text: the
// UTF-8 decoder never swallows an ASCII byte into a replacement character. Every function returns the index just
// past what it read, or -1 where JSON.parse would throw.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Index after the whitespace JSON allows (space, tab, LF, CR) at `i`. */
export function skipSpace(b: Uint8Array, i: number): number {
  let c = b[i];
  // Compact JSON (what tools write) has no whitespace: one test lets every other byte through.
  while ((c as number) <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)) c = b[++i];
  return i;
}

const isHex = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));

/** What a byte is inside a string: 0 plain, 1 a control character (invalid raw), 2 the closing quote, 3 an escape. */
export const STRING_BYTE = new Uint8Array(256);
STRING_BYTE.fill(1, 0, 0x20);
STRING_BYTE[QUOTE] = 2;
STRING_BYTE[BACKSLASH] = 3;

/**
 * Index after the string whose opening quote is at `i`: no raw control character, only JSON's escapes. Plain
 * bytes are skipped four at a time through a class table, one well-predicted branch for four bytes: on the
 * text of real records (an escape every few dozen bytes) this took a third less time than a test per byte.
 */
export function stringEnd(b: Uint8Array, i: number): number {
  const n = b.length;
  let j = i + 1;
  for (;;) {
    while (j + 4 <= n && (STRING_BYTE[b[j] as number]! | STRING_BYTE[b[j + 1] as number]! | STRING_BYTE[b[j + 2] as number]! | STRING_BYTE[b[j + 3] as number]!) === 0) j += 4;
    if (j >= n) return -1;
    const kind = STRING_BYTE[b[j] as number];
    if (kind === 2) return j + 1;
    if (kind === 1) return -1;
    if (kind === 3) {
      const e = b[++j];
      if (e === 0x75) {
        if (!isHex(b[j + 1]) || !isHex(b[j + 2]) || !isHex(b[j + 3]) || !isHex(b[j + 4])) return -1;
        j += 4;
      } else if (e !== QUOTE && e !== BACKSLASH && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) return -1;
    }
    j++;
  }
}

/** True when the bytes in [from, to) are ASCII without a backslash: the string reads the same as Latin-1. */
export function isPlainAscii(b: Uint8Array, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if ((b[j] as number) >= 0x80 || b[j] === BACKSLASH) return false;
  return true;
}

const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;

function digitsEnd(b: Uint8Array, i: number): number {
  if (!isDigit(b[i])) return -1;
  while (isDigit(b[++i]));
  return i;
}

/** Index after the number at `i`: `-`? (`0` | [1-9][0-9]*) (`.` [0-9]+)? ([eE] [+-]? [0-9]+)?. */
export function numberEnd(b: Uint8Array, i: number): number {
  if (b[i] === 0x2d) i++;
  if (b[i] === 0x30) i++;
  else if ((i = digitsEnd(b, i)) < 0) return -1;
  if (b[i] === 0x2e && (i = digitsEnd(b, i + 1)) < 0) return -1;
  if (b[i] === 0x65 || b[i] === 0x45) {
    i++;
    if (b[i] === 0x2b || b[i] === 0x2d) i++;
    if ((i = digitsEnd(b, i)) < 0) return -1;
  }
  return i;
}

/** Index after `true`, `false` or `null` at `i`. */
export function literalEnd(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c === 0x74) return b[i + 1] === 0x72 && b[i + 2] === 0x75 && b[i + 3] === 0x65 ? i + 4 : -1;
  if (c === 0x66) return b[i + 1] === 0x61 && b[i + 2] === 0x6c && b[i + 3] === 0x73 && b[i + 4] === 0x65 ? i + 5 : -1;
  if (c === 0x6e) return b[i + 1] === 0x75 && b[i + 2] === 0x6c && b[i + 3] === 0x6c ? i + 4 : -1;
  return -1;
}

/** Index after `"key"` `:` at `i` (whitespace around allowed), the start of the member's value after spaces. */
export function memberValueStart(b: Uint8Array, i: number): number {
  if (b[i] !== QUOTE || (i = stringEnd(b, i)) < 0) return -1;
  i = skipSpace(b, i);
  return b[i] === 0x3a ? skipSpace(b, i + 1) : -1;
}

/** Open containers tracked in the bits of a small integer; a deeper value keeps the rest in an array. */
const BIT_DEPTH = 30;

/**
 * Index after the JSON value at `i`, nested to any depth (an explicit stack, never recursion, as JSON.parse
 * takes any depth), or -1. Whitespace before the value is not skipped. The stack is one bit per open container
 * (set for an object) while it fits a small integer: a stack array per call was a tenth of what a scan allocated.
 */
export function valueEnd(b: Uint8Array, i: number): number {
  let objects = 0;
  let deeper: number[] | undefined;
  let depth = 0;
  for (;;) {
    const c = b[i];
    if (c === 0x7b || c === 0x5b) {
      const close = c + 2;
      i = skipSpace(b, i + 1);
      if (b[i] === close) i++;
      else {
        if (depth < BIT_DEPTH) objects = close === 0x7d ? objects | (1 << depth) : objects & ~(1 << depth);
        else (deeper ??= [])[depth - BIT_DEPTH] = close;
        depth++;
        if (close === 0x7d && (i = memberValueStart(b, i)) < 0) return -1;
        continue;
      }
    } else if (c === QUOTE) i = stringEnd(b, i);
    else if (c === 0x2d || isDigit(c)) i = numberEnd(b, i);
    else i = literalEnd(b, i);
    if (i < 0) return -1;
    // A value ended: close the containers it ends, or step to the next member or element.
    for (;;) {
      if (depth === 0) return i;
      i = skipSpace(b, i);
      const level = depth - 1;
      const close = level < BIT_DEPTH ? ((objects >> level) & 1 ? 0x7d : 0x5d) : (deeper as number[])[level - BIT_DEPTH];
      if (b[i] === close) {
        depth--;
        i++;
      } else if (b[i] === 0x2c) {
        i = skipSpace(b, i + 1);
        if (close === 0x7d && (i = memberValueStart(b, i)) < 0) return -1;
        break;
      } else return -1;
    }
  }
}
