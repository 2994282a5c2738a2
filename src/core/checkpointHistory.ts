import { creditCheckpointSchema, type CreditCheckpoint } from './creditCheckpoint';

/** How many confirmed balances are kept (for undo). */
export const CHECKPOINT_HISTORY_LIMIT = 5;

/**
 * Reads a persisted history (oldest first, the last one current). Entries that fail validation are dropped one
 * by one, so a single bad entry does not lose the others; anything that is not an array reads as empty.
 */
export function parseCheckpointHistory(raw: unknown): CreditCheckpoint[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .map((item) => creditCheckpointSchema.safeParse(item))
    .flatMap((r) => (r.success ? [r.data] : []))
    .slice(-CHECKPOINT_HISTORY_LIMIT);
}

/** The checkpoint in use: the one confirmed last. */
export function currentCheckpoint(history: readonly CreditCheckpoint[]): CreditCheckpoint | undefined {
  return history.at(-1);
}

/** Adds a confirmation; the same balance confirmed twice in a row is kept once. Returns a new history. */
export function pushCheckpoint(history: readonly CreditCheckpoint[], checkpoint: CreditCheckpoint): CreditCheckpoint[] {
  const last = history.at(-1);
  if (last && sameCheckpoint(last, checkpoint)) return [...history];
  return [...history, checkpoint].slice(-CHECKPOINT_HISTORY_LIMIT);
}

/** Removes the last confirmation, so the one before it is current again. */
export function undoCheckpoint(history: readonly CreditCheckpoint[]): { history: CreditCheckpoint[]; undone?: CreditCheckpoint } {
  const undone = history.at(-1);
  return undone ? { history: history.slice(0, -1), undone } : { history: [] };
}

function sameCheckpoint(a: CreditCheckpoint, b: CreditCheckpoint): boolean {
  const fields = (c: CreditCheckpoint): string =>
    JSON.stringify([
      Date.parse(c.at), c.amountMicros, c.currency, c.how, c.monthlyLimitMicros ?? null,
      c.limitResetsAt === undefined ? null : Date.parse(c.limitResetsAt),
      c.autoReload?.thresholdMicros ?? null, c.autoReload?.amountMicros ?? null,
    ]);
  return fields(a) === fields(b);
}
