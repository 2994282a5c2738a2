import { z } from 'zod';

const isoTime = z.string().refine((s) => Number.isFinite(Date.parse(s)), { message: 'must be an ISO date and time' });
const micros = z.number().int().nonnegative();

/**
 * A balance the user confirmed at a time: typed in, a credit claimed, read from the account, or a reset. The
 * optional monthly spend limit and auto-reload settings are the ones shown at claude.ai/settings/usage.
 */
export const creditCheckpointSchema = z.object({
  amountMicros: micros,
  currency: z.enum(['$', '€']),
  at: isoTime,
  how: z.enum(['typed', 'claimed-credit', 'account', 'reset']),
  monthlyLimitMicros: micros.optional(),
  /** The next (or any past) time the monthly limit resets; it repeats every month from there. */
  limitResetsAt: isoTime.optional(),
  autoReload: z.object({ thresholdMicros: micros, amountMicros: micros.positive() }).optional(),
});
/** A confirmed balance. */
export type CreditCheckpoint = z.infer<typeof creditCheckpointSchema>;

/** A stable id of a checkpoint, for "once per checkpoint" bookkeeping (alerts). */
export function checkpointId(checkpoint: CreditCheckpoint): string {
  return `${Date.parse(checkpoint.at)}:${checkpoint.amountMicros}:${checkpoint.currency}`;
}
