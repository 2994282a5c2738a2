const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Streams one JSON line through a filter that keeps its structure, numbers, keys and short strings, and
 * replaces the contents of every string longer than `maxStringBytes` by a short placeholder, so a huge
 * record (tool output, file contents, images) leaves a small skeleton that still parses.
 */
export interface LongStringElider {
  /** Feeds the next bytes of the line (the buffer may be reused after the call); ignored once `isTooLong`. */
  push(bytes: Buffer): void;
  /**
   * The skeleton has passed `maxBytes` even without the string being read, so the finished one would
   * too: the line is lost, and nothing more is copied. Checked as bytes arrive, so a line of huge
   * structure costs at most `maxBytes` of copying.
   */
  readonly isTooLong: boolean;
  /** The skeleton of the bytes fed (it may still be longer than `maxBytes`); valid until the next `push`. */
  finish(): Buffer;
}

/** What replaces the contents of a long string: plain ASCII, no quote or backslash, so the JSON stays valid. */
export const elisionMark = (bytes: number): string => `[elided ${bytes} bytes]`;

/**
 * Jumps between quotes with `indexOf` (a giant string without quotes costs next to nothing) and reads
 * byte by byte only a string whose quotes turn out escaped, so a chunk costs a few ms per MiB even when
 * dense with `\"`. Kept bytes are copied in spans (up to an elided string, or the end of the chunk).
 * Bytes are never decoded: quote and backslash never occur inside a multi-byte UTF-8 sequence, so
 * characters cut by a chunk and invalid UTF-8 pass as they are. Structure is copied, never repaired: a
 * line cut mid-string stays invalid (an unterminated string gets no closing quote).
 */
// Debt: the escapes and control characters inside an elided string are not checked, so a line that is
// invalid only there parses (JSON.parse would have rejected it whole).
class StreamingElider implements LongStringElider {
  readonly #maxStringBytes: number;
  readonly #maxBytes: number;
  #out = Buffer.allocUnsafe(4096);
  #length = 0;
  /** Bytes of the chunk being pushed from here on are kept, and copied at the next elided string or at its end. */
  #keepFrom = 0;
  #isInString = false;
  /** The previous byte was a backslash that escapes the next one. */
  #isEscaped = false;
  /** Where the current string's contents start in the skeleton. */
  #stringStart = 0;
  #stringBytes = 0;
  isTooLong = false;

  constructor(maxStringBytes: number, maxBytes: number) {
    this.#maxStringBytes = maxStringBytes;
    this.#maxBytes = maxBytes;
  }

  push(bytes: Buffer): void {
    if (this.isTooLong) return;
    this.#keepFrom = 0;
    for (let at = 0; at < bytes.length && !this.isTooLong; ) at = this.#isInString ? this.#readString(bytes, at) : this.#openString(bytes, at);
    if (this.isTooLong) return;
    this.#append(bytes, this.#keepFrom, bytes.length);
    // The final part of the skeleton only grows, and never passes the finished skeleton's length.
    this.isTooLong = (this.#isInString ? this.#stringStart : this.#length) > this.#maxBytes;
  }

  finish(): Buffer {
    if (this.#isInString && this.#stringBytes > this.#maxStringBytes) this.#append(Buffer.from(elisionMark(this.#stringBytes)));
    return this.#out.subarray(0, this.#length);
  }

  /** Skips to just after the next quote, which opens a string. */
  #openString(bytes: Buffer, at: number): number {
    const quote = bytes.indexOf(QUOTE, at);
    if (quote < 0) return bytes.length;
    this.#isInString = true;
    this.#isEscaped = false;
    this.#stringStart = this.#length + quote + 1 - this.#keepFrom;
    this.#stringBytes = 0;
    this.isTooLong = this.#stringStart > this.#maxBytes;
    return quote + 1;
  }

  /** Keeps the contents up to the closing quote while the string is short; past that, only counts them. */
  #readString(bytes: Buffer, at: number): number {
    const quote = this.#closingQuote(bytes, at);
    const end = quote < 0 ? bytes.length : quote;
    const wasKept = this.#stringBytes <= this.#maxStringBytes;
    this.#stringBytes += end - at;
    if (this.#stringBytes > this.#maxStringBytes) {
      if (wasKept) {
        this.#append(bytes, this.#keepFrom, at);
        this.#length = this.#stringStart;
      }
      this.#keepFrom = end;
      if (quote >= 0) this.#append(Buffer.from(elisionMark(this.#stringBytes)));
    }
    if (quote < 0) return end;
    this.#isInString = false;
    return quote + 1;
  }

  /** Position of the first unescaped quote from `at`, or -1 (then `#isEscaped` tells how the bytes end). */
  #closingQuote(bytes: Buffer, at: number): number {
    const quote = bytes.indexOf(QUOTE, at);
    const stop = quote < 0 ? bytes.length : quote;
    // No backslash right before: nothing in between can escape it, so the jump was exact.
    if (stop > at ? bytes[stop - 1] !== BACKSLASH : !this.#isEscaped) {
      if (quote < 0) this.#isEscaped = false;
      return quote;
    }
    return this.#scanEscapes(bytes, at);
  }

  /** Byte by byte: dense escapes (JSON inside a string) would cost one `indexOf` call per `\"`. */
  #scanEscapes(bytes: Buffer, at: number): number {
    let isEscaped = this.#isEscaped;
    for (let i = at; i < bytes.length; i++) {
      const byte = bytes[i];
      if (isEscaped) isEscaped = false;
      else if (byte === BACKSLASH) isEscaped = true;
      else if (byte === QUOTE) return i;
    }
    this.#isEscaped = isEscaped;
    return -1;
  }

  #append(bytes: Buffer, start = 0, end = bytes.length): void {
    if (end <= start) return;
    const needed = this.#length + end - start;
    if (needed > this.#out.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.#out.length * 2));
      this.#out.copy(grown, 0, 0, this.#length);
      this.#out = grown;
    }
    bytes.copy(this.#out, this.#length, start, end);
    this.#length = needed;
  }
}

/** Creates an elider for one line whose skeleton may keep up to `maxBytes` (see {@link StreamingElider}). */
export function createLongStringElider(maxStringBytes: number, maxBytes = Infinity): LongStringElider {
  return new StreamingElider(maxStringBytes, maxBytes);
}
