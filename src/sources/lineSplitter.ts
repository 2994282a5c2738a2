const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** Splits a byte stream into complete lines, tracking how far the file has been consumed. */
export interface LineSplitter {
  /** Feeds the bytes read at file position `position` (the buffer may be reused after the call). */
  push(chunk: Buffer, position: number): void;
  /** File position after the last consumed byte: a complete line, or bytes of an oversized line skipped. */
  readonly committed: number;
  /** True while inside a line longer than the cap whose newline has not arrived yet. */
  readonly isSkipping: boolean;
  /** Non-empty complete lines seen so far, emitted or filtered out by `accept`. */
  readonly lineCount: number;
  /** Lines longer than the cap, skipped without being buffered whole. */
  readonly oversizeLines: number;
}

export interface LineSplitterOptions {
  readonly maxLineBytes: number;
  /** Cheap test on a line's bytes; a rejected line is counted but never decoded. */
  readonly accept?: (line: Buffer) => boolean;
}

/**
 * Splits from file position `start`. Splitting happens on byte 0x0A before decoding, so a multi-byte
 * character cut by a chunk boundary is decoded whole; invalid UTF-8 becomes U+FFFD and never throws.
 * A trailing CR is dropped (CRLF files).
 */
class ByteLineSplitter implements LineSplitter {
  readonly #decoder = new TextDecoder('utf-8', { fatal: false });
  readonly #options: LineSplitterOptions;
  readonly #onLine: (line: string) => void;
  #carry: Buffer[] = [];
  #carryBytes = 0;
  committed: number;
  isSkipping: boolean;
  lineCount = 0;
  oversizeLines = 0;

  constructor(start: number, wasSkipping: boolean, options: LineSplitterOptions, onLine: (line: string) => void) {
    this.committed = start;
    this.isSkipping = wasSkipping;
    this.#options = options;
    this.#onLine = onLine;
  }

  push(chunk: Buffer, position: number): void {
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE, from); nl >= 0; nl = chunk.indexOf(NEWLINE, from)) {
      this.#finishLine(chunk.subarray(from, nl));
      from = nl + 1;
      this.committed = position + from;
    }
    this.#hold(chunk.subarray(from), position + chunk.length);
  }

  #finishLine(segment: Buffer): void {
    if (this.isSkipping) this.isSkipping = false;
    else if (this.#carryBytes + segment.length > this.#options.maxLineBytes) this.oversizeLines++;
    else this.#emit(this.#carryBytes === 0 ? segment : Buffer.concat([...this.#carry, segment]));
    this.#carry = [];
    this.#carryBytes = 0;
  }

  /** Keeps the start of an unfinished line, or skips it for good once it passes the cap. */
  #hold(rest: Buffer, end: number): void {
    if (rest.length === 0) return;
    if (!this.isSkipping && this.#carryBytes + rest.length > this.#options.maxLineBytes) {
      this.oversizeLines++;
      this.isSkipping = true;
      this.#carry = [];
      this.#carryBytes = 0;
    }
    if (this.isSkipping) {
      this.committed = end;
      return;
    }
    this.#carry.push(Buffer.from(rest));
    this.#carryBytes += rest.length;
  }

  #emit(bytes: Buffer): void {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === CARRIAGE_RETURN) end--;
    if (end === 0) return;
    this.lineCount++;
    const line = bytes.subarray(0, end);
    if (!this.#options.accept || this.#options.accept(line)) this.#onLine(this.#decoder.decode(line));
  }
}

/** Creates a splitter starting at file position `start` (see {@link ByteLineSplitter}). */
export function createLineSplitter(
  start: number,
  wasSkipping: boolean,
  options: LineSplitterOptions,
  onLine: (line: string) => void,
): LineSplitter {
  return new ByteLineSplitter(start, wasSkipping, options, onLine);
}
