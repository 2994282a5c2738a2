import * as fs from 'node:fs';
import { createLineSplitter, type LineSplitterOptions } from './lineSplitter';
import { DEFAULT_MAX_LINE_BYTES } from './tailFile';
import { fsErrorCode } from './fsErrorCode';

/** What a whole read of one file gave (the sync twin of `TailResult`, without a tail state). */
export type WholeReadResult =
  | { readonly status: 'read'; readonly bytesRead: number; readonly lineCount: number; readonly oversizeLines: number }
  | { readonly status: 'missing' }
  | { readonly status: 'unreadable'; readonly reason: string };

export interface ReadLinesSyncOptions {
  /** The buffer each read fills, reused across files; its size is the chunk size. */
  readonly scratch: Buffer;
  /**
   * Bytes to read at most: the size the listing saw (a file written meanwhile is read as it was), or Infinity to
   * read to the end (a listing that took the file's type from its folder entry and skipped the stat).
   */
  readonly size: number;
  /** Cheap test on a line's bytes before it is decoded; rejected lines are counted, not emitted. */
  readonly acceptLine?: (line: Buffer) => boolean;
  /** See `LineSplitterOptions.skipInPlace`. */
  readonly skipInPlace?: (chunk: Buffer, start: number, end: number) => boolean;
  /** See `LineSplitterOptions.skipInPlaceHeadBytes`. */
  readonly skipInPlaceHeadBytes?: number;
  /** See `LineSplitterOptions.scanLines`. */
  readonly scanLines?: LineSplitterOptions['scanLines'];
  readonly maxLineBytes?: number;
}

const FINAL_NEWLINE = Buffer.from('\n');
// A FIFO put where a transcript was listed must not block the open or the read, and a device must not be read
// without end: the open is non-blocking and the read stops at the listed size (so no fstat is needed). A file
// listed without a size was a regular file in its folder's entries, and is opened without following a link, so a
// link to a device swapped in since is not read to no end either.
const OPEN_FLAGS = fs.constants.O_NONBLOCK === undefined ? 'r' : fs.constants.O_RDONLY | fs.constants.O_NONBLOCK;
const UNSIZED_OPEN_FLAGS = fs.constants.O_NOFOLLOW === undefined || typeof OPEN_FLAGS === 'string' ? OPEN_FLAGS : OPEN_FLAGS | fs.constants.O_NOFOLLOW;

/**
 * Reads a whole file in one blocking pass, through the same line splitter as `streamAppended` (CRLF, long-line
 * elision, the byte pre-check). For the one-shot CLI only: the extension host must never block like this.
 * The file is taken as complete at its listed size, so a last line without a newline counts (as ccusage reads it).
 */
export function readLinesSync(path: string, onLine: (line: string) => void, options: ReadLinesSyncOptions): WholeReadResult {
  let fd: number;
  try {
    fd = fs.openSync(path, options.size === Number.POSITIVE_INFINITY ? UNSIZED_OPEN_FLAGS : OPEN_FLAGS);
  } catch (error) {
    const code = fsErrorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR' ? { status: 'missing' } : { status: 'unreadable', reason: code };
  }
  try {
    return readAll(fd, onLine, options);
  } catch (error) {
    return { status: 'unreadable', reason: fsErrorCode(error) };
  } finally {
    fs.closeSync(fd);
  }
}

function readAll(fd: number, onLine: (line: string) => void, options: ReadLinesSyncOptions): WholeReadResult {
  const { scratch, size } = options;
  const splitter = createLineSplitter(0, false, { maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES, accept: options.acceptLine, skipInPlace: options.skipInPlace, skipInPlaceHeadBytes: options.skipInPlaceHeadBytes, scanLines: options.scanLines }, onLine);
  let position = 0;
  let last = 0x0a;
  while (position < size) {
    const wanted = Math.min(scratch.length, size - position);
    const n = fs.readSync(fd, scratch, 0, wanted, position);
    if (n === 0) break;
    last = scratch[n - 1] as number;
    // A regular file reads short only at its end: no read more just to be told so (one syscall per file).
    const isEnd = n < wanted || position + n >= size;
    if (isEnd && last !== 0x0a && n < scratch.length) {
      // The last line has no newline: one is put after it in the buffer, so the line is split in place
      // instead of being held, copied and joined to a newline pushed on its own.
      scratch[n] = 0x0a;
      splitter.push(scratch.subarray(0, n + 1), position);
      position += n;
      last = 0x0a;
      break;
    }
    splitter.push(scratch.subarray(0, n), position);
    position += n;
    if (isEnd) break;
  }
  if (last !== 0x0a) splitter.push(FINAL_NEWLINE, position);
  splitter.endRead();
  return { status: 'read', bytesRead: position, lineCount: splitter.lineCount, oversizeLines: splitter.oversizeLines };
}
