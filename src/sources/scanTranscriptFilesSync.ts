import { createClaudeCodeUsageReader } from './createClaudeCodeUsageReader';
import type { TranscriptFile } from './listTranscriptFiles';
import { hasUsageOrErrorNeedle, isUserRecordInRange, USER_RECORD_HEAD_BYTES } from './mayCarryUsageOrError';
import { readLinesSync, type ReadLinesSyncOptions } from './readLinesSync';
import { DEFAULT_MAX_LINE_BYTES } from './tailFile';
import type { ScanStats } from './scanStats';
import { createWasmJsonScan, type WasmJsonScan } from './wasmJsonScan';
import { lineResultReporter, transcriptLineHandler, type LineHandlerOptions } from './transcriptLineHandler';

/** Options of a one-shot sync scan: rejections are looked for only when someone listens for them. */
export interface SyncScanOptions extends LineHandlerOptions {
  readonly chunkBytes?: number;
  readonly maxLineBytes?: number;
  /**
   * Default true: with the default chunk size, files are read into the WebAssembly module's memory and message
   * text is checked there (see `wasmJsonScan`); false keeps the JS checks alone (the same answers).
   */
  readonly useWebAssembly?: boolean;
}

/**
 * Bytes per read. Measured on 300 MiB: 64 KiB costs ~10% more time than 256 KiB, and 1 MiB a little less than
 * 256 KiB at the same peak memory (lines crossing a chunk end are copied, and there are fewer of them).
 */
export const SYNC_CHUNK_BYTES = 1024 * 1024;

const NO_LINE = (): void => {};

/**
 * Reads every file whole, one after another, blocking the thread: the CLI's scan, where nothing else waits and the
 * promise machinery of the async scan cost more than the reading. Counts the same `stats` as `scanTranscriptFiles`.
 */
export function scanTranscriptFilesSync(files: readonly TranscriptFile[], options: SyncScanOptions, stats: ScanStats): void {
  const chunkBytes = options.chunkBytes ?? SYNC_CHUNK_BYTES;
  const wasm = options.useWebAssembly === false ? undefined : createWasmJsonScan();
  const useWasm = wasm !== undefined && wasm.scratch.length === chunkBytes;
  const scratch = useWasm ? wasm.scratch : Buffer.allocUnsafe(chunkBytes);
  const wantsRejections = options.onRejection !== undefined;
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const usage = usageLineReading(options, stats, maxLineBytes, useWasm ? wasm : undefined);
  const skipInPlace = useWasm ? wasm.isUserRecordInRange : isUserRecordInRange;
  for (const file of files) {
    // User records are told apart in place, before the splitter makes a view; the needles are searched in the rest.
    // Usage alone is read from the bytes the splitter tests, so no line is decoded (see usageLineReading). One
    // literal, so every file's options have one shape (a spread per file made the reads' property loads megamorphic).
    const read: ReadLinesSyncOptions = {
      scratch, size: file.size, maxLineBytes, skipInPlace, skipInPlaceHeadBytes: USER_RECORD_HEAD_BYTES,
      acceptLine: wantsRejections ? hasUsageOrErrorNeedle : usage.acceptLine, scanLines: wantsRejections ? undefined : usage.scanLines,
    };
    const result = readLinesSync(file.path, wantsRejections ? transcriptLineHandler(file, true, options, stats) : NO_LINE, read);
    if (result.status === 'missing') continue;
    if (result.status === 'unreadable') {
      stats.unreadable.push({ path: file.path, reason: result.reason });
      continue;
    }
    stats.files++;
    stats.bytes += result.bytesRead;
    stats.lines += result.lineCount;
    stats.oversizeLines += result.oversizeLines;
  }
}

/**
 * For a scan that wants usage only: the line splitter's byte test, which itself reads each line that may carry
 * usage (from its bytes, see `createClaudeCodeUsageReader`), reports it as the line handler would, and answers
 * false, so the splitter never decodes a line; with WebAssembly, also the splitter's bulk scan, in which the module
 * settles most lines of a chunk without a call per line (the rest come to the byte test).
 */
function usageLineReading(options: LineHandlerOptions, stats: ScanStats, maxLineBytes: number, wasm: WasmJsonScan | undefined): Pick<ReadLinesSyncOptions, 'acceptLine' | 'scanLines'> {
  // Lines without a needle are not read (the async scan's byte test): the reader tests them only when it must.
  const readUsage = createClaudeCodeUsageReader(wasm ? { gate: wasm.hasUsageOrErrorNeedle, valueEnd: wasm.valueEnd, fieldReader: wasm.fieldReader } : { gate: hasUsageOrErrorNeedle });
  const report = lineResultReporter(options, stats);
  return {
    acceptLine: (line) => {
      report(readUsage(line));
      return false;
    },
    ...(wasm ? { scanLines: (chunk: Buffer, from: number) => readUsage.scanLines(chunk, from, maxLineBytes, report) } : {}),
  };
}
