import { promises as fsp } from 'node:fs';
import type { Dirent } from 'node:fs';
import * as path from 'node:path';

/** One transcript file found under a `projects` folder. */
export interface TranscriptFile {
  readonly path: string;
  /** Path relative to the walked root, for `origin.location` (a label, never content). */
  readonly location: string;
  readonly size: number;
  readonly mtimeMs: number;
}

export interface TranscriptListing {
  readonly files: readonly TranscriptFile[];
  /** Folders walked (the watcher watches each of them where recursive watching is unavailable). */
  readonly directories: readonly string[];
  /** Entries not read and why: unreadable folders, symlink loops. Paths and error codes only. */
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
}

const MAX_DEPTH = 12;

interface Walk {
  readonly files: TranscriptFile[];
  readonly directories: string[];
  readonly skipped: { path: string; reason: string }[];
  readonly root: string;
  readonly visited: Set<string>;
  readonly extension: string;
}

const codeOf = (error: unknown): string => String((error as { code?: unknown })?.code ?? 'EUNKNOWN');

/**
 * Lists every `*.jsonl` file under `root` (sessions and nested sub-agent files), sorted by path.
 * Only `root` itself may be missing silently; anything else unreadable is reported.
 * Symlinks are followed once: a folder already visited (same device and inode) is a loop and skipped.
 * FIFOs, sockets and devices are never opened.
 */
export async function listTranscriptFiles(root: string, extension = '.jsonl'): Promise<TranscriptListing> {
  const walk: Walk = { root, files: [], directories: [], skipped: [], visited: new Set(), extension };
  await walkDirectory(walk, root, 0);
  walk.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: walk.files, directories: walk.directories, skipped: walk.skipped };
}

async function walkDirectory(walk: Walk, dir: string, depth: number): Promise<void> {
  let entries: Dirent[];
  try {
    const st = await fsp.stat(dir, { bigint: true });
    const key = `${st.dev}:${st.ino}`;
    if (walk.visited.has(key)) {
      walk.skipped.push({ path: dir, reason: 'symlink loop or folder seen twice' });
      return;
    }
    walk.visited.add(key);
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') walk.skipped.push({ path: dir, reason: codeOf(error) });
    return;
  }
  walk.directories.push(dir);
  // Entries are visited concurrently (the thread pool bounds the real parallelism); files are sorted after.
  await Promise.all(entries.map((entry) => visitEntry(walk, path.join(dir, entry.name), entry, depth)));
}

async function visitEntry(walk: Walk, full: string, entry: Dirent, depth: number): Promise<void> {
  if (entry.isDirectory()) {
    if (depth < MAX_DEPTH) await walkDirectory(walk, full, depth + 1);
    return;
  }
  if (!entry.isFile() && !entry.isSymbolicLink()) return;
  if (entry.isSymbolicLink()) {
    const target = await fsp.stat(full).catch(() => undefined);
    if (target?.isDirectory() && depth < MAX_DEPTH) return walkDirectory(walk, full, depth + 1);
    if (!target?.isFile()) return;
  }
  if (!entry.name.endsWith(walk.extension)) return;
  try {
    const st = await fsp.stat(full);
    if (st.isFile()) walk.files.push({ path: full, location: path.relative(walk.root, full), size: st.size, mtimeMs: st.mtimeMs });
  } catch (error) {
    walk.skipped.push({ path: full, reason: codeOf(error) });
  }
}
