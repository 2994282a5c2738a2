import type { LedgerSnapshot } from '../core/ledgerSnapshot';
import type { Disposable } from './listenerSet';
import { writeScanState, writeScanStateSync } from './scanStateFile';
import type { TailStates } from './tailState';

export interface ScanStateSaverOptions {
  readonly file: string;
  readonly configKey: string;
  /** Offsets and ledger are read together, only while `isBusy()` is false, so they always agree. */
  readonly tail: () => TailStates;
  readonly ledger: () => LedgerSnapshot;
  readonly isBusy: () => boolean;
  /** Quiet time after the last change before a save. Default 2000 ms. */
  readonly delayMs?: number;
  readonly onError: (error: unknown) => void;
  readonly now?: () => Date;
}

/** Saves the scan state a little after changes, and once more (synchronously) when disposed. */
export interface ScanStateSaver extends Disposable {
  /** Something was read that a restart must not read again. */
  markDirty(): void;
  /** Saves soon if dirty (call when the reader has settled). */
  settle(): void;
  /** Saves now; resolves when written (or skipped because the reader is busy). */
  saveNow(): Promise<void>;
}

/**
 * Creates a saver. A killed extension host loses at most the last `delayMs` of offsets: the bytes after the
 * saved offsets are read again on the next start, against a ledger saved at the same moment, so nothing is
 * counted twice.
 */
export function createScanStateSaver(options: ScanStateSaverOptions): ScanStateSaver {
  let isDirty = false;
  let isDisposed = false;
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const take = () => ({
    configKey: options.configKey,
    savedAt: (options.now?.() ?? new Date()).toISOString(),
    tail: options.tail(),
    ledger: options.ledger(),
  });
  const save = (): Promise<void> => {
    if (isDisposed || options.isBusy()) return writing;
    isDirty = false;
    const state = take();
    writing = writing.then(() => writeScanState(options.file, state)).catch((error: unknown) => {
      isDirty = true;
      options.onError(error);
    });
    return writing;
  };
  const schedule = (): void => {
    timer ??= setTimeout(() => {
      timer = undefined;
      if (options.isBusy()) schedule();
      else if (isDirty) void save();
    }, options.delayMs ?? 2000);
    timer.unref?.();
  };
  return {
    markDirty() {
      isDirty = true;
    },
    settle() {
      if (isDirty && !isDisposed) schedule();
    },
    saveNow: save,
    dispose() {
      if (isDisposed) return;
      clearTimeout(timer);
      if (isDirty && !options.isBusy()) {
        try {
          writeScanStateSync(options.file, take());
        } catch (error) {
          options.onError(error);
        }
      }
      isDisposed = true;
    },
  };
}
