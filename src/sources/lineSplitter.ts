import { createLongStringElider, type LongStringElider } from './longStringElider';

const NEWLINE = 0x0a;
/** Whole lines only (no `stream`), so one decoder serves every splitter: a scan makes one splitter per file. */
const UTF8 = new TextDecoder('utf-8', { fatal: false });
const CARRIAGE_RETURN = 0x0d;

/**
 * In a line that is elided, a longer string value is replaced by a short mark. Small, so a skeleton
 * stays far below the cap; only lines past the cap are elided, and the strings we read there (ids,
 * model, timestamps) are short. An API error record is never that long.
 */
export const DEFAULT_MAX_STRING_BYTES = 4 * 1024;
/** An unfinished line at the end of a read is read again from its start next time, unless it is longer. */
// Debt: no elider state is persisted, so an unfinished long line is streamed again whole on each read;
// a record still being written is complete at the next read, so this costs one extra pass, rarely.
export const DEFAULT_MAX_PENDING_BYTES = 64 * 1024 * 1024;

/** Splits a byte stream into complete lines, tracking how far the file has been consumed. */
export interface LineSplitter {
  /** Feeds the bytes read at file position `position` (the buffer may be reused after the call). */
  push(chunk: Buffer, position: number): void;
  /**
   * The read stops here. An unfinished line is left to be read again from its start, unless it is
   * longer than `maxPendingBytes`: then it is given up (counted, and skipped to its newline).
   */
  endRead(): void;
  /** File position after the last consumed byte: a complete line, or bytes of a line given up or skipped from its head. */
  readonly committed: number;
  /**
   * True while inside a line whose newline has not arrived yet and that is passed over: given up (see
   * `oversizeLines`), or skipped from its head (see `skipInPlaceHeadBytes`).
   */
  readonly isSkipping: boolean;
  /** Non-empty lines seen so far, emitted or filtered out (a line skipped from its head counts when skipped). */
  readonly lineCount: number;
  /** Lines given up, without being buffered whole: skeleton longer than `maxLineBytes`, or unfinished past `maxPendingBytes`. */
  readonly oversizeLines: number;
}

export interface LineSplitterOptions {
  /**
   * Most bytes a line keeps in memory and emits. A longer line streams through the elider, and its
   * skeleton is emitted when that is within the cap (else the line is skipped and counted).
   */
  readonly maxLineBytes: number;
  /** Cheap test on a line's bytes (the skeleton of an elided line); a rejected line is counted but never decoded. */
  readonly accept?: (line: Buffer) => boolean;
  /**
   * A test asked of every line before `accept` (but those `scanLines` settles), on its bytes [start, end) without
   * the CR: true skips the line (counted). A line lying whole in one chunk is tested in place, before any view of it
   * is made (a line held across chunks, or elided, is tested once joined). Most lines of a transcript are user
   * records that this tells apart from their first bytes, so they cost neither a view nor `accept`.
   */
  readonly skipInPlace?: (chunk: Buffer, start: number, end: number) => boolean;
  /**
   * Set when `skipInPlace` answers from a line's first bytes alone (as many as this): a line not finished in its
   * chunk is then tested as soon as that many of its bytes are there, and one skipped is passed over to its newline
   * without being held (a user record holding a pasted image of megabytes costs no copy).
   */
  readonly skipInPlaceHeadBytes?: number;
  /**
   * Settles complete lines in bulk: asked, whenever no line is held, for the lines of a chunk from an index on; it
   * takes each line as `skipInPlace` then `accept` would (counting what it settles itself), and answers where it
   * stopped, at the start of a line the splitter then takes as usual, with the non-empty lines it went past. A chunk
   * it cannot scan gets undefined.
   */
  readonly scanLines?: (chunk: Buffer, from: number) => { readonly next: number; readonly lines: number } | undefined;
  /** Default {@link DEFAULT_MAX_STRING_BYTES}. */
  readonly maxStringBytes?: number;
  /** Default {@link DEFAULT_MAX_PENDING_BYTES}. */
  readonly maxPendingBytes?: number;
}

/**
 * Splits from file position `start`. Splitting happens on byte 0x0A before decoding, so a multi-byte
 * character cut by a chunk boundary is decoded whole; invalid UTF-8 becomes U+FFFD and never throws.
 * A trailing CR is dropped (CRLF files). A line is buffered raw up to `maxLineBytes`; a longer one
 * streams through a {@link LongStringElider} chunk by chunk, so a chunk costs a few ms per MiB and no
 * emitted line (hence no JSON.parse of it) is longer than the cap.
 */
class ByteLineSplitter implements LineSplitter {
  readonly #options: LineSplitterOptions;
  readonly #onLine: (line: string) => void;
  #carry: Buffer[] = [];
  #carryBytes = 0;
  /** Set once the unfinished line passed `maxLineBytes`: its skeleton so far. */
  #elider: LongStringElider | undefined;
  /** Raw bytes of the unfinished line read so far. */
  #pendingBytes = 0;
  #end: number;
  committed: number;
  isSkipping: boolean;
  lineCount = 0;
  oversizeLines = 0;
  /** True while the line being finished already passed `skipInPlace` in place. */
  #isTested = false;

