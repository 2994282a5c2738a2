import type { CreditEstimate } from '../core/creditEstimate';
import { formatHours } from '../core/formatEstimate';
import { formatMoney, microsToUsd } from '../core/money';
import { toolLabel } from '../core/toolLabels';
import { wallClockAt } from '../core/zonedTime';
import { STATUS_TEXT } from './cliText';
import type { BalanceInput } from './estimateFromTranscripts';

const usd = (micros: number | null): number | null => (micros === null ? null : microsToUsd(micros));

/** The `status --json` document. */
export function statusJson(e: CreditEstimate, input: BalanceInput) {
  return {
    state: e.state,
    basis: e.basis,
    balanceUsd: microsToUsd(input.balance.micros),
    currency: input.balance.currency,
    since: new Date(input.sinceMs).toISOString(),
    countedSources: [...input.counted],
    remainingUsd: usd(e.remainingMicros),
    spentSinceUsd: usd(e.spentSinceMicros),
    spentBySourceUsd: Object.fromEntries(Object.entries(e.spentBySource).map(([k, v]) => [k, microsToUsd(v)])),
    burnRatePerHourUsd: usd(e.burnRatePerHourMicros),
    hoursLeft: e.hoursLeft,
    hoursLeftRange: e.hoursLeftRange,
    profile: e.profile?.id ?? null,
    currencyMismatch: e.currencyMismatch,
    unpricedModels: e.unpricedModels,
  };
}

/** The few lines `status` prints: what is left, what it is based on, and the time left at the recent pace. */
export function statusText(e: CreditEstimate, input: BalanceInput): string {
  const c = wallClockAt(input.sinceMs, input.timeZone);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const when = `${c.year}-${pad(c.month)}-${pad(c.day)} ${pad(c.hour)}:${pad(c.minute)}`;
  const money = (m: number | null): string => (m === null ? STATUS_TEXT.unknown : formatMoney(m, { currency: input.balance.currency }));
  const tools = [...input.counted].map(toolLabel).join(', ');
  const lines = [
    STATUS_TEXT.left(money(e.remainingMicros), e.state),
    STATUS_TEXT.basis(money(input.balance.micros), when, input.timeZone, money(e.spentSinceMicros), tools),
    STATUS_TEXT.timeLeft(timeLeftText(e)),
  ];
  if (e.unpricedModels.length > 0) lines.push(STATUS_TEXT.unpriced(e.unpricedModels.join(', ')));
  if (e.currencyMismatch) lines.push(STATUS_TEXT.currencyMismatch);
  return `${lines.join('\n')}\n`;
}

function timeLeftText(e: CreditEstimate): string {
  const rate = e.burnRatePerHourMicros;
  if (e.state === 'exhausted') return STATUS_TEXT.timeLeftNone;
  if (e.hoursLeft !== null && rate !== null) return STATUS_TEXT.timeLeftAtRate(formatHours(e.hoursLeft), formatMoney(rate));
  if (e.hoursLeftRange && e.profile) {
    return STATUS_TEXT.timeLeftRange(formatHours(e.hoursLeftRange.low), formatHours(e.hoursLeftRange.high), e.profile.label);
  }
  return STATUS_TEXT.timeLeftUnknown;
}
