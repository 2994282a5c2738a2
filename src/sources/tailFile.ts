import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { createLineSplitter, type LineSplitterOptions } from './lineSplitter';
import type { FileTailState } from './tailState';
import { HEAD_BYTES, restartReason, snapshotOf, tailStateOf, type RestartReason } from './fileSnapshot';
import { fsErrorCode } from './fsErrorCode';

export type { RestartReason } from './fileSnapshot';

/** Bytes read per call: big enough for throughput, small enough that each await keeps the host responsive. */
export const DEFAULT_CHUNK_BYTES = 1024 * 1024;
/**
 * Longest line kept in memory and emitted, which bounds one JSON.parse (a few ms; ~30 ms for a MiB of
 * dense numbers). A longer line is never buffered whole: it streams through a filter that replaces long
 * string values by a short mark (see `longStringElider.ts`), and its skeleton is emitted, usage included.
 * Only a line whose skeleton is still longer (huge structure, not huge strings) is skipped and counted.
 */
export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

export interface TailOptions {
  readonly chunkBytes?: number;
  readonly maxLineBytes?: number;
  /** Thresholds of the long-line filter (defaults in `lineSplitter.ts`); tests make them small. */
  readonly maxStringBytes?: LineSplitterOptions['maxStringBytes'];
  readonly maxPendingBytes?: LineSplitterOptions['maxPendingBytes'];
  readonly signal?: AbortSignal;
  /** Cheap test on a line's bytes before it is decoded; rejected lines are counted, not emitted. */
  readonly acceptLine?: (line: Buffer) => boolean;
  /** A buffer to read into, reused by a caller that reads many files (spares the GC); `chunkBytes` is then its size. */
  readonly scratch?: Buffer;
}

/** What one read of a file gave. */
export type TailResult =
  | {
      readonly status: 'read';
      readonly state: FileTailState;
      readonly restart?: RestartReason;
      readonly bytesRead: number;
      readonly lineCount: number;
      readonly oversizeLines: number;
    }
  /** The file is gone (deleted or renamed away): drop its state. */
  | { readonly status: 'missing' }
  /** The file exists but cannot be read; `reason` is an error code, never content. */
  | { readonly status: 'unreadable'; readonly reason: string };

/**
 * Streams the complete lines appended to `path` since `prev` to `onLine`, chunk by chunk (never the
 * whole file). Restarts from byte 0 when the file is new, truncated or replaced (inode or head bytes
 * changed). A partial last line is not emitted: the returned offset stops before it (see `endRead`).
 * Each chunk is one `await fh.read`, so the event loop turns between chunks.
 */
export async function streamAppended(
  path: string,
  prev: FileTailState | undefined,
  onLine: (line: string) => void,
  options: TailOptions = {},
): Promise<TailResult> {
  return withFile(path, (fh) => readFrom(fh, prev, onLine, options));
}

async function withFile(path: string, body: (fh: FileHandle) => Promise<TailResult>): Promise<TailResult> {
  let fh: FileHandle;
  try {
    fh = await fsp.open(path, 'r');
  } catch (error) {
    const code = fsErrorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR' ? { status: 'missing' } : { status: 'unreadable', reason: code };
  }
  try {
    return await body(fh);
  } catch (error) {
    if ((error as { name?: unknown })?.name === 'AbortError') throw error;
    return { status: 'unreadable', reason: fsErrorCode(error) };
  } finally {
    await fh.close().catch(() => {});
  }
}

function splitterOptions(options: TailOptions): LineSplitterOptions {
  const { maxStringBytes, maxPendingBytes, acceptLine } = options;
  return { maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES, accept: acceptLine, maxStringBytes, maxPendingBytes };
}

async function readFrom(
  fh: FileHandle,
  prev: FileTailState | undefined,
  onLine: (line: string) => void,
  options: TailOptions,
): Promise<TailResult> {
  const now = await snapshotOf(fh, prev !== undefined);
  const restart = restartReason(prev, now);
  const start = restart || !prev ? 0 : prev.offset;
  const splitter = createLineSplitter(start, restart || !prev ? false : prev.isSkippingLine, splitterOptions(options), onLine);
  const buffer = options.scratch ?? Buffer.allocUnsafe(Math.max(1, Math.min(options.chunkBytes ?? DEFAULT_CHUNK_BYTES, now.size - start)));
  let head = now.head;
  let position = start;
  while (position < now.size) {
    options.signal?.throwIfAborted();
    const { bytesRead } = await fh.read(buffer, 0, Math.min(buffer.length, now.size - position), position);
    if (bytesRead === 0) break;
    if (position === 0 && !prev) head = Buffer.from(buffer.subarray(0, Math.min(HEAD_BYTES, bytesRead)));
    splitter.push(buffer.subarray(0, bytesRead), position);
    position += bytesRead;
  }
  splitter.endRead();
  const state = tailStateOf({ ...now, head }, splitter.committed, splitter.isSkipping);
  const read = { status: 'read' as const, state, bytesRead: position - start, lineCount: splitter.lineCount, oversizeLines: splitter.oversizeLines };
  return restart ? { ...read, restart } : read;
}

/** Like {@link streamAppended}, collecting the lines (for small files and tests). */
export async function readAppended(
  path: string,
  prev: FileTailState | undefined,
  options: TailOptions = {},
): Promise<{ readonly lines: string[]; readonly result: TailResult }> {
  const lines: string[] = [];
  const result = await streamAppended(path, prev, (line) => void lines.push(line), options);
  return { lines, result };
}

/**
 * The state of a file taken as already read to its end, without reading it: old files skipped by a
 * first scan still get a state, so their later appends are read and nothing old is announced.
 */
export async function tailStateAtEnd(path: string): Promise<TailResult> {
  return withFile(path, async (fh) => {
    const now = await snapshotOf(fh);
    const last = Buffer.alloc(1);
    const { bytesRead } = now.size > 0 ? await fh.read(last, 0, 1, now.size - 1) : { bytesRead: 0 };
    const isMidLine = bytesRead === 1 && last[0] !== 0x0a;
    return { status: 'read', state: tailStateOf(now, now.size, isMidLine), bytesRead: 0, lineCount: 0, oversizeLines: 0 };
  });
}
