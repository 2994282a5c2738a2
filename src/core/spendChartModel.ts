import { ENGLISH, type L10n } from './l10n';
import { formatMoney, usdToMicros } from './money';
import { translatedToolLabel } from './toolLabels';

/** The chart data of the panel state: spend per day by source, in dollars. */
export interface SpendChartInput {
  readonly days: readonly { readonly date: string; readonly bySource: Readonly<Record<string, number>> }[];
  readonly remainingUsd: number | null;
  readonly burnPerHourUsd: number | null;
}

/** One coloured piece of a day's bar, in SVG user units. */
export interface ChartSegment {
  readonly source: string;
  readonly series: number;
  readonly y: number;
  readonly height: number;
  readonly usd: number;
}

/** A day's bar. */
export interface ChartBar {
  readonly date: string;
  readonly label: string;
  readonly x: number;
  readonly width: number;
  readonly totalUsd: number;
  readonly segments: readonly ChartSegment[];
}

/** Everything needed to draw the spend chart and to say it in words. */
export interface SpendChartModel {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly sources: readonly { readonly id: string; readonly label: string; readonly series: number; readonly totalUsd: number }[];
  readonly ticks: readonly { readonly y: number; readonly label: string }[];
  readonly bars: readonly ChartBar[];
  readonly totalUsd: number;
  readonly description: string;
}

const PLOT = { left: 52, top: 12, right: 8, bottom: 28 };

/** Lays out a stacked bar chart of daily spend (sources ordered by total, largest first). */
export function spendChartModel(input: SpendChartInput, width = 640, height = 220, l10n: L10n = ENGLISH): SpendChartModel {
  const sources = rankSources(input.days, l10n);
  const totals = input.days.map((d) => sum(Object.values(d.bySource)));
  const top = niceMax(Math.max(0, ...totals));
  const plot = { left: PLOT.left, top: PLOT.top, right: width - PLOT.right, bottom: height - PLOT.bottom };
  const scale = (usd: number): number => ((plot.bottom - plot.top) * usd) / top;
  const slot = (plot.right - plot.left) / Math.max(1, input.days.length);
  const bars = input.days.map((day, i): ChartBar => {
    let y = plot.bottom;
    const segments = sources
      .filter((s) => (day.bySource[s.id] ?? 0) > 0)
      .map((s) => {
        const usd = day.bySource[s.id] ?? 0;
        const h = scale(usd);
        y -= h;
        return { source: s.id, series: s.series, y, height: h, usd };
      });
    return { date: day.date, label: dayLabel(day.date, i, l10n), x: plot.left + i * slot + slot * 0.15, width: slot * 0.7, totalUsd: totals[i] ?? 0, segments };
  });
  const ticks = [0, 0.5, 1].map((f) => ({ y: plot.bottom - (plot.bottom - plot.top) * f, label: money(top * f) }));
  const totalUsd = sum(totals);
  return { width, height, plot, sources, ticks, bars, totalUsd, description: describe(bars, sources, totalUsd, l10n) };
}

function rankSources(days: SpendChartInput['days'], l10n: L10n): SpendChartModel['sources'] {
  const totals = new Map<string, number>();
  for (const day of days) for (const [id, usd] of Object.entries(day.bySource)) totals.set(id, (totals.get(id) ?? 0) + usd);
  return [...totals.entries()]
    .filter(([, usd]) => usd > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, totalUsd], series) => ({ id, label: translatedToolLabel(id, l10n), series, totalUsd }));
}

function describe(bars: readonly ChartBar[], sources: SpendChartModel['sources'], totalUsd: number, l10n: L10n): string {
  if (bars.length === 0 || totalUsd === 0) return l10n.t('No spend recorded in the last {0} days.', bars.length || 14);
  const peak = bars.reduce((a, b) => (b.totalUsd > a.totalUsd ? b : a));
  const bySource = sources.map((s) => `${s.label} ${money(s.totalUsd)}`).join(', ');
  return l10n.t('{0} spent over the last {1} days ({2}). Highest day: {3}, {4}.', money(totalUsd), bars.length, bySource, dayLabel(peak.date, 0, l10n), money(peak.totalUsd));
}

/** Hours of use left at the burn rate, or null when either figure is unknown. */
export function hoursLeft(input: Pick<SpendChartInput, 'remainingUsd' | 'burnPerHourUsd'>): number | null {
  if (input.remainingUsd === null || input.burnPerHourUsd === null || input.burnPerHourUsd <= 0) return null;
  return Math.max(0, input.remainingUsd) / input.burnPerHourUsd;
}

/** `$12.30` from dollars. */
export function money(usd: number): string {
  return formatMoney(usdToMicros(usd));
}

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= value) ?? 10;
  return step * magnitude;
}

/** `Mar 31` for the first bar and the first of a month, else just the day. */
function dayLabel(date: string, index: number, l10n: L10n): string {
  const match = /^\d{4}-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const day = Number(match[2]);
  return index === 0 || day === 1 ? monthDay(Number(match[1]), day, l10n) : String(day);
}

/** A short month and day as one message, so each language can order and abbreviate them its own way. */
function monthDay(month: number, day: number, l10n: L10n): string {
  switch (month) {
    case 1: return l10n.t('Jan {0}', day);
    case 2: return l10n.t('Feb {0}', day);
    case 3: return l10n.t('Mar {0}', day);
    case 4: return l10n.t('Apr {0}', day);
    case 5: return l10n.t('May {0}', day);
    case 6: return l10n.t('Jun {0}', day);
    case 7: return l10n.t('Jul {0}', day);
    case 8: return l10n.t('Aug {0}', day);
    case 9: return l10n.t('Sep {0}', day);
    case 10: return l10n.t('Oct {0}', day);
    case 11: return l10n.t('Nov {0}', day);
    case 12: return l10n.t('Dec {0}', day);
    default: return String(day);
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
