import type * as vscode from 'vscode';
import { currentCheckpoint, parseCheckpointHistory, pushCheckpoint, undoCheckpoint } from '../core/checkpointHistory';
import type { CreditCheckpoint } from '../core/creditCheckpoint';

const KEY = 'extraUsageGuard.checkpoints';

/** A balance the user confirmed (kept for the editor code that predates the core type's name). */
export type StoredCheckpoint = CreditCheckpoint;

/** The confirmed-balance history in global state (shared by all windows; the last few kept for undo). */
export interface BalanceStore {
  latest(): CreditCheckpoint | undefined;
  history(): CreditCheckpoint[];
  push(checkpoint: CreditCheckpoint): Promise<void>;
  /** Drops the latest checkpoint; returns it, or undefined when there was none. */
  undo(): Promise<CreditCheckpoint | undefined>;
}

/** Reads and writes checkpoints through the core's validated history. */
export function createBalanceStore(state: vscode.Memento): BalanceStore {
  const read = (): CreditCheckpoint[] => parseCheckpointHistory(state.get(KEY));
  return {
    latest: () => currentCheckpoint(read()),
    history: read,
    push: async (checkpoint) => state.update(KEY, pushCheckpoint(read(), checkpoint)),
    async undo() {
      const { history, undone } = undoCheckpoint(read());
      await state.update(KEY, history);
      return undone;
    },
  };
}
