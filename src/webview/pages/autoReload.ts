import * as l10n from '@vscode/l10n';
import type { PanelState } from '../../core/webviewProtocol';
import { h } from '../dom';
import type { Page, Send } from '../page';
import { linkButton, p, pageHeader, section } from '../widgets';
import { createReloadForm } from './reloadForm';

/** "Auto-reload": what it is, a suggestion from the burn rate, and a form to record what the user set. */
export function createAutoReloadPage(send: Send): Page {
  const suggestion = h('p', { className: 'strong', attrs: { id: 'auto-reload-suggestion' } });
  const basis = h('p', { className: 'hint' });
  const saved = h('p', { attrs: { id: 'auto-reload-saved' } });
  const form = createReloadForm(send);
  const root = h(
    'div',
    {},
    pageHeader(
      l10n.t('Auto-reload'),
      l10n.t('Auto-reload tops up your extra usage balance by a set amount whenever it falls below a threshold, so a long session is not cut off halfway.'),
    ),
    section(l10n.t('Suggested for you'), suggestion, basis),
    section(
      l10n.t('Turn it on'),
      h('p', {}, l10n.t('Auto-reload is switched on in your Claude usage settings; Extra Usage Guard cannot do it for you.'), ' ', linkButton(l10n.t('Open usage settings'), 'usage-settings', send)),
      p(l10n.t('Each reload is charged to your payment method. A monthly spend limit, if you set one, still caps the total.')),
    ),
    section(l10n.t('Record what you set'), p(l10n.t('Enter the same numbers here so the credit estimate expects the top-ups instead of warning you too early.')), form.root, saved),
  );
  return {
    id: 'auto-reload',
    title: l10n.t('Auto-reload'),
    root,
    update(state: PanelState) {
      const { thresholdUsd, amountUsd } = state.autoReload;
      suggestion.textContent = l10n.t('Add ${0} whenever the balance falls below ${1}.', amountUsd, thresholdUsd);
      basis.textContent = state.autoReload.basis;
      const current = state.savedAutoReload;
      saved.textContent = current ? l10n.t('Recorded: add {0} when below {1}.', usd(current.amountUsd), usd(current.thresholdUsd)) : l10n.t('Nothing recorded yet.');
      form.update(state);
    },
  };
}

function usd(value: number): string {
  return `$${Number.isInteger(value) ? value : value.toFixed(2)}`;
}
