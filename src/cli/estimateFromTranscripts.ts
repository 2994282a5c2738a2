import type { CreditEstimate } from '../core/creditEstimate';
import { estimateCredit } from '../core/estimateCredit';
import type { MoneyInput } from '../core/parseMoneyInput';
import type { UsageProfileId } from '../core/usageProfiles';
import type { CliIo } from './cliCommand';
import { loadClaudeCodeUsage } from './loadClaudeCodeUsage';

/** What `status` and `statusline` need to estimate: a balance, when it was seen, and which tools draw on it. */
export interface BalanceInput {
  readonly balance: MoneyInput;
  readonly sinceMs: number;
  readonly counted: ReadonlySet<string>;
  readonly profile?: UsageProfileId;
  readonly timeZone: string;
}

const HOUR_MS = 3_600_000;
/** The burn rate looks back at most 7 days (as `estimateCredit` does), so older files are not read. */
const RATE_LOOKBACK_MS = 7 * 24 * HOUR_MS;

/** Reads the transcripts the estimate needs (modified since the balance or the rate window) and estimates. */
export async function estimateFromTranscripts(io: CliIo, input: BalanceInput, quiet = false): Promise<CreditEstimate> {
  const now = io.now();
  const from = Math.min(input.sinceMs, now.getTime() - RATE_LOOKBACK_MS) - HOUR_MS;
  const { ledger } = await loadClaudeCodeUsage(io, { timeZone: input.timeZone, modifiedSinceMs: from, quiet });
  return estimateCredit({
    checkpoint: { amountMicros: input.balance.micros, currency: input.balance.currency, at: new Date(input.sinceMs).toISOString(), how: 'typed' },
    spend: ledger.spendPoints(from),
    countedSources: (source) => input.counted.has(source),
    now,
    ...(input.profile ? { profile: input.profile } : {}),
    unpricedModels: ledger.counts().unpriced.map((u) => u.model),
  });
}
