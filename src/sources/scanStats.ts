/** A file or folder not read, and why: its path and an error code, never its content. */
export interface UnreadableEntry {
  readonly path: string;
  readonly reason: string;
}

/** Figures of one scan, for the log and the benchmark. */
export interface ScanStats {
  /** Files read (fully or their appended bytes). */
  files: number;
  /** Files not opened: unchanged since the last read. */
  filesUnchanged: number;
  /** Files skipped as older than the age limit (marked read at their end). */
  filesTooOld: number;
  bytes: number;
  lines: number;
  usageEvents: number;
  /** Usage records dropped because their dedup key was already seen. */
  duplicates: number;
  rejections: number;
  malformedLines: number;
  oversizeLines: number;
  /** Files read again from their start after truncation or replacement. */
  restarts: number;
  unreadable: UnreadableEntry[];
  durationMs: number;
}

/** Progress of a scan, for a status bar. */
export interface ScanProgress {
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly isDone: boolean;
}

/** Zeroed stats. */
export function emptyScanStats(): ScanStats {
  return {
    files: 0, filesUnchanged: 0, filesTooOld: 0, bytes: 0, lines: 0, usageEvents: 0, duplicates: 0,
    rejections: 0, malformedLines: 0, oversizeLines: 0, restarts: 0, unreadable: [], durationMs: 0,
  };
}
