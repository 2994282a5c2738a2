/** Micro-dollars per dollar: money is an integer count of micro-dollars inside the core. */
export const MICROS_PER_USD = 1_000_000;

/** Dollars (possibly fractional) to integer micro-dollars. */
export function usdToMicros(usd: number): number {
  return Math.round(usd * MICROS_PER_USD);
}

/** Integer micro-dollars to dollars. */
export function microsToUsd(micros: number): number {
  return micros / MICROS_PER_USD;
}

/** `$13.42` style text; `~` prefix for estimates; cents below $100, whole dollars above $10,000. */
export function formatMoney(micros: number, options: { currency?: string; approximate?: boolean } = {}): string {
  const usd = microsToUsd(micros);
  const sign = usd < 0 ? '-' : '';
  const abs = Math.abs(usd);
  const digits = abs >= 10_000 ? 0 : 2;
  const text = abs < 1e15
    ? groupedDecimal(Math.abs(micros), digits)
    : abs.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${options.approximate ? '~' : ''}${sign}${options.currency ?? '$'}${text}`;
}

/**
 * What `toLocaleString('en-US')` gives with `digits` (0 or 2) fraction digits, computed on micro-dollars without
 * Intl: a process's first Intl call loads ICU data (30-260 ms measured in an extension host), and activation formats
 * money (the status bar).
 */
function groupedDecimal(absMicros: number, digits: 0 | 2): string {
  const units = Math.round(absMicros / (digits === 2 ? 10_000 : MICROS_PER_USD));
  const whole = digits === 2 ? Math.floor(units / 100) : units;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return digits === 2 ? `${grouped}.${String(units % 100).padStart(2, '0')}` : grouped;
}
