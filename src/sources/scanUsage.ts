import * as path from 'node:path';
import { createBoundedKeySet } from './boundedKeySet';
import { listTranscriptFiles, type TranscriptFile, type TranscriptListing } from './listTranscriptFiles';
import { listTranscriptFilesSync, type SyncListingOptions } from './listTranscriptFilesSync';
import { emptyScanStats, type ScanStats, type UnreadableEntry } from './scanStats';
import { scanTranscriptFiles, type TranscriptScanOptions } from './scanTranscriptFiles';
import { scanTranscriptFilesSync, type SyncScanOptions } from './scanTranscriptFilesSync';

export type { TranscriptScanOptions } from './scanTranscriptFiles';

/** Keys a single scan remembers for dedup: far more than any real history holds. */
const SCAN_KEY_LIMIT = 5_000_000;

/** Every transcript under the `projects` folder of each Claude Code folder, plus what could not be listed. */
export async function listClaudeCodeTranscripts(folders: readonly string[]): Promise<TranscriptListing> {
  const listings: TranscriptListing[] = [];
  for (const folder of folders) listings.push(await listTranscriptFiles(path.join(folder, 'projects')));
  return merge(listings);
}

/** {@link listClaudeCodeTranscripts} in one blocking pass, for the one-shot CLI (see `SyncListingOptions`). */
export function listClaudeCodeTranscriptsSync(folders: readonly string[], options: SyncListingOptions = {}): TranscriptListing {
  return merge(folders.map((folder) => listTranscriptFilesSync(path.join(folder, 'projects'), options)));
}

function merge(listings: readonly TranscriptListing[]): TranscriptListing {
  const files: TranscriptFile[] = [];
  const directories: string[] = [];
  const skipped: UnreadableEntry[] = [];
  for (const listing of listings) {
    files.push(...listing.files);
    directories.push(...listing.directories);
    skipped.push(...listing.skipped);
  }
  return { files, directories, skipped };
}

/**
 * Scans every Claude Code transcript under `folders` (configuration folders holding `projects`),
 * streaming each file line by line and reporting usage and rejections through the callbacks.
 * Usage is deduplicated by `message.id:requestId` within the scan (or across scans sharing `seenKeys`).
 * With `options.states`, only bytes appended since the last scan are read and states of deleted
 * files under these folders are dropped.
 */
export async function scanClaudeCode(folders: readonly string[], options: TranscriptScanOptions): Promise<ScanStats> {
  return scanClaudeCodeListing(await listClaudeCodeTranscripts(folders), folders, options);
}

/** {@link scanClaudeCode} over a listing already made (the watcher also needs its folders). */
export async function scanClaudeCodeListing(listing: TranscriptListing, folders: readonly string[], options: TranscriptScanOptions): Promise<ScanStats> {
  const started = Date.now();
  const stats = emptyScanStats();
  stats.unreadable.push(...listing.skipped);
  const seenKeys = options.seenKeys ?? createBoundedKeySet(SCAN_KEY_LIMIT);
  await scanTranscriptFiles(listing.files, { ...options, seenKeys }, stats);
  if (options.states) pruneUnder(options.states.files, folders, new Set(listing.files.map((f) => f.path)));
  stats.durationMs = Date.now() - started;
  return stats;
}

/**
 * The CLI's blocking scan of a listing: every file read whole, one after another (see `scanTranscriptFilesSync`).
 * Same stats as {@link scanClaudeCodeListing}; usage is deduplicated the same way unless `seenKeys` is given (null:
 * not at all). Events given to `onUsage` are valid only during the call (plain requests come as one reused view):
 * copy one to keep it.
 */
export function scanClaudeCodeListingSync(listing: TranscriptListing, options: SyncScanOptions): ScanStats {
  const started = Date.now();
  const stats = emptyScanStats();
  stats.unreadable.push(...listing.skipped);
  scanTranscriptFilesSync(listing.files, { ...options, seenKeys: options.seenKeys === undefined ? createBoundedKeySet(SCAN_KEY_LIMIT) : options.seenKeys }, stats);
  stats.durationMs = Date.now() - started;
  return stats;
}

function pruneUnder(files: Record<string, unknown>, folders: readonly string[], live: ReadonlySet<string>): void {
  const roots = folders.map((f) => path.join(f, 'projects') + path.sep);
  for (const file of Object.keys(files)) {
    if (!live.has(file) && roots.some((root) => file.startsWith(root))) delete files[file];
  }
}

