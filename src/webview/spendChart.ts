import * as l10n from '@vscode/l10n';
import { money, spendChartModel, type ChartBar } from '../core/spendChartModel';
import type { PanelState } from '../core/webviewProtocol';
import { h, replaceChildren, svg } from './dom';

const SERIES_COUNT = 6;
const [WIDTH, HEIGHT] = [640, 220];

/** Draws the stacked daily-spend chart into `figure`; returns the words that describe it. */
export function drawSpendChart(figure: HTMLElement, chart: PanelState['chart'], describedBy: string): string {
  const model = spendChartModel(chart, WIDTH, HEIGHT, l10n);
  const { plot } = model;
  const root = svg('svg', { viewBox: `0 0 ${model.width} ${model.height}`, role: 'img', 'aria-labelledby': describedBy, class: 'spend-svg' });
  for (const tick of model.ticks) {
    root.append(
      svg('line', { x1: plot.left, x2: plot.right, y1: tick.y, y2: tick.y, class: 'grid' }),
      svg('text', { x: plot.left - 6, y: tick.y + 4, 'text-anchor': 'end', class: 'axis' }, tick.label),
    );
  }
  for (const bar of model.bars) root.append(drawBar(bar, plot.bottom));
  if (model.totalUsd === 0) {
    root.append(svg('text', { x: (plot.left + plot.right) / 2, y: (plot.top + plot.bottom) / 2, 'text-anchor': 'middle', class: 'axis empty' }, l10n.t('No spend recorded yet')));
  }
  const legend = h('ul', { className: 'legend', attrs: { 'aria-hidden': 'true' } }, ...model.sources.map((s) =>
    h('li', {}, svg('svg', { viewBox: '0 0 10 10', class: 'swatch' }, svg('rect', { width: 10, height: 10, class: `series-${s.series % SERIES_COUNT}` })), `${s.label} ${money(s.totalUsd)}`),
  ));
  replaceChildren(figure, root, legend);
  return model.description;
}

function drawBar(bar: ChartBar, baseline: number): SVGGElement {
  const group = svg('g', {}, svg('text', { x: bar.x + bar.width / 2, y: baseline + 16, 'text-anchor': 'middle', class: 'axis' }, bar.label));
  for (const segment of bar.segments) {
    const rect = svg('rect', { x: bar.x, y: segment.y, width: bar.width, height: Math.max(segment.height, 0.5), class: `bar series-${segment.series % SERIES_COUNT}` });
    rect.append(svg('title', {}, `${bar.date}: ${segment.source} ${money(segment.usd)}`));
    group.append(rect);
  }
  return group;
}

/** Draws the straight-line projection from the balance now to zero after `hours` of use. */
export function drawBurnDown(figure: HTMLElement, remainingUsd: number, hours: number, describedBy: string): void {
  const [w, hgt, left, right, top, bottom] = [WIDTH, 120, 52, 630, 12, 92];
  const root = svg('svg', { viewBox: `0 0 ${w} ${hgt}`, role: 'img', 'aria-labelledby': describedBy, class: 'spend-svg' });
  root.append(
    svg('line', { x1: left, x2: right, y1: bottom, y2: bottom, class: 'grid' }),
    svg('polygon', { points: `${left},${top} ${right},${bottom} ${left},${bottom}`, class: 'burn-area' }),
    svg('line', { x1: left, y1: top, x2: right, y2: bottom, class: 'burn-line' }),
    svg('text', { x: left - 6, y: top + 4, 'text-anchor': 'end', class: 'axis' }, money(remainingUsd)),
    svg('text', { x: left - 6, y: bottom + 4, 'text-anchor': 'end', class: 'axis' }, '$0'),
    svg('text', { x: left, y: bottom + 18, class: 'axis' }, l10n.t('now')),
    svg('text', { x: right, y: bottom + 18, 'text-anchor': 'end', class: 'axis' }, l10n.t('after ~{0} h of use', hours < 10 ? hours.toFixed(1) : Math.round(hours))),
  );
  replaceChildren(figure, root);
}
