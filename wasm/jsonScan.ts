// AssemblyScript, compiled to WebAssembly by `node scripts/buildWasm.mjs` (not part of the TypeScript program).
// JSON's grammar checked on bytes in this module's memory, exactly as JSON.parse accepts it: the same rules as
// src/sources/jsonBytes.ts, with string bytes tested sixty-four at a time. Liftoff compiles it at once, so it is
// fast from the first line of a scan, where the JS twin runs unoptimised until V8 has seen it often enough.

/** Where the reader's buffer starts in this memory, and its size: file bytes are read straight into it. */
export const SCRATCH: i32 = 65536;
export const SCRATCH_BYTES: i32 = 1 << 20;
/** The closers of open containers, one byte each; past the cap the caller falls back to the JS twin. */
const STACK: i32 = SCRATCH + SCRATCH_BYTES + 64;
const STACK_CAP: i32 = 65536 - 128;
/** Returned when the value nests deeper than the stack holds. */
export const TOO_DEEP: i32 = -2;
/** The fields `readFields` looks for (written by the caller, see `FIELDS`), and where it puts their values. */
export const FIELDS: i32 = 18 * 65536;
export const FIELDS_BYTES: i32 = 4096;
export const SLOT_COUNT: i32 = 256;
/** Per slot: where the value starts and ends (i32 each), and a number (f64): see `noteValue`. */
export const SLOTS: i32 = FIELDS + FIELDS_BYTES;
export const ENDS: i32 = SLOTS + SLOT_COUNT * 4;
export const NUMBERS: i32 = ENDS + SLOT_COUNT * 4;
/** Returned by `readFields` for a key with an escape: the caller reads that record itself. */
export const ESCAPED_KEY: i32 = -3;

const QUOTE: u32 = 0x22;
const BACKSLASH: u32 = 0x5c;

