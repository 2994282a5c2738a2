import type { CreditEstimate } from './creditEstimate';
import { estimateTooltipLines } from './estimateTooltip';
import { formatMoney } from './money';

/** What the status bar item shows (the same shape as the editor's `StatusBarView`). */
export interface StatusBarViewModel {
  readonly text: string;
  readonly tooltipLines: readonly string[];
  readonly background: 'none' | 'warning' | 'error';
  readonly accessibilityLabel: string;
}

/** How the view should read the estimate: an unresolved extra-usage rejection, and the low-balance mark. */
export interface StatusBarViewOptions {
  readonly rejected: boolean;
  readonly lowThresholdMicros: number;
}

/**
 * The status bar view-model of a credit estimate: short text with one codicon, a warning background only when
 * the estimate says the credit is low or used up, or while a rejection for an empty balance is unresolved.
 */
export function statusBarView(estimate: CreditEstimate, options: StatusBarViewOptions): StatusBarViewModel {
  const tooltipLines = estimateTooltipLines(estimate, options.rejected);
  if (options.rejected) {
    return view('$(warning) Extra usage empty', tooltipLines, 'warning', 'Extra usage credit: a request was rejected because the balance is empty.');
  }
  const remaining = estimate.remainingMicros;
  if (estimate.state === 'no-balance' || remaining === null) {
    return view('$(credit-card) Set balance', tooltipLines, 'none', 'Extra usage credit: no balance confirmed yet. Activate to set it.');
  }
  const money = formatMoney(remaining, { currency: estimate.checkpoint?.currency ?? '$', approximate: true });
  if (estimate.state === 'exhausted') {
    const byLimit = estimate.limitingFactor === 'monthly-limit';
    const spokenEnd = byLimit ? 'monthly spend limit reached' : 'used up';
    return view(`$(warning) ${byLimit ? 'Monthly limit reached' : `${money} left`}`, tooltipLines, 'warning', `Extra usage credit: estimated ${spokenEnd}.`);
  }
  const time = timeText(estimate);
  const isLow = estimate.runsOut && remaining < options.lowThresholdMicros;
  const plain = formatMoney(remaining, { currency: estimate.checkpoint?.currency ?? '$' });
  const spoken = `Extra usage credit: about ${plain} left${time ? `, ${spokenTime(estimate)}` : ''}. Estimate.`;
  return view(`$(${isLow ? 'warning' : 'credit-card'}) ${money}${time ? ` · ${time}` : ''}`, tooltipLines, isLow ? 'warning' : 'none', spoken);
}

/** `45m`, `4h`, `52h`: hours of active use, rounded. */
export function formatHours(hours: number): string {
  const minutes = Math.round(hours * 60);
  if (minutes < 1) return '<1m';
  if (minutes < 60) return `${minutes}m`;
  return `${Math.round(hours)}h`;
}

function timeText(e: CreditEstimate): string | undefined {
  if (e.hoursLeft !== null) return `~${formatHours(e.hoursLeft)}`;
  if (e.hoursLeftRange) return `${rangeText(e.hoursLeftRange)}?`;
  if (!e.runsOut) return 'auto-reload';
  return undefined;
}

function spokenTime(e: CreditEstimate): string {
  if (e.hoursLeft !== null) return `about ${spokenHours(e.hoursLeft)} of active use`;
  if (e.hoursLeftRange) return `perhaps ${spokenHours(e.hoursLeftRange.low)} to ${spokenHours(e.hoursLeftRange.high)} of use, from your usage profile`;
  return 'auto-reload is on';
}

function spokenHours(hours: number): string {
  const short = formatHours(hours);
  if (short === '<1m') return 'less than a minute';
  const n = Number.parseInt(short, 10);
  return `${n} ${short.endsWith('m') ? 'minute' : 'hour'}${n === 1 ? '' : 's'}`;
}

function rangeText(r: { low: number; high: number }): string {
  const low = formatHours(r.low);
  const high = formatHours(r.high);
  return low.endsWith('h') && high.endsWith('h') ? `${low.slice(0, -1)}–${high}` : `${low}–${high}`;
}

function view(text: string, tooltipLines: readonly string[], background: StatusBarViewModel['background'], accessibilityLabel: string): StatusBarViewModel {
  return { text, tooltipLines, background, accessibilityLabel };
}
