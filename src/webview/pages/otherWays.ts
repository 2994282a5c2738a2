import * as l10n from '@vscode/l10n';
import { h } from '../dom';
import type { Page, Send } from '../page';
import { linkButton, p, pageHeader, section } from '../widgets';

/** "Other ways out": Claude directly, another provider, and why waiting does not help. */
export function createOtherWaysPage(send: Send): Page {
  const root = h(
    'div',
    {},
    pageHeader(l10n.t('Other ways out'), l10n.t('Not ready to add credit? These keep you working.')),
    section(
      l10n.t('Use Claude directly'),
      p(l10n.t('claude.ai and the Claude apps draw on your plan limits, not on extra usage. Paste the code and your question there and bring the answer back: slower, but already paid for by your subscription.')),
      h('p', {}, linkButton(l10n.t('Open claude.ai'), 'claude-ai', send)),
    ),
    section(
      l10n.t('Switch the tool or the model provider'),
      p(l10n.t('Most AI coding extensions can use another provider or model. Switch for now, and come back when you have decided about credit or an API key.')),
    ),
    section(
      l10n.t('Why waiting for your plan to reset does not help'),
      p(l10n.t('Plan limits reset on a schedule, but third-party apps no longer draw on them. An empty extra usage balance stays empty until money is added: no reset brings it back.')),
      p(l10n.t('One exception: a monthly spend limit you set yourself. Once it is reached, requests are refused until the month rolls over or you raise the limit.')),
    ),
    section(
      l10n.t('Could it be an outage?'),
      h('p', {}, l10n.t('Overloaded or server errors are not about billing.'), ' ', linkButton(l10n.t('Anthropic status page'), 'status-page', send)),
    ),
  );
  return { id: 'other-ways', title: l10n.t('Other ways out'), root, update: () => undefined };
}
