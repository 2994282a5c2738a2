import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TranscriptFile, TranscriptListing } from './listTranscriptFiles';
import { fsErrorCode } from './fsErrorCode';

const MAX_DEPTH = 12;

interface Walk {
  readonly files: TranscriptFile[];
  readonly directories: string[];
  readonly skipped: { path: string; reason: string }[];
  /** The resolved root and a separator: what each path starts with. */
  readonly rootPrefix: string;
  readonly visited: Set<string>;
  readonly extension: string;
  readonly stat: boolean;
}

/** How the blocking listing works. */
export interface SyncListingOptions {
  /** Default `.jsonl`. */
  readonly extension?: string;
  /**
   * Default true. False skips the stat of each regular file (its type comes with the folder's entries): `size` is
   * then Infinity (read to the end) and `mtimeMs` NaN. A whole read needs neither, and the stats were a third of the
   * listing's time on 2,000 files.
   */
  readonly stat?: boolean;
}

const withSep = (dir: string): string => (dir.endsWith(path.sep) ? dir : dir + path.sep);

/**
 * `listTranscriptFiles` in one blocking pass, for the one-shot CLI: the same files, folders and skipped
 * entries (symlinks followed once, loops and unreadable entries reported, FIFOs never opened), sorted by path.
 * Paths are absolute (`root` is resolved first).
 */
export function listTranscriptFilesSync(root: string, options: SyncListingOptions = {}): TranscriptListing {
  const top = path.resolve(root);
  const walk: Walk = {
    rootPrefix: withSep(top), files: [], directories: [], skipped: [], visited: new Set(), extension: options.extension ?? '.jsonl', stat: options.stat ?? true,
  };
  walkDirectory(walk, top, 0);
  walk.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: walk.files, directories: walk.directories, skipped: walk.skipped };
}

function walkDirectory(walk: Walk, dir: string, depth: number): void {
  let entries: fs.Dirent[];
  try {
    const st = fs.statSync(dir, { bigint: true });
    const key = `${st.dev}:${st.ino}`;
    if (walk.visited.has(key)) {
      walk.skipped.push({ path: dir, reason: 'symlink loop or folder seen twice' });
      return;
    }
    walk.visited.add(key);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (fsErrorCode(error) !== 'ENOENT') walk.skipped.push({ path: dir, reason: fsErrorCode(error) });
    return;
  }
  walk.directories.push(dir);
  // Joined by hand (path.join and path.relative were a third of the walk): `dir` is absolute and normal, and a name
  // holds no separator.
  const prefix = withSep(dir);
  for (const entry of entries) visitEntry(walk, prefix + entry.name, entry, depth);
}

function visitEntry(walk: Walk, full: string, entry: fs.Dirent, depth: number): void {
  if (entry.isDirectory()) {
    if (depth < MAX_DEPTH) walkDirectory(walk, full, depth + 1);
    return;
  }
  let st: fs.Stats | undefined;
  if (entry.isSymbolicLink()) {
    st = statOrUndefined(full);
    if (st?.isDirectory() && depth < MAX_DEPTH) return walkDirectory(walk, full, depth + 1);
    if (!st?.isFile()) return;
  } else if (!entry.isFile()) return;
  if (!entry.name.endsWith(walk.extension)) return;
  const location = full.slice(walk.rootPrefix.length);
  if (!st && !walk.stat) {
    walk.files.push({ path: full, location, size: Number.POSITIVE_INFINITY, mtimeMs: Number.NaN });
    return;
  }
  try {
    st ??= fs.statSync(full);
    if (st.isFile()) walk.files.push({ path: full, location, size: st.size, mtimeMs: st.mtimeMs });
  } catch (error) {
    walk.skipped.push({ path: full, reason: fsErrorCode(error) });
  }
}

function statOrUndefined(full: string): fs.Stats | undefined {
  try {
    return fs.statSync(full);
  } catch {
    return undefined;
  }
}