@inline function isHex(c: u32): bool {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

@inline function isDigit(c: u32): bool {
  return c >= 0x30 && c <= 0x39;
}

/** The byte at `i`, or 0 at or past `n` (0 is never valid where a byte is tested). */
@inline function at(i: i32, n: i32): u32 {
  return i < n ? <u32>load<u8>(i) : 0;
}

// A line feed is white space between JSON tokens (0x0a here), but not while `scanLines` reads a record whose line's
// end it has not found (0x20 then, which is space anyway): the record cannot run on into the next line.
let spaceLineFeed: u32 = 0x0a;

function skipSpace(i: i32, n: i32): i32 {
  while (i < n) {
    const c = <u32>load<u8>(i);
    if (c != 0x20 && c != spaceLineFeed && c != 0x0d && c != 0x09) break;
    i++;
  }
  return i;
}

/** True when `e`, the byte after a backslash at `p - 1`, starts a valid escape (with four hex digits after a `u`). */
@inline function isEscape(e: u32, p: i32, n: i32): bool {
  if (e == 0x75) return isHex(at(p + 1, n)) && isHex(at(p + 2, n)) && isHex(at(p + 3, n)) && isHex(at(p + 4, n));
  return e == QUOTE || e == BACKSLASH || e == 0x2f || e == 0x62 || e == 0x66 || e == 0x6e || e == 0x72 || e == 0x74;
}

const EVEN_BITS: u64 = 0x5555555555555555;

// The bytes a backslash may escape on their own (`"`, `\\`, `/`, `b`, `f`, `n`, `r`, `t`; not `u`, which needs four hex
// digits after it) as a set looked up by nibbles: a byte is in it when the entry of its low nibble and that of its
// high nibble share a bit (one bit per high nibble 2, 5, 6 and 7).
const ESCAPE_LOW = i8x16(0, 0, 13, 0, 8, 0, 4, 0, 0, 0, 0, 0, 2, 0, 4, 1);
const ESCAPE_HIGH = i8x16(0, 0, 1, 0, 0, 2, 4, 8, 0, 0, 0, 0, 0, 0, 0, 0);

/** Lanes of `v` holding a byte a backslash may escape on its own: all ones, the others zero. */
@inline function isEscapeByte(v: v128): v128 {
  const low = i8x16.swizzle(ESCAPE_LOW, v128.and(v, i8x16.splat(0x0f)));
  const high = i8x16.swizzle(ESCAPE_HIGH, i8x16.shr_u(v, 4));
  return i8x16.ne(v128.and(low, high), i8x16.splat(0));
}

/** The bit masks of four blocks of sixteen bytes, the first lowest, as one mask of 64 bits. */
@inline function bits64(a: v128, b: v128, c: v128, d: v128): u64 {
  return <u64>i8x16.bitmask(a) | (<u64>i8x16.bitmask(b) << 16) | (<u64>i8x16.bitmask(c) << 32) | (<u64>i8x16.bitmask(d) << 48);
}

/**
 * Index after the string whose opening quote is at `i`, or -1. Sixty-four bytes at a time, escapes included: which
 * bytes a backslash escapes comes from the backslash bits (runs of backslashes, carried across steps, as simdjson's
 * escape scanner finds them), so text dense with escapes (code: newlines, quotes, backslashes) costs about what plain
 * text does. Each escaped byte must be one JSON allows; a `\u` is followed by four hex digits. The last bytes, fewer
 * than 64, are read one by one.
 */
export function stringEnd(i: i32, n: i32): i32 {
  let j = i + 1;
  const quote = i8x16.splat(0x22);
  const backslash = i8x16.splat(0x5c);
  const space = i8x16.splat(0x20);
  // Most strings (keys, ids, short values) end in their first block: it is probed alone first.
  if (j + 16 <= n) {
    const v = v128.load(j);
    const quotes = i8x16.bitmask(i8x16.eq(v, quote));
    const stops = quotes | i8x16.bitmask(i8x16.lt_u(v, space));
    const backslashes = i8x16.bitmask(i8x16.eq(v, backslash));
    if (stops != 0 && (backslashes == 0 || ctz<i32>(stops) < ctz<i32>(backslashes))) {
      const k = ctz<i32>(stops);
      return (quotes >> k) & 1 ? j + k + 1 : -1;
    }
    if ((stops | backslashes) == 0) j += 16;
  }
  // 1 when the previous step ended in a backslash that escapes the next step's first byte.
  let carry: u64 = 0;
  while (j + 64 <= n) {
    const v0 = v128.load(j);
    const v1 = v128.load(j + 16);
    const v2 = v128.load(j + 32);
    const v3 = v128.load(j + 48);
    const quotes = bits64(i8x16.eq(v0, quote), i8x16.eq(v1, quote), i8x16.eq(v2, quote), i8x16.eq(v3, quote));
    // Control bytes are rare (an error, unless after the string's end): their bits only when there is one.
    const least = i8x16.min_u(i8x16.min_u(v0, v1), i8x16.min_u(v2, v3));
    const controls: u64 = v128.any_true(i8x16.lt_u(least, space)) ? bits64(i8x16.lt_u(v0, space), i8x16.lt_u(v1, space), i8x16.lt_u(v2, space), i8x16.lt_u(v3, space)) : 0;
    let backslashes = bits64(i8x16.eq(v0, backslash), i8x16.eq(v1, backslash), i8x16.eq(v2, backslash), i8x16.eq(v3, backslash));
    if ((backslashes | carry) == 0) {
      // No escape: the first quote ends the string, a control byte before it is an error.
      if ((quotes | controls) == 0) {
        j += 64;
        continue;
      }
      const k = <i32>ctz<u64>(quotes | controls);
      return (quotes >> <u64>k) & 1 ? j + k + 1 : -1;
    }
    // Bits of the bytes a backslash escapes: a byte after an odd run of backslashes.
    backslashes &= ~carry;
    const followsEscape = (backslashes << 1) | carry;
    const oddStarts = backslashes & ~EVEN_BITS & ~followsEscape;
    const sum = oddStarts + backslashes;
    const nextCarry: u64 = sum < backslashes ? 1 : 0;
    const escaped = (EVEN_BITS ^ (sum << 1)) & followsEscape;
    // The string ends at the first quote not escaped; only the bytes before it count.
    const ends = quotes & ~escaped;
    const before: u64 = ends != 0 ? (ends & (0 - ends)) - 1 : 0xffffffffffffffff;
    if (controls & before) return -1;
    const escapedBefore = escaped & before;
    if (escapedBefore != 0) {
      // The others must be a `u` and four hex digits (rare: JSON.stringify writes other text as it is).
      let others = escapedBefore & ~bits64(isEscapeByte(v0), isEscapeByte(v1), isEscapeByte(v2), isEscapeByte(v3));
      while (others != 0) {
        const p = j + <i32>ctz<u64>(others);
        if (load<u8>(p) != 0x75 || !isEscape(0x75, p, n)) return -1;
        others &= others - 1;
      }
    }
    if (ends != 0) return j + <i32>ctz<u64>(ends) + 1;
    carry = nextCarry;
    j += 64;
  }
  if (carry) {
    // The last step's backslash escapes the byte here.
    if (!isEscape(at(j, n), j, n)) return -1;
    j++;
  }
  while (j < n) {
    const c = <u32>load<u8>(j);
    if (c == QUOTE) return j + 1;
    if (c < 0x20) return -1;
    if (c == BACKSLASH) {
      if (!isEscape(at(j + 1, n), j + 1, n)) return -1;
      j += 2;
    } else j++;
  }
  return -1;
}

function digitsEnd(i: i32, n: i32): i32 {
  if (!isDigit(at(i, n))) return -1;
  i++;
  while (isDigit(at(i, n))) i++;
  return i;
}

function numberEnd(i: i32, n: i32): i32 {
  if (at(i, n) == 0x2d) i++;
  if (at(i, n) == 0x30) i++;
  else if ((i = digitsEnd(i, n)) < 0) return -1;
  if (at(i, n) == 0x2e && (i = digitsEnd(i + 1, n)) < 0) return -1;
  const e = at(i, n);
  if (e == 0x65 || e == 0x45) {
    i++;
    const s = at(i, n);
    if (s == 0x2b || s == 0x2d) i++;
    if ((i = digitsEnd(i, n)) < 0) return -1;
  }
  return i;
}

function literalEnd(i: i32, n: i32): i32 {
  const c = at(i, n);
  if (c == 0x74) return at(i + 1, n) == 0x72 && at(i + 2, n) == 0x75 && at(i + 3, n) == 0x65 ? i + 4 : -1;
  if (c == 0x66) return at(i + 1, n) == 0x61 && at(i + 2, n) == 0x6c && at(i + 3, n) == 0x73 && at(i + 4, n) == 0x65 ? i + 5 : -1;
  if (c == 0x6e) return at(i + 1, n) == 0x75 && at(i + 2, n) == 0x6c && at(i + 3, n) == 0x6c ? i + 4 : -1;
  return -1;
}

/** Index after `"key"` `:` at `i` (whitespace around allowed), the start of the member's value after spaces. */
function memberValueStart(i: i32, n: i32): i32 {
  if (at(i, n) != QUOTE) return -1;
  i = stringEnd(i, n);
  if (i < 0) return -1;
  i = skipSpace(i, n);
  return at(i, n) == 0x3a ? skipSpace(i + 1, n) : -1;
}

/**
 * Index after the JSON value at `i` in [i, n), nested to any depth the stack holds, or -1 where JSON.parse would
 * throw, or {@link TOO_DEEP}. Whitespace before the value is not skipped.
 */
export function valueEnd(i: i32, n: i32): i32 {
  let depth = 0;
  while (true) {
    const c = at(i, n);
    if (c == 0x7b || c == 0x5b) {
      const close = c + 2;
      i = skipSpace(i + 1, n);
      if (at(i, n) == close) i++;
      else {
        if (depth == STACK_CAP) return TOO_DEEP;
        store<u8>(STACK + depth, <u8>close);
        depth++;
        if (close == 0x7d && (i = memberValueStart(i, n)) < 0) return -1;
        continue;
      }
    } else if (c == QUOTE) i = stringEnd(i, n);
    else if (c == 0x2d || isDigit(c)) i = numberEnd(i, n);
    else i = literalEnd(i, n);
    if (i < 0) return -1;
    while (true) {
      if (depth == 0) return i;
      i = skipSpace(i, n);
      const close = <u32>load<u8>(STACK + depth - 1);
      const d = at(i, n);
      if (d == close) {
        depth--;
        i++;
      } else if (d == 0x2c) {
        i = skipSpace(i + 1, n);
        if (close == 0x7d && (i = memberValueStart(i, n)) < 0) return -1;
        break;
      } else return -1;
    }
  }
  return -1;
}

/** Claude Code writes a user record's top-level `type` within the first few hundred bytes, before the message. */
const TYPE_WINDOW: i32 = 1024;

/**
 * `mayCarryUsageOrError.isUserRecordInRange` on [start, end): true when the first `"type"` key of the top-level
 * object, within the first {@link TYPE_WINDOW} bytes and before its `"message"` key, has the value `"user"`, in any
 * key order or spacing. Braces and brackets are counted outside strings; strings are skipped sixteen plain bytes at a
 * time.
 */
export function isUserRecord(start: i32, end: i32): bool {
  const limit = min(end, start + TYPE_WINDOW);
  const quote = i8x16.splat(0x22);
  const backslash = i8x16.splat(0x5c);
  let depth = 0;
  let i = start;
  while (i < limit) {
    const c = <u32>load<u8>(i);
    if (c != QUOTE) {
      if (c == 0x7b || c == 0x5b) depth++;
      else if (c == 0x7d || c == 0x5d) depth--;
      i++;
      continue;
    }
    // `"type"`: the quote, then `type"` read as one little-endian word at i + 1.
    if (depth == 1 && i + 6 <= limit && load<u32>(i + 1) == 0x65707974 && load<u8>(i + 5) == 0x22) {
      let j = skipSpace(i + 6, limit);
      if (j < limit && load<u8>(j) == 0x3a) {
        j = skipSpace(j + 1, limit);
        // `"user"`: a quote, `user` as one word, a quote.
        return j + 6 <= limit && load<u8>(j) == 0x22 && load<u32>(j + 1) == 0x72657375 && load<u8>(j + 5) == 0x22;
      }
    } else if (depth == 1 && i + 9 <= limit && load<u64>(i + 1) == 0x226567617373656d) {
      // `"message"` as a key: the type, if any, comes after the message (an assistant record as Claude Code writes it).
      const j = skipSpace(i + 9, limit);
      if (j < limit && load<u8>(j) == 0x3a) return false;
    }
    // Past the string that opens here.
    i++;
    while (true) {
      while (i + 16 <= limit) {
        const v = v128.load(i);
        const bits = i8x16.bitmask(v128.or(i8x16.eq(v, quote), i8x16.eq(v, backslash)));
        if (bits != 0) {
          i += ctz<i32>(bits);
          break;
        }
        i += 16;
      }
      if (i >= limit) return false;
      const s = <u32>load<u8>(i);
      if (s == BACKSLASH) i += 2;
      else {
        i++;
        if (s == QUOTE) break;
      }
    }
  }
  return false;
}

// The fields table at FIELDS, written by the caller: levels of an object's fields, the root level first. A level is
// [field count: u8][first slot: u8][end slot: u8] (its slots and those of the levels below it are [first, end)),
// then per field [name length: u8][slot: u8][offset of its nested level from FIELDS: u16, 0 for none][name bytes].

/**
 * Notes the value in [i, end) in `slot`: its start and end, and for a number of plain digits (15 at most, so the sum
 * is exact) its value, for a string 1 when its bytes are plain ASCII without escapes (the text is then those
 * bytes), else NaN or 0.
 */
function noteValue(slot: i32, i: i32, end: i32): void {
  store<i32>(SLOTS + (slot << 2), i);
  store<i32>(ENDS + (slot << 2), end);
  let value: f64 = NaN;
  const c = <u32>load<u8>(i);
  if (c == QUOTE) {
    value = 1;
    // Plain ASCII without an escape: sixteen bytes at a time, the last block masked to the string's end.
    const backslash = i8x16.splat(0x5c);
    for (let j = i + 1; j < end - 1; j += 16) {
      const v = v128.load(j);
      const bad = i8x16.bitmask(v128.or(i8x16.lt_s(v, i8x16.splat(0)), i8x16.eq(v, backslash)));
      const rest = end - 1 - j;
      if ((rest >= 16 ? bad : bad & ((1 << rest) - 1)) != 0) {
        value = 0;
        break;
      }
    }
  } else if (isDigit(c) && end - i <= 15) {
    value = 0;
    for (let j = i; j < end; j++) {
      const d = <u32>load<u8>(j) - 0x30;
      if (d > 9) {
        value = NaN;
        break;
      }
      value = value * 10 + <f64>d;
    }
  }
  store<f64>(NUMBERS + (slot << 3), value);
}

/** Sets the slots [from, to) to -1: no value seen. */
function clearSlots(from: i32, to: i32): void {
  for (let s = from; s < to; s++) store<i32>(SLOTS + (s << 2), -1);
}

/** The field of `level` named by the key bytes [from, to) (quotes excluded), -1 for none, or ESCAPED_KEY. */
function fieldOf(from: i32, to: i32, level: i32): i32 {
  const length = to - from;
  const count = <i32>load<u8>(level);
  let f = level + 3;
  for (let k = 0; k < count; k++) {
    const size = <i32>load<u8>(f);
    if (size == length) {
      let j = 0;
      while (j < size && load<u8>(f + 4 + j) == load<u8>(from + j)) j++;
      if (j == size) return f;
    }
    f += 4 + size;
  }
  // A key of none of the fields: one with an escape might still name one (the caller decodes it). Most keys are
  // shorter than a block: their bytes are tested at once.
  if (length <= 16) return i8x16.bitmask(i8x16.eq(v128.load(from), i8x16.splat(0x5c))) & ((1 << length) - 1) ? ESCAPED_KEY : -1;
  for (let j = from; j < to; j++) if (<u32>load<u8>(j) == BACKSLASH) return ESCAPED_KEY;
  return -1;
}

/** The object at `i` (its opening brace) read against `level`: index after it, -1, TOO_DEEP, ESCAPED_KEY or USER_RECORD. */
function readObject(i: i32, n: i32, level: i32): i32 {
  i = skipSpace(i + 1, n);
  if (at(i, n) == 0x7d) return i + 1;
  while (true) {
    if (at(i, n) != QUOTE) return -1;
    const keyStart = i;
    const keyEnd = stringEnd(i, n);
    if (keyEnd < 0) return -1;
    const field = fieldOf(i + 1, keyEnd - 1, level);
    if (field == ESCAPED_KEY) return ESCAPED_KEY;
    i = skipSpace(keyEnd, n);
    if (at(i, n) != 0x3a) return -1;
    i = skipSpace(i + 1, n);
    if (userWindowEnd != 0 && level == FIELDS && field >= 0 && isUserAnswer(<i32>load<u8>(field + 1), keyStart, i)) return USER_RECORD;
    if (field < 0) i = valueEnd(i, n);
    else {
      // A repeated key keeps its last value, as JSON.parse does: what an earlier one set below it is cleared.
      const nested = <i32>load<u16>(field + 2);
      if (nested != 0) clearSlots(<i32>load<u8>(FIELDS + nested + 1), <i32>load<u8>(FIELDS + nested + 2));
      const end = nested != 0 && at(i, n) == 0x7b ? readObject(i, n, FIELDS + nested) : valueEnd(i, n);
      if (end >= 0) noteValue(<i32>load<u8>(field + 1), i, end);
      i = end;
    }
    if (i < 0) return i;
    i = skipSpace(i, n);
    const c = at(i, n);
    if (c == 0x7d) return i + 1;
    if (c != 0x2c) return -1;
    i = skipSpace(i + 1, n);
  }
  return -1;
}

/** What `readFields` answers, while `scanLines` has it tell user records apart, for one (see `isUserAnswer`). */
const USER_RECORD: i32 = -4;
/**
 * Non-zero while `scanLines` reads a record: the end of its head window (`isUserRecord`'s limit). The record's
 * first top-level `type` key then settles what `isUserRecord` would answer, and a user record is read no further.
 */
let userWindowEnd: i32 = 0;

/**
 * At a top-level key (slot `slot`, opening quote at `keyStart`, value at `value`) of a record read with a head
 * window: true when the record is a user one, as `isUserRecord` tells from the same bytes (the first top-level
 * `type` key, before any `message` key and within the window, has the value `"user"`). A `type` or `message` key
 * settles it: the window is closed.
 */
function isUserAnswer(slot: i32, keyStart: i32, value: i32): bool {
  if (slot == plainSlot(P_MESSAGE)) userWindowEnd = 0;
  if (slot != plainSlot(P_TYPE)) return false;
  const limit = userWindowEnd;
  userWindowEnd = 0;
  return value + 6 <= limit && keyStart < value && load<u8>(value) == QUOTE && load<u32>(value + 1) == 0x72657375 && load<u8>(value + 5) == QUOTE;
}

/**
 * Checks the object at `i` in [i, n) as `valueEnd` does and notes where the value of each field of the table at
 * FIELDS starts (in its slot, -1 where absent): the index after the object, -1 where JSON.parse would throw,
 * TOO_DEEP, ESCAPED_KEY, or (with a head window open) USER_RECORD.
 */
export function readFields(i: i32, n: i32): i32 {
  clearSlots(<i32>load<u8>(FIELDS + 1), <i32>load<u8>(FIELDS + 2));
  return at(i, n) == 0x7b ? readObject(i, n, FIELDS) : -1;
}

/** Bytes at a line's end searched first by {@link hasNeedle}. */
const NEEDLE_TAIL: i32 = 1024;
/** The longest needle, less one: the search of the rest runs this far into the tail, so a needle across the cut is found. */
const NEEDLE_OVERLAP: i32 = 16;

/**
 * `mayCarryUsageOrError.hasUsageOrErrorNeedle` on [start, end): true when the bytes hold `"usage"`, `"error"`,
 * `API Error` or `isApiErrorMessage`. The last kilobyte first: Claude Code writes a request's usage at the end of
 * its message, after the content (a file written by a tool, thinking), and only its ids and time after that.
 */
export function hasNeedle(start: i32, end: i32): bool {
  const cut = max(start, end - NEEDLE_TAIL);
  return hasNeedleIn(cut, end) || (cut > start && hasNeedleIn(start, min(end, cut + NEEDLE_OVERLAP)));
}

/**
 * {@link hasNeedle} on [start, end) alone. One pass for the four, 32 bytes a step: a block of sixteen is looked at more
 * closely only where a quote is followed by `u` or `e`, or a capital E (rare in text) by `r`, so the quotes of every
 * key and string pass at full speed.
 */
function hasNeedleIn(start: i32, end: i32): bool {
  const quote = i8x16.splat(0x22);
  const capitalE = i8x16.splat(0x45);
  const u = i8x16.splat(0x75);
  const e = i8x16.splat(0x65);
  const r = i8x16.splat(0x72);
  let i = start;
  // Each block's bytes and the bytes one further on: a pair starts at every position of the block. Two blocks are
  // tested together, so text without a candidate pair costs one branch per 32 bytes.
  while (i + 33 <= end) {
    const v = v128.load(i);
    const next = v128.load(i + 1);
    const w = v128.load(i + 16);
    const wNext = v128.load(i + 17);
    const pairs = v128.or(
      v128.and(i8x16.eq(v, quote), v128.or(i8x16.eq(next, u), i8x16.eq(next, e))),
      v128.and(i8x16.eq(v, capitalE), i8x16.eq(next, r)),
    );
    const pairs2 = v128.or(
      v128.and(i8x16.eq(w, quote), v128.or(i8x16.eq(wNext, u), i8x16.eq(wNext, e))),
      v128.and(i8x16.eq(w, capitalE), i8x16.eq(wNext, r)),
    );
    if (v128.any_true(v128.or(pairs, pairs2))) {
      let bits = i8x16.bitmask(pairs) | (i8x16.bitmask(pairs2) << 16);
      while (bits != 0) {
        if (isNeedleAt(i + ctz<i32>(bits), start, end)) return true;
        bits &= bits - 1;
      }
    }
    i += 32;
  }
  while (i + 17 <= end) {
    const v = v128.load(i);
    const next = v128.load(i + 1);
    const pairs = v128.or(
      v128.and(i8x16.eq(v, quote), v128.or(i8x16.eq(next, u), i8x16.eq(next, e))),
      v128.and(i8x16.eq(v, capitalE), i8x16.eq(next, r)),
    );
    let bits = i8x16.bitmask(pairs);
    while (bits != 0) {
      if (isNeedleAt(i + ctz<i32>(bits), start, end)) return true;
      bits &= bits - 1;
    }
    i += 16;
  }
  for (; i < end; i++) if (isNeedleAt(i, start, end)) return true;
  return false;
}

/** True when a needle of {@link hasNeedle} starts at `p`, or (for the two with an `Error`) has its E there. */
@inline function isNeedleAt(p: i32, start: i32, end: i32): bool {
  const c = <u32>load<u8>(p);
  if (c == QUOTE) {
    // `usage"` or `error"` after the quote: a word of four bytes, then two.
    if (p + 7 > end) return false;
    const word = load<u32>(p + 1);
    const tail = <u32>load<u16>(p + 5);
    return (word == 0x67617375 && tail == 0x2265) || (word == 0x6f727265 && tail == 0x2272);
  }
  if (c != 0x45 || p + 5 > end || load<u32>(p + 1) != 0x726f7272) return false;
  // `API ` before the E, or `isApi` before it and `Message` after its `rror`.
  if (p >= start + 4 && load<u32>(p - 4) == 0x20495041) return true;
  return p >= start + 5 && p + 12 <= end && load<u32>(p - 5) == 0x70417369 && <u32>load<u8>(p - 1) == 0x69
    && load<u32>(p + 5) == 0x7373654d && load<u32>(p + 8) == 0x65676173;
}

/**
 * `hash53` (src/core/hash53.ts, cyrb53) of the text [a, b) + `:` + [c, d), for bytes that are plain ASCII (their
 * char codes): a request's dedup key, hashed where its bytes are.
 */
export function hashKey(a: i32, b: i32, c: i32, d: i32): f64 {
  let h1: u32 = 0xdeadbeef;
  let h2: u32 = 0x41c6ce57;
  for (let i = a; i < b; i++) {
    const ch = <u32>load<u8>(i);
    h1 = (h1 ^ ch) * 2654435761;
    h2 = (h2 ^ ch) * 1597334677;
  }
  h1 = (h1 ^ 0x3a) * 2654435761;
  h2 = (h2 ^ 0x3a) * 1597334677;
  for (let i = c; i < d; i++) {
    const ch = <u32>load<u8>(i);
    h1 = (h1 ^ ch) * 2654435761;
    h2 = (h2 ^ ch) * 1597334677;
  }
  const m1 = ((h1 ^ (h1 >> 16)) * 2246822507) ^ ((h2 ^ (h2 >> 13)) * 3266489909);
  const m2 = ((h2 ^ (h2 >> 16)) * 2246822507) ^ ((m1 ^ (m1 >> 13)) * 3266489909);
  const h = 4294967296.0 * <f64>(m2 & 2097151) + <f64>m1;
  return h == 0 ? 1 : h;
}

/** The decimal number of `count` digits at `at`, or -1 when one is not a digit. */
function digitsAt(at: i32, count: i32): i32 {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = <u32>load<u8>(i) - 0x30;
    if (d > 9) return -1;
    value = value * 10 + <i32>d;
  }
  return value;
}

