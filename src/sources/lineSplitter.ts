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
 * Creates a splitter that starts at file position `start`. Splitting happens on byte 0x0A before
 * decoding, so a multi-byte character cut by a chunk boundary is decoded whole; invalid UTF-8 becomes
 * U+FFFD and never throws. A trailing CR is dropped (CRLF files).
 */
export function createLineSplitter(
  start: number,
  wasSkipping: boolean,
  options: LineSplitterOptions,
  onLine: (line: string) => void,
): LineSplitter {
  const { maxLineBytes, accept } = options;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let committed = start;
  let isSkipping = wasSkipping;
  let carry: Buffer[] = [];
  let carryBytes = 0;
  let lineCount = 0;
  let oversizeLines = 0;

  const emit = (bytes: Buffer): void => {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === CARRIAGE_RETURN) end--;
    if (end === 0) return;
    lineCount++;
    const line = bytes.subarray(0, end);
    if (!accept || accept(line)) onLine(decoder.decode(line));
  };
  const finishLine = (segment: Buffer): void => {
    if (isSkipping) {
      isSkipping = false;
    } else if (carryBytes + segment.length > maxLineBytes) {
      oversizeLines++;
    } else {
      emit(carryBytes === 0 ? segment : Buffer.concat([...carry, segment]));
    }
    carry = [];
    carryBytes = 0;
  };
  const hold = (rest: Buffer, end: number): void => {
    if (rest.length === 0) return;
    if (!isSkipping && carryBytes + rest.length > maxLineBytes) {
      oversizeLines++;
      isSkipping = true;
      carry = [];
      carryBytes = 0;
    }
    if (isSkipping) {
      committed = end;
      return;
    }
    carry.push(Buffer.from(rest));
    carryBytes += rest.length;
  };

  return {
    push(chunk, position) {
      let from = 0;
      for (let nl = chunk.indexOf(NEWLINE, from); nl >= 0; nl = chunk.indexOf(NEWLINE, from)) {
        finishLine(chunk.subarray(from, nl));
        from = nl + 1;
        committed = position + from;
      }
      hold(chunk.subarray(from), position + chunk.length);
    },
    get committed() { return committed; },
    get isSkipping() { return isSkipping; },
    get lineCount() { return lineCount; },
    get oversizeLines() { return oversizeLines; },
  };
}
