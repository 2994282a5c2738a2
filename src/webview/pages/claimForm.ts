import * as l10n from '@vscode/l10n';
import type { PanelState } from '../../core/webviewProtocol';
import { h, setShown } from '../dom';
import type { Send } from '../page';
import { button, field, p } from '../widgets';

/** The "I've claimed it" form: the balance after claiming, prefilled with the credit a message named. */
export function createClaimForm(send: Send): { root: HTMLElement; open(): void; update(state: PanelState): void } {
  const amount = h('input', { attrs: { type: 'text', inputmode: 'decimal', autocomplete: 'off', placeholder: l10n.t('e.g. 20 or $12.50') } });
  let offer: number | null = null;
  let pending = false;
  const form = h(
    'form',
    { className: 'card inline-form', attrs: { 'aria-label': l10n.t('Balance after claiming') }, on: { submit: (e) => submit(e) } },
    field('claimed-amount', l10n.t('Your extra usage balance now'), amount, l10n.t('As shown in your usage settings. Spend from now on is counted against it.')),
    h('div', { className: 'actions' }, h('button', { className: 'button', attrs: { type: 'submit', id: 'claimed-save' } }, l10n.t('Save balance')), button(l10n.t('Cancel'), () => setShown(form, false), { secondary: true })),
  );
  const done = h('div', { className: 'card success', attrs: { id: 'claim-done' } });
  const submit = (event: Event): void => {
    event.preventDefault();
    pending = true;
    send({ type: 'confirmClaimed', amount: amount.value.slice(0, 40) });
  };
  setShown(form, false);
  setShown(done, false);
  return {
    root: h('div', {}, form, done),
    open() {
      if (amount.value === '' && offer !== null) amount.value = String(offer);
      setShown(done, false);
      setShown(form, true);
      amount.focus();
    },
    update(state) {
      offer = state.creditOfferUsd;
      if (!pending) return;
      pending = false;
      setShown(form, false);
      done.textContent = '';
      done.append(
        h('p', { className: 'strong' }, l10n.t('Balance recorded: {0}.', state.balanceText)),
        p(l10n.t('Now retry the request in your tool. Still refused? Check that the tool is signed in to the account you just topped up, or see Other ways out.')),
      );
      setShown(done, true);
    },
  };
}
