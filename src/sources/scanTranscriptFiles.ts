import type { TranscriptFile } from './listTranscriptFiles';
import { mayCarryUsageOrErrorBytes } from './mayCarryUsageOrError';
import type { ScanProgress, ScanStats } from './scanStats';
import { DEFAULT_CHUNK_BYTES, streamAppended, tailStateAtEnd, type TailResult } from './tailFile';
import type { TailStates } from './tailState';
import { transcriptLineHandler, type LineHandlerOptions } from './transcriptLineHandler';

const DAY_MS = 86_400_000;
const PROGRESS_EVERY_MS = 100;

/** Options of a transcript scan; callbacks receive events as they are parsed. */
export interface TranscriptScanOptions extends LineHandlerOptions {
  readonly onProgress?: (progress: ScanProgress) => void;
  readonly signal?: AbortSignal;
  /** Offsets to resume from, updated in place; unchanged files are not opened. Default: read all. */
  readonly states?: TailStates;
  /** Files not modified for this many days are not read, only marked read at their end. Default: no limit. */
  readonly maxAgeDays?: number;
  /** Read files past `maxAgeDays` anyway for usage totals (never for rejections). Default false. */
  readonly includeOldUsage?: boolean;
  readonly chunkBytes?: number;
  readonly maxLineBytes?: number;
}

const isUnchanged = (file: TranscriptFile, states: TailStates | undefined): boolean => {
  const state = states?.files[file.path];
  return !!state && state.size === file.size && state.offset <= file.size
    && Math.floor(state.mtimeMs) === Math.floor(file.mtimeMs);
};

/** Files read at once: enough to hide the latency of open/stat/close, few enough to keep memory flat. */
const CONCURRENCY = 4;

function progressReporter(files: readonly TranscriptFile[], onProgress: TranscriptScanOptions['onProgress']): (file: TranscriptFile) => void {
  const bytesTotal = files.reduce((sum, f) => sum + f.size, 0);
  let filesDone = 0;
  let bytesDone = 0;
  let lastProgress = 0;
  return (file) => {
    filesDone++;
    bytesDone += file.size;
    const isDone = filesDone === files.length;
    if (onProgress && (isDone || Date.now() - lastProgress >= PROGRESS_EVERY_MS)) {
      lastProgress = Date.now();
      onProgress({ filesDone, filesTotal: files.length, bytesDone, bytesTotal, isDone });
    }
  };
}

/**
 * Reads the new bytes of each file (a few files at a time), parsing every line; updates `stats` and
 * `options.states`. Files unchanged since their state are not opened.
 */
export async function scanTranscriptFiles(files: readonly TranscriptFile[], options: TranscriptScanOptions, stats: ScanStats): Promise<void> {
  const cutoff = options.maxAgeDays === undefined ? -Infinity : (options.now?.() ?? new Date()).getTime() - options.maxAgeDays * DAY_MS;
  const done = progressReporter(files, options.onProgress);
  let next = 0;
  const worker = async (): Promise<void> => {
    const scratch = Buffer.allocUnsafe(options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
    while (next < files.length) {
      const file = files[next++]!;
      options.signal?.throwIfAborted();
      if (isUnchanged(file, options.states)) stats.filesUnchanged++;
      else await scanFile(file, file.mtimeMs < cutoff && !options.states?.files[file.path], { ...options, scratch }, stats);
      done(file);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
}

async function scanFile(file: TranscriptFile, isOld: boolean, options: TranscriptScanOptions & { scratch: Buffer }, stats: ScanStats): Promise<void> {
  let result: TailResult;
  if (isOld && !options.includeOldUsage) {
    result = await tailStateAtEnd(file.path);
    if (result.status === 'read') stats.filesTooOld++;
  } else {
    const onLine = transcriptLineHandler(file, !isOld, options, stats);
    result = await streamAppended(file.path, options.states?.files[file.path], onLine, { ...options, acceptLine: mayCarryUsageOrErrorBytes });
  }
  record(file, result, options.states, stats);
}

function record(file: TranscriptFile, result: TailResult, states: TailStates | undefined, stats: ScanStats): void {
  if (result.status === 'missing') {
    if (states) delete states.files[file.path];
    return;
  }
  if (result.status === 'unreadable') {
    stats.unreadable.push({ path: file.path, reason: result.reason });
    return;
  }
  if (states) states.files[file.path] = result.state;
  if (result.bytesRead > 0 || result.restart) stats.files++;
  stats.bytes += result.bytesRead;
  stats.lines += result.lineCount;
  stats.oversizeLines += result.oversizeLines;
  if (result.restart && result.restart !== 'new') stats.restarts++;
}
