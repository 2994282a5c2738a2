import * as path from 'node:path';
import type { RejectionEvent } from '../core/rejection';
import type { UsageEvent } from '../core/usageEvent';
import { createBoundedKeySet } from './boundedKeySet';
import type { TaskRoot } from './clineTaskFolders';
import { createDirectoryWatchers } from './directoryWatchers';
import { createListenerSet, type Disposable, type Event } from './listenerSet';
import type { RejectionClassifier } from './rejectionClassifier';
import { Sweeper } from './sweepSources';
import type { ScanProgress, ScanStats, UnreadableEntry } from './scanStats';
import { emptyTailStates, type TailStates } from './tailState';

export interface TranscriptWatcherOptions {
  /** Claude Code configuration folders (each holding `projects`). */
  readonly folders: readonly string[];
  /** Cline / Roo Code / Kilo Code task folders. */
  readonly taskRoots?: readonly TaskRoot[];
  readonly classify: RejectionClassifier;
  /** Persisted offsets from the last session; updated in place. */
  readonly states?: TailStates;
  /** Slow poll that catches what fs events miss. Default 5000 ms. */
  readonly pollMs?: number;
  /** Quiet time after an fs event before reading. Default 100 ms. */
  readonly debounceMs?: number;
  /** The first scan skips files not modified for this many days. Default 30. */
  readonly maxAgeDays?: number;
  /** The first scan reads old files anyway for usage (never rejections). Default false. */
  readonly includeOldUsage?: boolean;
  /** Set false to rely on the poll alone. Default true. */
  readonly useFsEvents?: boolean;
  readonly now?: () => Date;
}

/** Watches transcripts and task histories; events of the first scan are historical, later ones live. */
export interface TranscriptWatcher extends Disposable {
  readonly onDidSeeUsage: Event<UsageEvent>;
  readonly onDidSeeRejection: Event<RejectionEvent>;
  readonly onDidScanProgress: Event<ScanProgress>;
  /** A file or folder that cannot be read; each path is reported once. */
  readonly onDidFindUnreadable: Event<UnreadableEntry>;
  /** A pass read everything it was told of: `states` now matches the events emitted so far. */
  readonly onDidSettle: Event<void>;
  /** True while reading; `states` may then lag behind the events emitted. */
  readonly isBusy: boolean;
  /** Runs the first scan, then starts watching; resolves with the first scan's figures. */
  start(): Promise<ScanStats>;
  /** The offsets to persist (pruned of deleted files by the scans). */
  readonly states: TailStates;
}

/** Creates a watcher; nothing is read until `start()`. */
export function createTranscriptWatcher(options: TranscriptWatcherOptions): TranscriptWatcher {
  const usage = createListenerSet<UsageEvent>();
  const rejection = createListenerSet<RejectionEvent>();
  const progress = createListenerSet<ScanProgress>();
  const unreadable = createListenerSet<UnreadableEntry>();
  const settled = createListenerSet<void>();
  const states = options.states ?? emptyTailStates();
  const abort = new AbortController();
  const sweeper = new Sweeper({
    ...options, states, signal: abort.signal, seenKeys: createBoundedKeySet(100_000),
    onUsage: usage.fire, onRejection: rejection.fire, onProgress: progress.fire, onUnreadable: unreadable.fire,
    onDirectories: (directories) => syncWatchers(directories),
    onSettled: () => settled.fire(),
  });
  const watchers = createDirectoryWatchers((changed) => schedule(changed));
  const trigger = createTrigger(() => void sweeper.run());
  let poll: NodeJS.Timeout | undefined;
  let isDisposed = false;

  /** An fs event names a transcript (read just it) or anything else (list everything); a poll passes none. */
  function schedule(changed: string | undefined): void {
    if (isDisposed) return;
    if (changed?.endsWith('.jsonl')) sweeper.markDirty(changed);
    else sweeper.markSweep();
    trigger.fire(changed === undefined ? 0 : (options.debounceMs ?? 100));
  }
  function syncWatchers(directories: readonly string[]): void {
    if (isDisposed || options.useFsEvents === false) return;
    const roots = [...options.folders.map((f) => path.join(f, 'projects')), ...(options.taskRoots ?? []).map((r) => r.tasksDir)];
    watchers.sync(roots, directories);
  }

  return {
    onDidSeeUsage: usage.event,
    onDidSeeRejection: rejection.event,
    onDidScanProgress: progress.event,
    onDidFindUnreadable: unreadable.event,
    onDidSettle: settled.event,
    get isBusy() {
      return sweeper.isBusy;
    },
    states,
    async start() {
      const stats = await sweeper.firstScan();
      if (!isDisposed) {
        poll = setInterval(() => schedule(undefined), options.pollMs ?? 5000);
        poll.unref();
      }
      return stats;
    },
    dispose() {
      isDisposed = true;
      abort.abort();
      trigger.dispose();
      clearInterval(poll);
      watchers.dispose();
      for (const set of [usage, rejection, progress, unreadable, settled]) set.clear();
    },
  };
}

/** Runs `action` once after a delay, however many times it is fired meanwhile (events coalesce). */
function createTrigger(action: () => void): { fire(delayMs: number): void; dispose(): void } {
  let timer: NodeJS.Timeout | undefined;
  return {
    fire(delayMs) {
      timer ??= setTimeout(() => {
        timer = undefined;
        action();
      }, delayMs);
    },
    dispose: () => clearTimeout(timer),
  };
}
