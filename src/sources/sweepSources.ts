import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { RejectionEvent } from '../core/rejection';
import type { UsageEvent } from '../core/usageEvent';
import type { BoundedKeySet } from './boundedKeySet';
import type { TaskRoot } from './clineTaskFolders';
import type { TranscriptFile } from './listTranscriptFiles';
import type { RejectionClassifier } from './rejectionClassifier';
import { scanClineTasks } from './scanClineTasks';
import { emptyScanStats, type ScanProgress, type ScanStats, type UnreadableEntry } from './scanStats';
import { scanTranscriptFiles, type TranscriptScanOptions } from './scanTranscriptFiles';
import { listClaudeCodeTranscripts, scanClaudeCodeListing } from './scanUsage';
import type { TailStates } from './tailState';

export interface SweeperOptions {
  readonly folders: readonly string[];
  readonly taskRoots?: readonly TaskRoot[];
  readonly classify: RejectionClassifier;
  readonly states: TailStates;
  readonly signal: AbortSignal;
  readonly seenKeys: BoundedKeySet;
  readonly maxAgeDays?: number;
  readonly includeOldUsage?: boolean;
  readonly now?: () => Date;
  readonly onUsage: (event: UsageEvent) => void;
  readonly onRejection: (event: RejectionEvent) => void;
  readonly onProgress: (progress: ScanProgress) => void;
  readonly onUnreadable: (entry: UnreadableEntry) => void;
  /** Gets the folders to watch after each full listing. */
  readonly onDirectories: (directories: readonly string[]) => void;
}

/** Reads what changed, one pass at a time: named files after fs events, everything after a poll. */
export interface Sweeper {
  markDirty(file: string): void;
  markSweep(): void;
  /** The historical first scan of everything (files older than the age limit are only marked read). */
  firstScan(): Promise<ScanStats>;
  /** Reads what was marked; marks made during a pass are read by that pass or the next. */
  run(): Promise<void>;
}

const isAbort = (error: unknown): boolean => (error as { name?: unknown })?.name === 'AbortError';

/** Creates the sweeper behind `createTranscriptWatcher`. */
export function createSweeper(options: SweeperOptions): Sweeper {
  const dirty = new Set<string>();
  const reported = new Set<string>();
  let needsSweep = false;
  let running: Promise<void> | undefined;
  let isStarted = false;
  const report = (entries: readonly UnreadableEntry[]): void => {
    for (const entry of entries.filter((e) => !reported.has(e.path))) {
      reported.add(entry.path);
      options.onUnreadable(entry);
    }
  };
  const scanOptions = (isHistorical: boolean): TranscriptScanOptions & { isHistorical: boolean; states: TailStates } => ({
    classify: options.classify, onUsage: options.onUsage, onRejection: options.onRejection,
    signal: options.signal, states: options.states, seenKeys: options.seenKeys, isHistorical,
    ...(options.now ? { now: options.now } : {}),
  });
  async function scanAll(isHistorical: boolean): Promise<ScanStats> {
    const listing = await listClaudeCodeTranscripts(options.folders);
    options.onDirectories(listing.directories);
    const stats = await scanClaudeCodeListing(listing, options.folders, isHistorical
      ? { ...scanOptions(true), onProgress: options.onProgress, maxAgeDays: options.maxAgeDays ?? 30, includeOldUsage: options.includeOldUsage ?? false }
      : scanOptions(false));
    const cline = await scanClineTasks(options.taskRoots ?? [], scanOptions(isHistorical));
    stats.usageEvents += cline.usageEvents;
    stats.rejections += cline.rejections;
    stats.malformedLines += cline.malformed;
    stats.unreadable.push(...cline.unreadable);
    report(stats.unreadable);
    return stats;
  }
  async function pass(): Promise<void> {
    while (!options.signal.aborted && (needsSweep || dirty.size > 0)) {
      const files = [...dirty];
      const isSweep = needsSweep;
      dirty.clear();
      needsSweep = false;
      if (isSweep) {
        await scanAll(false);
      } else {
        const stats = emptyScanStats();
        await scanTranscriptFiles(await describe(files, options.folders), scanOptions(false), stats);
        report(stats.unreadable);
      }
    }
  }
  const sweeper: Sweeper = {
    markDirty: (file) => void dirty.add(file),
    markSweep: () => void (needsSweep = true),
    async firstScan() {
      const stats = await scanAll(true);
      isStarted = true;
      return stats;
    },
    run() {
      if (!isStarted) return Promise.resolve();
      running ??= pass()
        .catch((error: unknown) => {
          if (!isAbort(error)) report([{ path: '(watcher)', reason: String((error as Error)?.name ?? error) }]);
        })
        .finally(() => {
          running = undefined;
          if (!options.signal.aborted && (dirty.size > 0 || needsSweep)) void sweeper.run();
        });
      return running;
    },
  };
  return sweeper;
}

/** Stats the named files, labelling each relative to the `projects` folder that holds it. */
async function describe(files: readonly string[], folders: readonly string[]): Promise<TranscriptFile[]> {
  const out: TranscriptFile[] = [];
  for (const file of files) {
    const root = folders.map((f) => path.join(f, 'projects')).find((r) => file.startsWith(r + path.sep));
    if (!root) continue;
    const st = await fsp.stat(file).catch(() => undefined);
    if (st && !st.isFile()) continue;
    // A deleted file gets size 0 so the tail reports it missing and its state is dropped.
    out.push({ path: file, location: path.relative(root, file), size: st?.size ?? 0, mtimeMs: st?.mtimeMs ?? 0 });
  }
  return out;
}
