import { watch, type FSWatcher } from 'node:fs';
import * as path from 'node:path';

/**
 * Native recursive watching only where the OS provides it. On Linux, Node 20 emulates `recursive`
 * with a synchronous walk and a stat poller per file (internal/fs/recursive_watch), far too costly
 * for a big transcript tree inside the extension host, so there we watch each folder on its own.
 */
export const HAS_NATIVE_RECURSIVE_WATCH = process.platform === 'darwin' || process.platform === 'win32';
/** Past this many folders the slow poll alone notices changes (inotify watches are a shared budget). */
export const MAX_DIRECTORY_WATCHERS = 2000;

/** A set of fs watchers kept in step with the folders to watch. */
export interface DirectoryWatchers {
  /** Watches `roots` (recursively where native) or exactly `directories` (elsewhere); closes the rest. */
  sync(roots: readonly string[], directories: readonly string[]): void;
  readonly count: number;
  dispose(): void;
}

/** Creates the watchers; `onChange` gets the absolute path the OS named (or the folder when it named none). */
export function createDirectoryWatchers(onChange: (changedPath: string) => void): DirectoryWatchers {
  const watchers = new Map<string, FSWatcher>();
  const open = (dir: string, recursive: boolean): void => {
    if (watchers.has(dir) || watchers.size >= MAX_DIRECTORY_WATCHERS) return;
    try {
      const watcher = watch(dir, { recursive, persistent: false }, (_event, name) => {
        onChange(name ? path.join(dir, name.toString()) : dir);
      });
      watcher.on('error', () => close(dir));
      watchers.set(dir, watcher);
    } catch {
      // The folder vanished or cannot be watched: the poll still covers it.
    }
  };
  const close = (dir: string): void => {
    watchers.get(dir)?.close();
    watchers.delete(dir);
  };
  return {
    sync(roots, directories) {
      const wanted = new Set(HAS_NATIVE_RECURSIVE_WATCH ? roots : [...roots, ...directories]);
      for (const dir of [...watchers.keys()]) if (!wanted.has(dir)) close(dir);
      for (const dir of wanted) open(dir, HAS_NATIVE_RECURSIVE_WATCH);
    },
    get count() { return watchers.size; },
    dispose() {
      for (const dir of [...watchers.keys()]) close(dir);
    },
  };
}
