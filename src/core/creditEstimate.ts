import type { BurnRate } from './burnRate';
import type { CreditCheckpoint } from './creditCheckpoint';
import type { AutoReloadProjection } from './projectAutoReload';
import type { UsageProfile } from './usageProfiles';

/** What the time-left figure rests on: measured spend, a chosen usage profile, or nothing. */
export type EstimateBasis = 'usage' | 'profile' | 'none';

/** How the balance looks: none confirmed, fine, below the low mark, or used up. */
export type CreditState = 'no-balance' | 'normal' | 'low' | 'exhausted';

/**
 * The credit estimate: every figure is null when it is unknown, never invented. Money is in micro-units of the
 * checkpoint's currency; spend is priced in US dollars (see `currencyMismatch`). Hours are hours of active use at
 * the recent pace (idle time does not count).
 */
export interface CreditEstimate {
  readonly basis: EstimateBasis;
  readonly state: CreditState;
  readonly checkpoint: CreditCheckpoint | null;
  readonly checkpointAgeHours: number | null;
  /** True when the balance is in euros: spend is priced in dollars and subtracted without conversion. */
  readonly currencyMismatch: boolean;
  /** What can still be spent before the first of balance and monthly limit runs out. */
  readonly remainingMicros: number | null;
  /** Estimated prepaid balance now (including reloads auto-reload would have made). */
  readonly balanceMicros: number | null;
  /** Monthly spend limit minus what counted sources spent in the current period. */
  readonly monthlyLimitLeftMicros: number | null;
  /** Next reset of the monthly limit (ISO), when known. */
  readonly limitResetsAt: string | null;
  readonly limitingFactor: 'balance' | 'monthly-limit' | null;
  /** False when auto-reload keeps the balance topped up and no monthly limit ends the run. */
  readonly runsOut: boolean;
  readonly spentSinceMicros: number | null;
  readonly spentBySource: Readonly<Record<string, number>>;
  readonly spentByModel: Readonly<Record<string, number>>;
  readonly burnRatePerHourMicros: number | null;
  readonly burnRate: BurnRate | null;
  /** The usage profile used when there is no measured spend yet. */
  readonly profile: UsageProfile | null;
  /** Hours left at the measured pace; null with auto-reload and no monthly limit (it does not run out). */
  readonly hoursLeft: number | null;
  /** With a profile: hours left at its high and low rate. */
  readonly hoursLeftRange: { readonly low: number; readonly high: number } | null;
  readonly autoReload: AutoReloadProjection | null;
  /** Models whose spend is missing because they have no price. */
  readonly unpricedModels: readonly string[];
}
