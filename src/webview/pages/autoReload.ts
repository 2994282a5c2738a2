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
      'Auto-reload',
      'Auto-reload tops up your extra usage balance by a set amount whenever it falls below a threshold, so a long session is not cut off halfway.',
    ),
    section('Suggested for you', suggestion, basis),
    section(
      'Turn it on',
      h('p', {}, 'Auto-reload is switched on in your Claude usage settings; Extra Usage Guard cannot do it for you. ', linkButton('Open usage settings', 'usage-settings', send)),
      p('Each reload is charged to your payment method. A monthly spend limit, if you set one, still caps the total.'),
    ),
    section('Record what you set', p('Enter the same numbers here so the credit estimate expects the top-ups instead of warning you too early.'), form.root, saved),
  );
  return {
    id: 'auto-reload',
    title: 'Auto-reload',
    root,
    update(state: PanelState) {
      const { thresholdUsd, amountUsd } = state.autoReload;
      suggestion.textContent = `Add $${amountUsd} whenever the balance falls below $${thresholdUsd}.`;
      basis.textContent = state.autoReload.basis;
      const current = state.savedAutoReload;
      saved.textContent = current ? `Recorded: add ${usd(current.amountUsd)} when below ${usd(current.thresholdUsd)}.` : 'Nothing recorded yet.';
      form.update(state);
    },
  };
}

function usd(value: number): string {
  return `$${Number.isInteger(value) ? value : value.toFixed(2)}`;
}
