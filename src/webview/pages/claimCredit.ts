import * as l10n from '@vscode/l10n';
import type { PanelState } from '../../core/webviewProtocol';
import { h, setShown } from '../dom';
import type { Page, Send } from '../page';
import { button, linkButton, list, p, pageHeader, section } from '../widgets';
import { createClaimForm } from './claimForm';

/** "Claim the starter credit": the personal steps, or what to ask a workspace admin. */
export function createClaimCreditPage(send: Send): Page {
  const offer = h('p', { className: 'offer' });
  const form = createClaimForm(send);
  const personal = personalSteps(send, form.open);
  const admin = adminSteps(send, form.open);
  let showAdmin = false;
  const toggle = button('', () => render(!showAdmin), { secondary: true, id: 'claim-variant-toggle' });
  const render = (adminView: boolean): void => {
    showAdmin = adminView;
    setShown(personal, !adminView);
    setShown(admin, adminView);
    toggle.textContent = adminView ? l10n.t('Show the steps for a personal account') : l10n.t('Show the steps for a Team or Enterprise member');
  };
  const root = h(
    'div',
    {},
    pageHeader(
      l10n.t('Claim the starter credit'),
      l10n.t('When third-party apps moved to extra usage, Anthropic added a starter credit to many accounts. It is a one-time credit: once it is spent, nothing refills it unless you add money or turn on auto-reload.'),
    ),
    offer,
    personal,
    admin,
    form.root,
    h('p', { className: 'actions' }, toggle),
  );
  let lastOrgAdmin: boolean | undefined;
  return {
    id: 'claim-credit',
    title: l10n.t('Claim credit'),
    root,
    update(state: PanelState) {
      offer.textContent = offerText(state);
      setShown(offer, offer.textContent !== '');
      if (state.orgAdmin !== lastOrgAdmin) render(state.orgAdmin);
      lastOrgAdmin = state.orgAdmin;
      form.update(state);
    },
  };
}

function offerText(state: PanelState): string {
  if (state.creditOfferUsd === null) return '';
  return l10n.t('The message you got names a credit of ${0}.', state.creditOfferUsd);
}

function personalSteps(send: Send, openForm: () => void): HTMLElement {
  return section(
    l10n.t('Personal account'),
    list('ol', [
      h('span', {}, l10n.t('Open your Claude usage settings.'), ' ', linkButton(l10n.t('Open usage settings'), 'usage-settings', send)),
      l10n.t('Check that you are signed in to the same Claude account your tool is linked to. With a personal and a work account, the credit must land on the one the tool uses.'),
      l10n.t('Claim the credit from the notice on that page. No notice? It may already have been added: look at the extra usage balance there.'),
      h('span', {}, l10n.t('Tell Extra Usage Guard your balance, so it can estimate how long it lasts.'), ' ', button(l10n.t("I've claimed it"), openForm, { id: 'claimed-personal' })),
      l10n.t('Go back to your tool and retry the request.'),
    ], 'steps'),
  );
}

function adminSteps(send: Send, openForm: () => void): HTMLElement {
  return section(
    l10n.t('Team or Enterprise member'),
    p(l10n.t('The credit went to your organization, and only a workspace admin can claim it. Your admin is the person who manages your Claude Team or Enterprise organization, usually whoever set up the subscription or looks after your company’s software accounts.')),
    p(l10n.t('What to ask them:')),
    list('ul', [
      l10n.t("Claim the organization's starter credit in the admin settings."),
      l10n.t('Turn on extra usage for members (with a spend limit that suits the team), so third-party apps can draw on it.'),
    ]),
    h('p', {}, l10n.t('Are you the admin?'), ' ', linkButton(l10n.t('Open admin settings'), 'admin-settings', send)),
    h('p', {}, l10n.t('Once the credit is claimed and extra usage is on:'), ' ', button(l10n.t("I've claimed it"), openForm, { id: 'claimed-admin' })),
  );
}
