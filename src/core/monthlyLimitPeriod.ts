/** The monthly-limit period that contains `nowMs`: [startMs, nextResetMs). */
export interface MonthlyPeriod {
  readonly startMs: number;
  readonly nextResetMs: number;
}

/**
 * Finds the current period of a monthly spend limit from any one reset time (past or future): resets repeat on
 * the same day of the month and time of day (UTC), on the last day in months that are shorter.
 */
export function monthlyLimitPeriod(resetsAt: string, nowMs: number): MonthlyPeriod | undefined {
  const anchor = Date.parse(resetsAt);
  if (!Number.isFinite(anchor) || !Number.isFinite(nowMs)) return undefined;
  const a = new Date(anchor);
  const months = a.getUTCFullYear() * 12 + a.getUTCMonth();
  const n = new Date(nowMs);
  // Start from the month of `now`, then step once or twice to land on the period that holds it.
  let k = n.getUTCFullYear() * 12 + n.getUTCMonth() - months;
  while (shift(a, k) > nowMs) k--;
  while (shift(a, k + 1) <= nowMs) k++;
  return { startMs: shift(a, k), nextResetMs: shift(a, k + 1) };
}

/** The anchor moved by `k` calendar months, the day clamped to the length of the target month. */
function shift(a: Date, k: number): number {
  const total = a.getUTCFullYear() * 12 + a.getUTCMonth() + k;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(a.getUTCDate(), lastDay);
  return Date.UTC(year, month, day, a.getUTCHours(), a.getUTCMinutes(), a.getUTCSeconds(), a.getUTCMilliseconds());
}