@inline function isLeap(y: i32): bool {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/** Days before each month of a common year, month 1 first. */
const DAYS_BEFORE_MONTH: StaticArray<i32> = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

/**
 * `parseIsoTime` (src/core/parseIsoTime.ts) on the text [a, b) where it answers itself: a UTC time as logs write
 * it (`2026-11-25T10:00:00.000Z`, `2026-11-25T10:00:00Z`), fields in range. NaN wherever it would ask Date.parse.
 */
export function isoTimeMs(a: i32, b: i32): f64 {
  const n = b - a;
  if (!(n == 24 || n == 20) || <u32>load<u8>(b - 1) != 0x5a) return NaN;
  if (load<u8>(a + 4) != 0x2d || load<u8>(a + 7) != 0x2d || load<u8>(a + 10) != 0x54 || load<u8>(a + 13) != 0x3a || load<u8>(a + 16) != 0x3a) return NaN;
  if (n == 24 && load<u8>(a + 19) != 0x2e) return NaN;
  const year = digitsAt(a, 4);
  const month = digitsAt(a + 5, 2);
  const day = digitsAt(a + 8, 2);
  const hour = digitsAt(a + 11, 2);
  const minute = digitsAt(a + 14, 2);
  const second = digitsAt(a + 17, 2);
  const millis = n == 24 ? digitsAt(a + 20, 3) : 0;
  if (year < 0 || !(month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && millis >= 0)) return NaN;
  const leap = isLeap(year);
  const monthDays = month == 2 ? (leap ? 29 : 28) : unchecked(DAYS_BEFORE_MONTH[month]) - unchecked(DAYS_BEFORE_MONTH[month - 1]);
  if (day > monthDays) return NaN;
  // Days from 1970-01-01 to the start of the year (proleptic Gregorian), then into it; years here are 0 to 9999.
  const y = year - 1;
  const yearDays = <f64>(365 * (year - 1970)) + Math.floor(<f64>y / 4) - Math.floor(<f64>y / 100) + Math.floor(<f64>y / 400) - 477;
  const days = yearDays + <f64>unchecked(DAYS_BEFORE_MONTH[month - 1]) + <f64>(month > 2 && leap ? 1 : 0) + <f64>(day - 1);
  return ((days * 24 + <f64>hour) * 60 + <f64>minute) * 60000 + <f64>second * 1000 + <f64>millis;
}

// A plain request, read from the slots of the last `readFields` (the checks of asClaudeCodeRecord and usageOf in
// src/sources, for the records where they can be made on the slots alone): the caller writes at PLAIN the slot of
// each field below, in this order.
const P_TYPE = 0;
const P_SUBTYPE = 1;
const P_LEVEL = 2;
const P_TIMESTAMP = 3;
const P_REQUEST_ID = 4;
const P_COST = 5;
const P_IS_API_ERROR = 6;
const P_ERROR_STATUS = 7;
const P_MESSAGE = 8;
const P_ID = 9;
const P_MODEL = 10;
const P_USAGE = 11;
const P_INPUT = 12;
const P_OUTPUT = 13;
const P_CACHE_WRITE = 14;
const P_CACHE_READ = 15;
const P_CACHE_SPLIT = 16;
const P_FIVE_MINUTES = 17;
const P_ONE_HOUR = 18;
export const PLAIN: i32 = FIELDS + 8192;
/** Written by `plainRequest`: the time (f64), then the dedup key's hash (f64, 0 for none). */
export const PLAIN_OUT: i32 = PLAIN + 32;
/** Bits of `plainRequest`'s answer. */
export const PLAIN_USAGE: i32 = 1;
export const PLAIN_SYNTHETIC: i32 = 2;
export const PLAIN_CACHE_WRITE: i32 = 4;
export const PLAIN_CACHE_READ: i32 = 8;
export const PLAIN_ONE_HOUR: i32 = 16;
export const PLAIN_COST: i32 = 32;
export const PLAIN_DEDUP: i32 = 64;
const NULLISH: i32 = -1;

@inline function plainSlot(field: i32): i32 {
  return <i32>load<u8>(PLAIN + field);
}

/** Where the value of `field` starts, or -1. */
@inline function plainStart(field: i32): i32 {
  return load<i32>(SLOTS + (plainSlot(field) << 2));
}

/** The first byte of the value of `field` (its JSON type), or {@link NULLISH} when it is absent or null. */
function plainKind(field: i32): i32 {
  const start = plainStart(field);
  if (start < 0) return NULLISH;
  const c = <i32>load<u8>(start);
  return c == 0x6e ? NULLISH : c;
}

/** A string of plain ASCII without escapes (its bytes are its text). */
@inline function isPlainText(field: i32): bool {
  return plainKind(field) == QUOTE && load<f64>(NUMBERS + (plainSlot(field) << 3)) == 1;
}

/** A number of at most 15 plain digits, whose value `noteValue` summed (zod takes more as a count; those go to JS). */
@inline function isPlainCount(field: i32): bool {
  const c = plainKind(field);
  return c >= 0x30 && c <= 0x39 && !isNaN(load<f64>(NUMBERS + (plainSlot(field) << 3)));
}

/** The end of the value of `field`, for a string its closing quote. */
@inline function plainEnd(field: i32): i32 {
  return load<i32>(ENDS + (plainSlot(field) << 2));
}

/**
 * Whether the record read by the last `readFields` is a plain request, as Claude Code writes one: type `assistant`,
 * a UTC timestamp, plain ASCII ids and model, token counts of plain digits, the other fields of their type, null or
 * absent. 0 for any other record (the caller reads it in full); else {@link PLAIN_USAGE} and the bits that say which
 * optional fields are there (or {@link PLAIN_SYNTHETIC} for the model `<synthetic>`, which has no usage), with the
 * time and the dedup key's hash at {@link PLAIN_OUT}.
 */
export function plainRequest(): i32 {
  // type "assistant": a quote, `assi`, `stan`, `t` and a quote.
  const type = plainStart(P_TYPE);
  if (type < 0 || plainEnd(P_TYPE) - type != 11 || load<u32>(type + 1) != 0x69737361 || load<u32>(type + 5) != 0x6e617473 || load<u16>(type + 9) != 0x2274) return 0;
  const subtype = plainKind(P_SUBTYPE);
  const level = plainKind(P_LEVEL);
  const isApiError = plainKind(P_IS_API_ERROR);
  const cost = plainKind(P_COST);
  if ((subtype != NULLISH && subtype != QUOTE) || (level != NULLISH && level != QUOTE)) return 0;
  if (isApiError != NULLISH && isApiError != 0x74 && isApiError != 0x66) return 0;
  if (plainKind(P_ERROR_STATUS) != NULLISH && !isPlainCount(P_ERROR_STATUS)) return 0;
  if (cost != NULLISH && cost != 0x2d && !(cost >= 0x30 && cost <= 0x39)) return 0;
  const hasRequestId = plainKind(P_REQUEST_ID) != NULLISH;
  const hasId = plainKind(P_ID) != NULLISH;
  if (!isPlainText(P_TIMESTAMP) || (hasRequestId && !isPlainText(P_REQUEST_ID))) return 0;
  if (plainKind(P_MESSAGE) != 0x7b || (hasId && !isPlainText(P_ID))) return 0;
  if (!isPlainText(P_MODEL) || plainKind(P_USAGE) != 0x7b) return 0;
  if (!isPlainCount(P_INPUT) || !isPlainCount(P_OUTPUT)) return 0;
  let flags = PLAIN_USAGE;
  if (plainKind(P_CACHE_WRITE) != NULLISH) {
    if (!isPlainCount(P_CACHE_WRITE)) return 0;
    flags |= PLAIN_CACHE_WRITE;
  }
  if (plainKind(P_CACHE_READ) != NULLISH) {
    if (!isPlainCount(P_CACHE_READ)) return 0;
    flags |= PLAIN_CACHE_READ;
  }
  const split = plainKind(P_CACHE_SPLIT);
  if (split != NULLISH) {
    if (split != 0x7b || (plainKind(P_FIVE_MINUTES) != NULLISH && !isPlainCount(P_FIVE_MINUTES))) return 0;
    if (plainKind(P_ONE_HOUR) != NULLISH) {
      if (!isPlainCount(P_ONE_HOUR)) return 0;
      flags |= PLAIN_ONE_HOUR;
    }
  }
  const time = isoTimeMs(plainStart(P_TIMESTAMP) + 1, plainEnd(P_TIMESTAMP) - 1);
  if (isNaN(time)) return 0;
  // `<synthetic>`: `<syn`, `thet`, `ic>`.
  const model = plainStart(P_MODEL) + 1;
  if (plainEnd(P_MODEL) - 1 - model == 11 && load<u32>(model) == 0x6e79733c && load<u32>(model + 4) == 0x74656874 && load<u16>(model + 8) == 0x6369 && load<u8>(model + 10) == 0x3e) return PLAIN_SYNTHETIC;
  if (cost != NULLISH) flags |= PLAIN_COST;
  store<f64>(PLAIN_OUT, time);
  store<f64>(PLAIN_OUT + 8, 0);
  if (hasId && hasRequestId) {
    const idFrom = plainStart(P_ID) + 1;
    const idTo = plainEnd(P_ID) - 1;
    const requestFrom = plainStart(P_REQUEST_ID) + 1;
    const requestTo = plainEnd(P_REQUEST_ID) - 1;
    // Both ids, neither empty (`usageOf` tests them for truth).
    if (idTo > idFrom && requestTo > requestFrom) {
      flags |= PLAIN_DEDUP;
      store<f64>(PLAIN_OUT + 8, hashKey(idFrom, idTo, requestFrom, requestTo));
    }
  }
  return flags;
}

// The lines of a read buffer, scanned here one after another (see `scanLines`): a plain request becomes one entry of
// the table at LINES, read by the caller before the buffer is read into again. An entry is 7 f64 (time, dedup hash,
// input, output, cache write, cache read, 1-hour cache write tokens), then 12 i32 (the plain bits, then where the
// model, timestamp, message id, request id and cost values start and end, then the model's number: see MODELS).
export const LINES: i32 = PLAIN_OUT + 16;
export const LINE_ENTRY_BYTES: i32 = 7 * 8 + 12 * 4;
export const LINES_CAP: i32 = 512;
/** Written by `scanLines`: the entries it wrote, and the non-empty lines it went past. */
export const LINES_WRITTEN: i32 = LINES + LINES_CAP * LINE_ENTRY_BYTES;
export const LINES_SEEN: i32 = LINES_WRITTEN + 4;
/** Where the object of the line `scanLines` stopped at ends, when it read it whole and found it not plain (the slots hold its fields); else -1. */
export const LINES_STOP_END: i32 = LINES_SEEN + 4;

// The model names the entries were read with, each stored once, so the caller makes one string per name and finds it
// again by its number (an entry's last i32): up to MODEL_CAP names of up to MODEL_NAME_BYTES bytes, a length (i32)
// each after them, then the count. A name past either limit gets -1 (the caller reads it from the bytes).
export const MODELS: i32 = (LINES_STOP_END + 4 + 15) & ~15;
export const MODEL_CAP: i32 = 16;
export const MODEL_NAME_BYTES: i32 = 64;
const MODEL_LENGTHS: i32 = MODELS + MODEL_CAP * MODEL_NAME_BYTES;
export const MODEL_COUNT: i32 = MODEL_LENGTHS + MODEL_CAP * 4;

/** The number of the model name in [from, to) in the names table, stored there when new; -1 when it cannot be. */
function modelNumber(from: i32, to: i32): i32 {
  const length = to - from;
  if (length > MODEL_NAME_BYTES) return -1;
  const count = load<i32>(MODEL_COUNT);
  for (let k = 0; k < count; k++) {
    if (load<i32>(MODEL_LENGTHS + (k << 2)) != length) continue;
    const name = MODELS + k * MODEL_NAME_BYTES;
    let j = 0;
    // Sixteen bytes at a time, the last block masked to the name's length (the bytes after a name may be anything).
    while (j < length) {
      const differ = i8x16.bitmask(v128.not(i8x16.eq(v128.load(name + j), v128.load(from + j))));
      const rest = length - j;
      if ((rest >= 16 ? differ : differ & ((1 << rest) - 1)) != 0) break;
      j += 16;
    }
    if (j >= length) return k;
  }
  if (count == MODEL_CAP) return -1;
  memory.copy(MODELS + count * MODEL_NAME_BYTES, from, length);
  store<i32>(MODEL_LENGTHS + (count << 2), length);
  store<i32>(MODEL_COUNT, count + 1);
  return count;
}

/** `plainRequest`, with a plain request written as the table's first entry. */
export function plainEntry(): i32 {
  const flags = plainRequest();
  if (flags & PLAIN_USAGE) writeEntry(0, flags);
  return flags;
}

/** The next newline in [i, end), or -1. */
function newlineAt(i: i32, end: i32): i32 {
  const newline = i8x16.splat(0x0a);
  while (i + 16 <= end) {
    const bits = i8x16.bitmask(i8x16.eq(v128.load(i), newline));
    if (bits != 0) return i + ctz<i32>(bits);
    i += 16;
  }
  for (; i < end; i++) if (load<u8>(i) == 0x0a) return i;
  return -1;
}

@inline function slotValue(field: i32): f64 {
  return load<f64>(NUMBERS + (plainSlot(field) << 3));
}

/** Writes the plain request of the last `readFields` (bits `flags`) as entry `k` of the table. */
function writeEntry(k: i32, flags: i32): void {
  const at = LINES + k * LINE_ENTRY_BYTES;
  store<f64>(at, load<f64>(PLAIN_OUT));
  store<f64>(at + 8, load<f64>(PLAIN_OUT + 8));
  store<f64>(at + 16, slotValue(P_INPUT));
  store<f64>(at + 24, slotValue(P_OUTPUT));
  store<f64>(at + 32, flags & PLAIN_CACHE_WRITE ? slotValue(P_CACHE_WRITE) : 0);
  store<f64>(at + 40, flags & PLAIN_CACHE_READ ? slotValue(P_CACHE_READ) : 0);
  store<f64>(at + 48, flags & PLAIN_ONE_HOUR ? slotValue(P_ONE_HOUR) : 0);
  store<i32>(at + 56, flags);
  store<i32>(at + 60, plainStart(P_MODEL));
  store<i32>(at + 64, plainEnd(P_MODEL));
  store<i32>(at + 68, plainStart(P_TIMESTAMP));
  store<i32>(at + 72, plainEnd(P_TIMESTAMP));
  store<i32>(at + 76, plainStart(P_ID));
  store<i32>(at + 80, plainEnd(P_ID));
  store<i32>(at + 84, plainStart(P_REQUEST_ID));
  store<i32>(at + 88, plainEnd(P_REQUEST_ID));
  store<i32>(at + 92, plainStart(P_COST));
  store<i32>(at + 96, plainEnd(P_COST));
  store<i32>(at + 100, modelNumber(plainStart(P_MODEL) + 1, plainEnd(P_MODEL) - 1));
}

/**
 * The complete lines from `from` on in [from, end), as the line splitter and the usage reader would take them, for as
 * long as each is settled here: an empty line is passed over; a user record (`isUserRecord`), a line without a needle
 * (`hasNeedle`) and a plain request of the model `<synthetic>` are counted and passed over; a plain request
 * (`readFields` whole, then `plainRequest`) is counted and written to the table. Each record is read first, once: a
 * user record is told apart at its type key, and a plain request holds a needle; only a line that is not one whole
 * record is tested as the reader tests it. Stops before any other line (longer than `maxLineBytes`, not an object,
 * malformed, or not plain: the caller reads it), before an unfinished last line, and when the table is full. Returns
 * where it stopped, with the counts at LINES_WRITTEN and LINES_SEEN (and at LINES_STOP_END where the object of the
 * line it stopped at ends, when the slots hold that line's fields).
 */
export function scanLines(from: i32, end: i32, maxLineBytes: i32): i32 {
  let written = 0;
  let seen = 0;
  let s = from;
  store<i32>(LINES_STOP_END, -1);
  while (written < LINES_CAP) {
    // The newline is looked for in the head window only. A longer line's record is read before its newline is
    // found (its bytes are read once, not twice): a line feed is then no white space, so the record cannot run on
    // into the next line, and only spaces, tabs and CRs may follow it before the newline.
    const windowEnd = min(end, s + TYPE_WINDOW);
    let nl = newlineAt(s, windowEnd);
    const isLong = nl < 0;
    if (isLong && windowEnd == end) break;
    let lineEnd = isLong ? end : nl > s && load<u8>(nl - 1) == 0x0d ? nl - 1 : nl;
    if (!isLong) {
      if (lineEnd == s) {
        s = nl + 1;
        continue;
      }
      if (nl - s > maxLineBytes) break;
    }
    // The record, read with its head window: a user record (`isUserRecord`) is told apart at its `type` key.
    const bom = lineEnd - s >= 3 && load<u8>(s) == 0xef && load<u8>(s + 1) == 0xbb && load<u8>(s + 2) == 0xbf ? 3 : 0;
    if (isLong) spaceLineFeed = 0x20;
    const start = skipSpace(s + bom, lineEnd);
    let objectEnd = -1;
    if (start < lineEnd && load<u8>(start) == 0x7b) {
      userWindowEnd = min(lineEnd, s + TYPE_WINDOW);
      objectEnd = readFields(start, lineEnd);
      userWindowEnd = 0;
    }
    spaceLineFeed = 0x0a;
    if (objectEnd >= 0 && isLong) {
      // The newline must follow the record after spaces only.
      nl = objectEnd;
      while (nl < end && (load<u8>(nl) == 0x20 || load<u8>(nl) == 0x0d || load<u8>(nl) == 0x09)) nl++;
      if (nl < end && load<u8>(nl) == 0x0a) lineEnd = nl > s && load<u8>(nl - 1) == 0x0d ? nl - 1 : nl;
      else objectEnd = -1;
    } else if (objectEnd >= 0 && skipSpace(objectEnd, lineEnd) != lineEnd) objectEnd = -1;
    if (objectEnd == USER_RECORD || objectEnd >= 0) {
      if (objectEnd == USER_RECORD && isLong) nl = newlineAt(s + TYPE_WINDOW, end);
      if (nl < 0 || nl - s > maxLineBytes) break;
      if (objectEnd >= 0) {
        const flags = plainRequest();
        // A plain request holds `"usage"` (or is `<synthetic>`, ignored either way): the needle test passes it.
        if (flags != 0) {
          if (flags & PLAIN_USAGE) writeEntry(written++, flags);
        } else if (hasNeedle(s, lineEnd)) {
          store<i32>(LINES_STOP_END, objectEnd);
          break;
        }
      }
      seen++;
      s = nl + 1;
      continue;
    }
    // Not one whole record (malformed, not an object, or left to the caller): settled as the reader would take it,
    // from its newline. A user record or a line without a needle is passed over; any other line is left to the caller.
    if (isLong) {
      nl = newlineAt(s + TYPE_WINDOW, end);
      if (nl < 0 || nl - s > maxLineBytes) break;
      lineEnd = load<u8>(nl - 1) == 0x0d ? nl - 1 : nl;
    }
    if (!isUserRecord(s, lineEnd) && hasNeedle(s, lineEnd)) break;
    seen++;
    s = nl + 1;
  }
  store<i32>(LINES_WRITTEN, written);
  store<i32>(LINES_SEEN, seen);
  return s;
}