  constructor(start: number, wasSkipping: boolean, options: LineSplitterOptions, onLine: (line: string) => void) {
    this.committed = start;
    this.#end = start;
    this.isSkipping = wasSkipping;
    this.#options = options;
    this.#onLine = onLine;
  }

  push(chunk: Buffer, position: number): void {
    let from = 0;
    const scan = this.#options.scanLines;
    for (;;) {
      if (scan && this.#carryBytes === 0 && !this.#elider && !this.isSkipping) {
        const scanned = scan(chunk, from);
        if (scanned && scanned.next > from) {
          this.lineCount += scanned.lines;
          from = scanned.next;
          this.committed = position + from;
        }
      }
      const nl = chunk.indexOf(NEWLINE, from);
      if (nl < 0) break;
      if (!this.#isSkippedInPlace(chunk, from, nl)) this.#finishLine(chunk.subarray(from, nl));
      from = nl + 1;
      this.committed = position + from;
    }
    this.#end = position + chunk.length;
    if (!this.#isHeadSkipped(chunk, from)) this.#hold(chunk.subarray(from));
  }

  endRead(): void {
    if (this.isSkipping || this.#pendingBytes <= (this.#options.maxPendingBytes ?? DEFAULT_MAX_PENDING_BYTES)) return;
    this.oversizeLines++;
    this.isSkipping = true;
    this.committed = this.#end;
    this.#reset();
  }

  /** True when the line in [from, nl) of `chunk` was settled without a view: empty, or skipped by `skipInPlace`. */
  #isSkippedInPlace(chunk: Buffer, from: number, nl: number): boolean {
    const skip = this.#options.skipInPlace;
    if (!skip || this.#carryBytes > 0 || this.#elider || this.isSkipping || nl - from > this.#options.maxLineBytes) return false;
    const end = nl > from && chunk[nl - 1] === CARRIAGE_RETURN ? nl - 1 : nl;
    if (end === from) return true;
    if (!skip(chunk, from, end)) {
      this.#isTested = true;
      return false;
    }
    this.lineCount++;
    return true;
  }

  /**
   * True when the unfinished line from `from` to the chunk's end starts a line that `skipInPlace` skips from its
   * head: it is counted now and skipped to its newline, as a line given up is (but not counted as oversize).
   */
  #isHeadSkipped(chunk: Buffer, from: number): boolean {
    const skip = this.#options.skipInPlace;
    const head = this.#options.skipInPlaceHeadBytes;
    if (!skip || head === undefined || chunk.length - from < head || this.#carryBytes > 0 || this.#elider || this.isSkipping) return false;
    if (!skip(chunk, from, chunk.length)) return false;
    this.lineCount++;
    this.isSkipping = true;
    this.committed = this.#end;
    return true;
  }

  #finishLine(segment: Buffer): void {
    if (this.isSkipping) this.isSkipping = false;
    else if (!this.#elider && this.#carryBytes + segment.length <= this.#options.maxLineBytes) {
      this.#emit(this.#carryBytes === 0 ? segment : Buffer.concat([...this.#carry, segment]));
    } else if (this.#elide(segment)) {
      const skeleton = this.#elider!.finish();
      if (skeleton.length > this.#options.maxLineBytes) this.oversizeLines++;
      else this.#emit(skeleton);
    }
    this.#reset();
  }

  /** Keeps the start of an unfinished line (raw, or its skeleton), or skips it for good once it is too long. */
  #hold(rest: Buffer): void {
    if (rest.length === 0) return;
    if (this.isSkipping) {
      this.committed = this.#end;
      return;
    }
    this.#pendingBytes += rest.length;
    if (!this.#elider && this.#carryBytes + rest.length <= this.#options.maxLineBytes) {
      this.#carry.push(Buffer.from(rest));
      this.#carryBytes += rest.length;
    } else if (!this.#elide(rest)) {
      this.isSkipping = true;
      this.committed = this.#end;
    }
  }

  /** Streams bytes of the line through the elider; false (counted) once its skeleton passes the cap. */
  #elide(bytes: Buffer): boolean {
    if (!this.#elider) {
      this.#elider = createLongStringElider(this.#options.maxStringBytes ?? DEFAULT_MAX_STRING_BYTES, this.#options.maxLineBytes);
      for (const part of this.#carry) this.#elider.push(part);
      this.#carry = [];
      this.#carryBytes = 0;
    }
    this.#elider.push(bytes);
    if (!this.#elider.isTooLong) return true;
    this.oversizeLines++;
    this.#reset();
    return false;
  }

  #reset(): void {
    // Runs after every line: a new array only when the old one holds something.
    if (this.#carry.length > 0) this.#carry = [];
    this.#carryBytes = 0;
    this.#elider = undefined;
    this.#pendingBytes = 0;
    this.#isTested = false;
  }

  #emit(bytes: Buffer): void {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === CARRIAGE_RETURN) end--;
    if (end === 0) return;
    this.lineCount++;
    const isTested = this.#isTested;
    this.#isTested = false;
    const skip = this.#options.skipInPlace;
    if (skip && !isTested && skip(bytes, 0, end)) return;
    const line = end === bytes.length ? bytes : bytes.subarray(0, end);
    if (!this.#options.accept || this.#options.accept(line)) this.#onLine(UTF8.decode(line));
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
