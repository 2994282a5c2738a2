import type * as vscode from 'vscode';
import { z } from 'zod';

const KEY = 'extraUsageGuard.checkpoints';

/** A balance the user confirmed at a time (see the credit estimate in `core/`). */
export const storedCheckpointSchema = z.object({
  amountMicros: z.number().int().nonnegative(),
  currency: z.enum(['$', '€']),
  at: z.string(),
  how: z.enum(['typed', 'claimed-credit', 'account', 'reset']),
});
/** A confirmed balance. */
export type StoredCheckpoint = z.infer<typeof storedCheckpointSchema>;

const historySchema = z.array(storedCheckpointSchema).max(20);

/** Reads and writes the confirmed-balance history in global state (shared by all windows). */
export function createBalanceStore(state: vscode.Memento) {
  const read = (): StoredCheckpoint[] => {
    const parsed = historySchema.safeParse(state.get(KEY, []));
    return parsed.success ? parsed.data : [];
  };
  return {
    latest: (): StoredCheckpoint | undefined => read().at(-1),
    history: read,
    async push(checkpoint: StoredCheckpoint): Promise<void> {
      await state.update(KEY, [...read(), checkpoint].slice(-5));
    },
  };
}
/** The store's interface. */
export type BalanceStore = ReturnType<typeof createBalanceStore>;
