import { z } from 'zod';
import { lazySchema } from './lazySchema';
import { HASH_HEX_DIGITS } from './ledgerSnapshot';

const count = () => z.number().finite().nonnegative();
const totalsSchema = () => z.object({
  micros: count(),
  inputTokens: count(),
  outputTokens: count(),
  cacheCreationTokens: count(),
  cacheReadTokens: count(),
  requests: count(),
  unpricedRequests: count(),
});

/**
 * A ledger written down, so a restart resumes from its tail offsets instead of reading every log again. It holds
 * only aggregates (day × model × source totals, minute buckets of spend, dedup hashes), never a record's text.
 */
export const ledgerSnapshotSchema = lazySchema(() => z.object({
  version: z.literal(1),
  /** Fingerprint of the price table the costs were computed with: another table means a fresh scan. */
  priceKey: z.string(),
  /** `[local date, model, source, totals]`. */
  days: z.array(z.tuple([z.string(), z.string(), z.string(), totalsSchema()])),
  /** `[model, totals]` of requests whose model has no price. */
  unpriced: z.array(z.tuple([z.string(), totalsSchema()])),
  /** Minute buckets of spend: `[time of the latest request, micro-dollars, source, model]`. */
  spend: z.array(z.tuple([z.number().finite(), count(), z.string(), z.string()])),
  /** Dedup hashes, {@link HASH_HEX_DIGITS} hex digits each, concatenated. */
  seen: z.string().regex(/^[0-9a-f]*$/).refine((s) => s.length % HASH_HEX_DIGITS === 0, 'seen: not whole hashes'),
  counts: z.object({ records: count(), duplicatesSkipped: count(), invalidTime: count() }),
}));
/** A ledger written down; see {@link ledgerSnapshotSchema}. */
export type LedgerSnapshot = z.infer<typeof ledgerSnapshotSchema>;
