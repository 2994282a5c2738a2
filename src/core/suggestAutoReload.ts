import { ENGLISH, type L10n } from './l10n';
import { microsToUsd } from './money';
import { USAGE_PROFILES, usageProfileLabel, type UsageProfileId } from './usageProfiles';

/** What the panel suggests for auto-reload, in whole dollars, with the reason in words. */
export interface AutoReloadSuggestion {
  readonly thresholdUsd: number;
  readonly amountUsd: number;
  readonly basis: string;
}

const THRESHOLD_HOURS = 2;
const WORKING_DAY_HOURS = 8;
const MIN_THRESHOLD_USD = 5;
const MIN_AMOUNT_USD = 10;
const MAX_USD = 1000;

/**
 * Suggests an auto-reload threshold (about two hours of use, rounded up to $5) and amount (about a
 * working day of use, rounded up to $5 below $50 and to $10 above), from the measured burn rate when
 * there is one, else from the middle of the usage profile's published range.
 */
export function suggestAutoReload(input: { burnMicrosPerHour: number | null; profile: UsageProfileId }, l10n: L10n = ENGLISH): AutoReloadSuggestion {
  const measured = input.burnMicrosPerHour !== null && input.burnMicrosPerHour > 0;
  const profile = USAGE_PROFILES[input.profile];
  const perHourMicros = measured ? (input.burnMicrosPerHour as number) : (profile.lowMicrosPerHour + profile.highMicrosPerHour) / 2;
  const perHourUsd = microsToUsd(perHourMicros);
  const threshold = clamp(roundUpTo(perHourUsd * THRESHOLD_HOURS, 5), MIN_THRESHOLD_USD);
  const daily = perHourUsd * WORKING_DAY_HOURS;
  const amount = clamp(roundUpTo(daily, daily > 50 ? 10 : 5), Math.max(MIN_AMOUNT_USD, threshold));
  const rate = perHourUsd.toFixed(2);
  const basis = measured
    ? l10n.t('Based on your recent use (about ${0} an hour): the threshold covers about {1} hours, the amount about a working day.', rate, THRESHOLD_HOURS)
    : l10n.t(
      'Based on the usage profile "{0}" (about ${1} an hour) until real usage is seen: the threshold covers about {2} hours, the amount about a working day.',
      usageProfileLabel(input.profile, l10n), rate, THRESHOLD_HOURS,
    );
  return { thresholdUsd: threshold, amountUsd: amount, basis };
}

function roundUpTo(value: number, step: number): number {
  return Math.ceil(value / step - 1e-9) * step;
}

function clamp(value: number, min: number): number {
  return Math.min(MAX_USD, Math.max(min, value));
}
