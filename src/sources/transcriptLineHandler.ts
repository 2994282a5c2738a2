import type { RejectionEvent } from '../core/rejection';
import type { UsageEvent } from '../core/usageEvent';
import type { BoundedKeySet } from './boundedKeySet';
import type { TranscriptFile } from './listTranscriptFiles';
import { parseClaudeCodeRecord, type ClaudeCodeRecordContext, type ClaudeCodeRecordResult } from './parseClaudeCodeRecord';
import type { RejectionClassifier } from './rejectionClassifier';
import type { ScanStats } from './scanStats';

/** What a line handler reports to, and how it dedups (the fields both transcript scans share). */
export interface LineHandlerOptions {
  readonly classify: RejectionClassifier;
  /** Each request's usage. In the blocking scan an event may be a reused view: valid during the call only (copy to keep). */
  readonly onUsage?: (event: UsageEvent) => void;
  readonly onRejection?: (event: RejectionEvent) => void;
  /** Default true: events of a first scan are history, never a toast. */
  readonly isHistorical?: boolean;
  /**
   * Dedup keys already seen; a repeated key is counted as a duplicate, not emitted. Null (the blocking scan only):
   * no dedup here, every request is handed on (its consumer dedups, as the ledger does by each key's hash).
   */
  readonly seenKeys?: BoundedKeySet | null;
  readonly now?: () => Date;
}

/**
 * The callback for each line of `file` that passed `mayCarryUsageOrErrorBytes`: parses it, counts bad lines and
 * duplicates in `stats`, and hands usage and rejections on.
 */
export function transcriptLineHandler(file: TranscriptFile, wantsRejections: boolean, options: LineHandlerOptions, stats: ScanStats): (line: string) => void {
  const context: ClaudeCodeRecordContext = {
    classify: options.classify,
    isHistorical: options.isHistorical ?? true,
    location: file.location,
    wantsRejections,
    isPrefiltered: true,
    ...(options.now ? { now: options.now } : {}),
  };
  const report = lineResultReporter(options, stats);
  return (line) => report(parseClaudeCodeRecord(line, context));
}

/**
 * What counts what a line gave in `stats` (bad lines, duplicates, events) and hands its usage and rejection on; the
 * callbacks and key set are read once here, not per line (a scan reports a line every few hundred bytes).
 */
export function lineResultReporter(options: LineHandlerOptions, stats: ScanStats): (parsed: ClaudeCodeRecordResult) => void {
  const { onUsage, onRejection, seenKeys } = options;
  return (parsed) => {
    if (parsed.kind === 'ignored') return;
    if (parsed.kind === 'malformed') {
      stats.malformedLines++;
      return;
    }
    if (parsed.usage) {
      // The key is read only for a set to check it against (a reader's view may decode it on demand).
      const key = seenKeys ? parsed.usage.dedupKey : undefined;
      if (key !== undefined && !seenKeys?.add(key)) {
        stats.duplicates++;
      } else {
        stats.usageEvents++;
        onUsage?.(parsed.usage);
      }
    }
    if (parsed.rejection) {
      stats.rejections++;
      onRejection?.(parsed.rejection);
    }
  };
}
