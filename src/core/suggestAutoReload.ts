import { MICROS_PER_USD } from './money';
import { USAGE_PROFILES, type UsageProfileId } from './usageProfiles';

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
export function suggestAutoReload(input: { burnMicrosPerHour: number | null; profile: UsageProfileId }): AutoReloadSuggestion {
  const measured = input.burnMicrosPerHour !== null && input.burnMicrosPerHour > 0;
  const profile = USAGE_PROFILES[input.profile];
  const perHourMicros = measured ? (input.burnMicrosPerHour as number) : (profile.lowMicrosPerHour + profile.highMicrosPerHour) / 2;
  const perHourUsd = perHourMicros / MICROS_PER_USD;
  const threshold = clamp(roundUpTo(perHourUsd * THRESHOLD_HOURS, 5), MIN_THRESHOLD_USD);
  const daily = perHourUsd * WORKING_DAY_HOURS;
  const amount = clamp(roundUpTo(daily, daily > 50 ? 10 : 5), Math.max(MIN_AMOUNT_USD, threshold));
  const rate = `about $${perHourUsd.toFixed(2)} an hour`;
  const basis = measured
    ? `Based on your recent use (${rate}): the threshold covers about ${THRESHOLD_HOURS} hours, the amount about a working day.`
    : `Based on the usage profile "${profile.label}" (${rate}) until real usage is seen: the threshold covers about ${THRESHOLD_HOURS} hours, the amount about a working day.`;
  return { thresholdUsd: threshold, amountUsd: amount, basis };
}

function roundUpTo(value: number, step: number): number {
  return Math.ceil(value / step - 1e-9) * step;
}

function clamp(value: number, min: number): number {
  return Math.min(MAX_USD, Math.max(min, value));
}
