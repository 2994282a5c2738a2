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
  /** Called when a pass ends with nothing left to read: offsets and emitted events agree then. */
  readonly onSettled?: () => void;
}

const isAbort = (error: unknown): boolean => (error as { name?: unknown })?.name === 'AbortError';

/** Reads what changed, one pass at a time: named files after fs events, everything after a poll. */
export class Sweeper {
  readonly #options: SweeperOptions;
  readonly #dirty = new Set<string>();
  readonly #reported = new Set<string>();
  #needsSweep = false;
  #running: Promise<void> | undefined;
  #isStarted = false;
  #isScanning = false;

  constructor(options: SweeperOptions) {
    this.#options = options;
  }

  markDirty(file: string): void {
    this.#dirty.add(file);
  }

  markSweep(): void {
    this.#needsSweep = true;
  }

  /** The historical first scan of everything (files older than the age limit are only marked read). */
  async firstScan(): Promise<ScanStats> {
    this.#isScanning = true;
    try {
      const stats = await this.#scanAll(true);
      this.#isStarted = true;
      return stats;
    } finally {
      this.#isScanning = false;
    }
  }

  /** True while a scan or pass is reading: offsets may lag behind the events already emitted. */
  get isBusy(): boolean {
    return this.#isScanning || this.#running !== undefined;
  }

  /** Reads what was marked; marks made during a pass are read by that pass or the next. */
  run(): Promise<void> {
    if (!this.#isStarted) return Promise.resolve();
    this.#running ??= this.#pass()
      .catch((error: unknown) => {
        if (!isAbort(error)) this.#report([{ path: '(watcher)', reason: String((error as Error)?.name ?? error) }]);
      })
      .finally(() => {
        this.#running = undefined;
        if (this.#options.signal.aborted) return;
        if (this.#dirty.size > 0 || this.#needsSweep) void this.run();
        else this.#options.onSettled?.();
      });
    return this.#running;
  }

  async #pass(): Promise<void> {
    while (!this.#options.signal.aborted && (this.#needsSweep || this.#dirty.size > 0)) {
      const files = [...this.#dirty];
      const isSweep = this.#needsSweep;
      this.#dirty.clear();
      this.#needsSweep = false;
      if (isSweep) {
        await this.#scanAll(false);
      } else {
        const stats = emptyScanStats();
        await scanTranscriptFiles(await describe(files, this.#options.folders), this.#scanOptions(false), stats);
        this.#report(stats.unreadable);
      }
    }
  }

  async #scanAll(isHistorical: boolean): Promise<ScanStats> {
    const o = this.#options;
    const listing = await listClaudeCodeTranscripts(o.folders);
    o.onDirectories(listing.directories);
    const stats = await scanClaudeCodeListing(listing, o.folders, isHistorical
      ? { ...this.#scanOptions(true), onProgress: o.onProgress, maxAgeDays: o.maxAgeDays ?? 30, includeOldUsage: o.includeOldUsage ?? false }
      : this.#scanOptions(false));
    const cline = await scanClineTasks(o.taskRoots ?? [], this.#scanOptions(isHistorical));
    stats.usageEvents += cline.usageEvents;
    stats.rejections += cline.rejections;
    stats.malformedLines += cline.malformed;
    stats.unreadable.push(...cline.unreadable);
    this.#report(stats.unreadable);
    return stats;
  }

  #scanOptions(isHistorical: boolean): TranscriptScanOptions & { isHistorical: boolean; states: TailStates } {
    const o = this.#options;
    return {
      classify: o.classify, onUsage: o.onUsage, onRejection: o.onRejection, signal: o.signal,
      states: o.states, seenKeys: o.seenKeys, isHistorical, ...(o.now ? { now: o.now } : {}),
    };
  }

  /** Reports each unreadable path once, however many passes meet it. */
  #report(entries: readonly UnreadableEntry[]): void {
    for (const entry of entries.filter((e) => !this.#reported.has(e.path))) {
      this.#reported.add(entry.path);
      this.#options.onUnreadable(entry);
    }
  }
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
