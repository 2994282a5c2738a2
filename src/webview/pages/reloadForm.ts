import * as l10n from '@vscode/l10n';
import type { PanelState } from '../../core/webviewProtocol';
import { h } from '../dom';
import type { Send } from '../page';
import { field } from '../widgets';

/** Threshold and amount fields, filled once from what was recorded or else the suggestion. */
export function createReloadForm(send: Send): { root: HTMLElement; update(state: PanelState): void } {
  const threshold = h('input', { attrs: { type: 'text', inputmode: 'decimal', autocomplete: 'off' } });
  const amount = h('input', { attrs: { type: 'text', inputmode: 'decimal', autocomplete: 'off' } });
  const submit = (event: Event): void => {
    event.preventDefault();
    send({ type: 'saveAutoReload', threshold: threshold.value.slice(0, 40), amount: amount.value.slice(0, 40) });
  };
  const root = h(
    'form',
    { className: 'card inline-form', attrs: { 'aria-label': l10n.t('Record your auto-reload') }, on: { submit } },
    h('div', { className: 'row' }, field('reload-threshold', l10n.t('When the balance falls below'), threshold), field('reload-amount', l10n.t('Add'), amount)),
    h('div', { className: 'actions' }, h('button', { className: 'button', attrs: { type: 'submit', id: 'reload-save' } }, l10n.t('Record auto-reload'))),
  );
  let filled = false;
  return {
    root,
    update(state) {
      if (filled) return;
      filled = true;
      threshold.value = String(state.savedAutoReload?.thresholdUsd ?? state.autoReload.thresholdUsd);
      amount.value = String(state.savedAutoReload?.amountUsd ?? state.autoReload.amountUsd);
    },
  };
}
