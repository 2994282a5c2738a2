import { burnRate, type BurnRate, type BurnRateOptions } from './burnRate';
import type { CreditCheckpoint } from './creditCheckpoint';
import type { CreditEstimate, CreditState } from './creditEstimate';
import { monthlyLimitPeriod } from './monthlyLimitPeriod';
import { projectAutoReload } from './projectAutoReload';
import { summarizeSpend, type SpendPoint } from './spendTimeline';
import { USAGE_PROFILES, type UsageProfile, type UsageProfileId } from './usageProfiles';

/** Everything the estimate needs; the clock comes in as `now`. */
export interface EstimateInput {
  readonly checkpoint?: CreditCheckpoint;
  /** Spend of all sources from before the checkpoint (and the monthly-limit period) on; see `UsageLedger.spendPoints`. */
  readonly spend: readonly SpendPoint[];
  /** Whether a source's spend draws from the extra usage balance. */
  readonly countedSources: (source: string) => boolean;
  readonly now: Date;
  /** Used for a time-left range while no counted spend has been seen. */
  readonly profile?: UsageProfileId;
  readonly unpricedModels?: readonly string[];
  /** Below this the state is `low` ($5 by default). */
  readonly lowThresholdMicros?: number;
  readonly burnRate?: BurnRateOptions;
}

const DEFAULT_LOW_MICROS = 5_000_000;
const HOUR_MS = 3_600_000;
/** The burn rate looks at most this far back, so one costly request weeks ago does not set today's pace. */
const RATE_LOOKBACK_MS = 7 * 24 * HOUR_MS;

/**
 * Estimates the extra usage credit left: remaining = confirmed balance − spend of counted sources since it was
 * confirmed (plus modelled auto-reloads), capped by what the monthly spend limit still allows; time left =
 * remaining / burn rate over recent active time (up to 24 hours of it, within the last 7 days). Without measured
 * spend a usage profile gives a range of hours.
 */
export function estimateCredit(input: EstimateInput): CreditEstimate {
  const now = input.now.getTime();
  const counted = input.spend.filter((p) => input.countedSources(p.source));
  const rate = burnRate(counted, { sinceMs: now - RATE_LOOKBACK_MS, ...input.burnRate });
  const profile = rate === null && input.profile ? USAGE_PROFILES[input.profile] : null;
  const base = {
    basis: rate ? ('usage' as const) : profile ? ('profile' as const) : ('none' as const),
    burnRatePerHourMicros: rate?.microsPerHour ?? null,
    burnRate: rate,
    profile,
    unpricedModels: [...(input.unpricedModels ?? [])],
  };
  if (!input.checkpoint) return { ...base, ...NO_BALANCE };
  const credit = creditLeft(input.checkpoint, counted, rate, now);
  return {
    ...base,
    ...credit,
    ...timeLeft(credit.runsOut ? credit.remainingMicros : null, rate, profile),
    state: stateOf(credit.remainingMicros, credit.runsOut, input.lowThresholdMicros ?? DEFAULT_LOW_MICROS),
  };
}

/** The money side of the estimate: spend since the checkpoint, reloads, balance, monthly limit. */
function creditLeft(cp: CreditCheckpoint, counted: readonly SpendPoint[], rate: BurnRate | null, now: number) {
  const cpMs = Date.parse(cp.at);
  const since = summarizeSpend(counted.filter((p) => p.at >= cpMs));
  const reload = cp.autoReload ? projectAutoReload(cp.autoReload, cp.amountMicros, since.micros, rate?.microsPerHour ?? null) : null;
  const balance = reload ? reload.balanceMicros : Math.max(0, cp.amountMicros - since.micros);
  const limit = monthlyLimitLeft(cp, counted, since.micros, now);
  // With auto-reload the balance refills, so a monthly limit (if any) is what ends the run.
  const limitBinds = limit !== null && (reload !== null || limit.leftMicros < balance);
  return {
    checkpoint: cp,
    checkpointAgeHours: Math.max(0, (now - cpMs) / HOUR_MS),
    currencyMismatch: cp.currency !== '$',
    remainingMicros: limitBinds ? limit.leftMicros : balance,
    runsOut: reload === null || limitBinds,
    balanceMicros: balance,
    monthlyLimitLeftMicros: limit?.leftMicros ?? null,
    limitResetsAt: limit?.resetsAt ?? null,
    limitingFactor: limitBinds ? ('monthly-limit' as const) : ('balance' as const),
    spentSinceMicros: since.micros,
    spentBySource: since.bySource,
    spentByModel: since.byModel,
    autoReload: reload,
  };
}

const NO_BALANCE = {
  state: 'no-balance',
  checkpoint: null,
  checkpointAgeHours: null,
  currencyMismatch: false,
  remainingMicros: null,
  balanceMicros: null,
  monthlyLimitLeftMicros: null,
  limitResetsAt: null,
  limitingFactor: null,
  runsOut: true,
  spentSinceMicros: null,
  spentBySource: {},
  spentByModel: {},
  hoursLeft: null,
  hoursLeftRange: null,
  autoReload: null,
} as const;

/**
 * What the monthly limit still allows: the limit minus counted spend since the period began. Without a reset
 * time the period is unknown and only the spend since the checkpoint is subtracted.
 */
function monthlyLimitLeft(cp: CreditCheckpoint, counted: readonly SpendPoint[], spentSince: number, now: number) {
  if (cp.monthlyLimitMicros === undefined) return null;
  const period = cp.limitResetsAt ? monthlyLimitPeriod(cp.limitResetsAt, now) : undefined;
  // Debt: without `limitResetsAt` spend earlier in the month is unknown, so this may show more than is left.
  const used = period ? summarizeSpend(counted.filter((p) => p.at >= period.startMs)).micros : spentSince;
  return {
    leftMicros: Math.max(0, cp.monthlyLimitMicros - used),
    resetsAt: period ? new Date(period.nextResetMs).toISOString() : null,
  };
}

function timeLeft(remaining: number | null, rate: BurnRate | null, profile: UsageProfile | null) {
  if (remaining === null) return { hoursLeft: null, hoursLeftRange: null };
  if (rate) return { hoursLeft: rate.microsPerHour > 0 ? remaining / rate.microsPerHour : null, hoursLeftRange: null };
  if (profile) {
    return { hoursLeft: null, hoursLeftRange: { low: remaining / profile.highMicrosPerHour, high: remaining / profile.lowMicrosPerHour } };
  }
  return { hoursLeft: null, hoursLeftRange: null };
}

function stateOf(remaining: number, runsOut: boolean, lowMicros: number): CreditState {
  if (remaining <= 0) return 'exhausted';
  return runsOut && remaining < lowMicros ? 'low' : 'normal';
}
