import type { CreditEstimate } from './creditEstimate';
import { estimateTooltipLines } from './estimateTooltip';
import { ENGLISH, type L10n } from './l10n';
import { formatMoney } from './money';

/** What the status bar item shows (the same shape as the editor's `StatusBarView`). */
export interface StatusBarViewModel {
  readonly text: string;
  readonly tooltipLines: readonly string[];
  readonly background: 'none' | 'warning' | 'error';
  readonly accessibilityLabel: string;
}

/** How the view should read the estimate: an unresolved extra-usage rejection, the low-balance mark, the language. */
export interface StatusBarViewOptions {
  readonly rejected: boolean;
  readonly lowThresholdMicros: number;
  readonly l10n?: L10n;
}

/**
 * The status bar view-model of a credit estimate: short text with one codicon, a warning background only when
 * the estimate says the credit is low or used up, or while a rejection for an empty balance is unresolved.
 */
export function statusBarView(estimate: CreditEstimate, options: StatusBarViewOptions): StatusBarViewModel {
  const l10n = options.l10n ?? ENGLISH;
  const tooltipLines = estimateTooltipLines(estimate, options.rejected, l10n);
  if (options.rejected) {
    return view(`$(warning) ${l10n.t('Extra usage empty')}`, tooltipLines, 'warning', l10n.t('Extra usage credit: a request was rejected because the balance is empty.'));
  }
  const remaining = estimate.remainingMicros;
  if (estimate.state === 'no-balance' || remaining === null) {
    return view(`$(credit-card) ${l10n.t('Set balance')}`, tooltipLines, 'none', l10n.t('Extra usage credit: no balance confirmed yet. Activate to set it.'));
  }
  const money = formatMoney(remaining, { currency: estimate.checkpoint?.currency ?? '$', approximate: true });
  if (estimate.state === 'exhausted') {
    return estimate.limitingFactor === 'monthly-limit'
      ? view(`$(warning) ${l10n.t('Monthly limit reached')}`, tooltipLines, 'warning', l10n.t('Extra usage credit: estimated monthly spend limit reached.'))
      : view(`$(warning) ${l10n.t('{0} left', money)}`, tooltipLines, 'warning', l10n.t('Extra usage credit: estimated used up.'));
  }
  const time = timeText(estimate, l10n);
  const isLow = estimate.runsOut && remaining < options.lowThresholdMicros;
  const spoken = spokenText(estimate, formatMoney(remaining, { currency: estimate.checkpoint?.currency ?? '$' }), l10n);
  return view(`$(${isLow ? 'warning' : 'credit-card'}) ${money}${time ? ` · ${time}` : ''}`, tooltipLines, isLow ? 'warning' : 'none', spoken);
}

/** A duration of active use as the status bar rounds it: under a minute, whole minutes, or whole hours. */
type Rounded = { readonly unit: 'under-a-minute' } | { readonly unit: 'minutes' | 'hours'; readonly n: number };

function rounded(hours: number): Rounded {
  const minutes = Math.round(hours * 60);
  if (minutes < 1) return { unit: 'under-a-minute' };
  if (minutes < 60) return { unit: 'minutes', n: minutes };
  return { unit: 'hours', n: Math.round(hours) };
}

/** `45m`, `4h`, `52h`: hours of active use, rounded. */
export function formatHours(hours: number, l10n: L10n = ENGLISH): string {
  const d = rounded(hours);
  if (d.unit === 'under-a-minute') return l10n.t('<1m');
  return d.unit === 'minutes' ? l10n.t('{0}m', d.n) : l10n.t('{0}h', d.n);
}

function timeText(e: CreditEstimate, l10n: L10n): string | undefined {
  if (e.hoursLeft !== null) return `~${formatHours(e.hoursLeft, l10n)}`;
  if (e.hoursLeftRange) return `${rangeText(e.hoursLeftRange, l10n)}?`;
  if (!e.runsOut) return l10n.t('auto-reload');
  return undefined;
}

function rangeText(r: { low: number; high: number }, l10n: L10n): string {
  const [low, high] = [rounded(r.low), rounded(r.high)];
  if (low.unit === 'hours' && high.unit === 'hours') return l10n.t('{0}–{1}h', low.n, high.n);
  return `${formatHours(r.low, l10n)}–${formatHours(r.high, l10n)}`;
}

/** The screen reader's sentence: whole messages, one per way the time left is known. */
function spokenText(e: CreditEstimate, money: string, l10n: L10n): string {
  if (e.hoursLeft !== null) return l10n.t('Extra usage credit: about {0} left, about {1} of active use. Estimate.', money, spokenHours(e.hoursLeft, l10n));
  if (e.hoursLeftRange) {
    const [low, high] = [spokenHours(e.hoursLeftRange.low, l10n), spokenHours(e.hoursLeftRange.high, l10n)];
    return l10n.t('Extra usage credit: about {0} left, perhaps {1} to {2} of use, from your usage profile. Estimate.', money, low, high);
  }
  if (!e.runsOut) return l10n.t('Extra usage credit: about {0} left, auto-reload is on. Estimate.', money);
  return l10n.t('Extra usage credit: about {0} left. Estimate.', money);
}

function spokenHours(hours: number, l10n: L10n): string {
  const d = rounded(hours);
  if (d.unit === 'under-a-minute') return l10n.t('less than a minute');
  if (d.unit === 'minutes') return d.n === 1 ? l10n.t('1 minute') : l10n.t('{0} minutes', d.n);
  return d.n === 1 ? l10n.t('1 hour') : l10n.t('{0} hours', d.n);
}

function view(text: string, tooltipLines: readonly string[], background: StatusBarViewModel['background'], accessibilityLabel: string): StatusBarViewModel {
  return { text, tooltipLines, background, accessibilityLabel };
}
