import * as l10n from '@vscode/l10n';
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
    pageHeader(l10n.t('Spend'), l10n.t('What your tools spent per day, and how long the balance lasts at your current pace.')),
    balance,
    section(l10n.t('Last 14 days'), chart, summary),
    section(l10n.t('Projection'), projectionText, projection),
  );
  return {
    id: 'spend',
    title: l10n.t('Spend'),
    root,
    update(state: PanelState) {
      balance.textContent = l10n.t('Balance: {0}', state.balanceText);
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
    return l10n.t('No projection yet: it needs a confirmed balance and some recent usage.');
  }
  const [rate, left] = [money(chart.burnPerHourUsd), money(chart.remainingUsd)];
  if (hours < 1) return l10n.t('At about {0} an hour, the {1} left lasts less than an hour of use.', rate, left);
  if (hours < 1.5) return l10n.t('At about {0} an hour, the {1} left lasts about 1 hour of use.', rate, left);
  if (hours < 48) return l10n.t('At about {0} an hour, the {1} left lasts about {2} hours of use.', rate, left, Math.round(hours));
  return l10n.t('At about {0} an hour, the {1} left lasts about {2} days of use.', rate, left, Math.round(hours / 24));
}
