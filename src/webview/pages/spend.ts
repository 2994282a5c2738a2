import { hoursLeft, money } from '../../core/spendChartModel';
import type { PanelState } from '../../core/webviewProtocol';
import { h, replaceChildren } from '../dom';
import type { Page } from '../page';
import { pageHeader, section } from '../widgets';
import { drawBurnDown, drawSpendChart } from '../spendChart';

/** "Spend": the last 14 days by source, and the projection to zero. */
export function createSpendPage(): Page {
  const balance = h('p', { className: 'strong', attrs: { id: 'spend-balance' } });
  const chart = h('figure', { className: 'chart' });
  const summary = h('p', { className: 'summary', attrs: { id: 'spend-summary' } });
  const projection = h('figure', { className: 'chart burn-down' });
  const projectionText = h('p', { attrs: { id: 'burn-down-text' } });
  const root = h(
    'div',
    {},
    pageHeader('Spend', 'What your tools spent per day, and how long the balance lasts at your current pace.'),
    balance,
    section('Last 14 days', chart, summary),
    section('Projection', projectionText, projection),
  );
  return {
    id: 'spend',
    title: 'Spend',
    root,
    update(state: PanelState) {
      balance.textContent = `Balance: ${state.balanceText}`;
      const described = drawSpendChart(chart, state.chart, 'spend-summary');
      summary.textContent = [state.chart.summary, described].filter(Boolean).join(' ');
      projectionText.textContent = projectionWords(state.chart);
      replaceChildren(projection);
      const hours = hoursLeft(state.chart);
      if (hours !== null && state.chart.remainingUsd !== null) drawBurnDown(projection, state.chart.remainingUsd, hours, 'burn-down-text');
    },
  };
}

function projectionWords(chart: PanelState['chart']): string {
  const hours = hoursLeft(chart);
  if (hours === null || chart.remainingUsd === null || chart.burnPerHourUsd === null) {
    return 'No projection yet: it needs a confirmed balance and some recent usage.';
  }
  const span = hours < 1 ? 'less than an hour' : hours < 48 ? `about ${Math.round(hours)} hours` : `about ${Math.round(hours / 24)} days`;
  return `At about ${money(chart.burnPerHourUsd)} an hour, the ${money(chart.remainingUsd)} left lasts ${span} of use.`;
}
