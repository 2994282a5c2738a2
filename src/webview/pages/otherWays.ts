import { h } from '../dom';
import type { Page, Send } from '../page';
import { linkButton, p, pageHeader, section } from '../widgets';

/** "Other ways out": Claude directly, another provider, and why waiting does not help. */
export function createOtherWaysPage(send: Send): Page {
  const root = h(
    'div',
    {},
    pageHeader('Other ways out', 'Not ready to add credit? These keep you working.'),
    section(
      'Use Claude directly',
      p('claude.ai and the Claude apps draw on your plan limits, not on extra usage. Paste the code and your question there and bring the answer back: slower, but already paid for by your subscription.'),
      h('p', {}, linkButton('Open claude.ai', 'claude-ai', send)),
    ),
    section(
      'Switch the tool or the model provider',
      p('Most AI coding extensions can use another provider or model. Switch for now, and come back when you have decided about credit or an API key.'),
    ),
    section(
      'Why waiting for your plan to reset does not help',
      p('Plan limits reset on a schedule, but third-party apps no longer draw on them. An empty extra usage balance stays empty until money is added: no reset brings it back.'),
      p('One exception: a monthly spend limit you set yourself. Once it is reached, requests are refused until the month rolls over or you raise the limit.'),
    ),
    section(
      'Could it be an outage?',
      h('p', {}, 'Overloaded or server errors are not about billing. ', linkButton('Anthropic status page', 'status-page', send)),
    ),
  );
  return { id: 'other-ways', title: 'Other ways out', root, update: () => undefined };
}
