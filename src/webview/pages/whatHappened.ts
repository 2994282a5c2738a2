import * as l10n from '@vscode/l10n';
import type { PanelState } from '../../core/webviewProtocol';
import { h, replaceChildren } from '../dom';
import type { Page } from '../page';
import { list, p, pageHeader, section } from '../widgets';

type RejectionView = NonNullable<PanelState['rejection']>;

interface Pool {
  readonly name: string;
  readonly where: string;
  readonly uses: string;
  readonly wait: string;
  readonly tone: 'helps' | 'warn' | 'neutral';
}

/** The three balances; looked up when the page is built, after the translations are loaded. */
function pools(): readonly Pool[] {
  return [
    {
      name: l10n.t('Plan limits'),
      where: 'claude.ai',
      uses: l10n.t('Claude on the web, desktop and mobile apps, and Claude Code signed in with your subscription.'),
      wait: l10n.t('Waiting helps: the limits reset on a schedule.'),
      tone: 'helps',
    },
    {
      name: l10n.t('Extra usage'),
      where: l10n.t('third-party apps'),
      uses: l10n.t('Other apps and extensions that use Claude through your subscription login. A prepaid balance, with an optional monthly spend limit.'),
      wait: l10n.t('Waiting does not help: an empty balance stays empty until money is added.'),
      tone: 'warn',
    },
    {
      name: l10n.t('API billing'),
      where: l10n.t('API key'),
      uses: l10n.t('Anything that sends an Anthropic Console API key. Paid per token by the Console account; extra usage does not touch it.'),
      wait: l10n.t('Separate from both: only its own credit and rate limits apply.'),
      tone: 'neutral',
    },
  ];
}

/** "What happened": the latest rejection, the three pools, and the three conditions of a refusal. */
export function createWhatHappenedPage(): Page {
  const latest = h('div', { className: 'card', attrs: { id: 'latest-rejection' } });
  const root = h(
    'div',
    {},
    pageHeader(l10n.t('What happened'), l10n.t('Why an AI tool was refused, and which balance it was drawing from.')),
    section(l10n.t('Latest rejection'), latest),
    section(l10n.t('Three separate pools'), h('div', { className: 'pools' }, ...pools().map(poolCard))),
    section(
      l10n.t('When a third-party request fails'),
      p(l10n.t('A request is refused when all three of these are true:')),
      list('ol', [
        l10n.t('You use Claude through a third-party app, signed in with your Claude subscription rather than an API key.'),
        l10n.t('Your extra usage balance is empty, or your monthly spend limit for it is reached.'),
        l10n.t('The app makes a request.'),
      ]),
      p(l10n.t('Change any one of them and the app works again: add credit, give the app an API key, or use Claude directly.')),
    ),
  );
  return {
    id: 'what-happened',
    title: l10n.t('What happened'),
    root,
    update: (state) => replaceChildren(latest, ...(state.rejection ? rejectionView(state.rejection) : noRejection())),
  };
}

function poolCard(pool: Pool): HTMLElement {
  return h(
    'article',
    { className: 'card pool' },
    h('h3', {}, pool.name, h('span', { className: 'badge' }, pool.where)),
    p(pool.uses),
    h('p', { className: `wait ${pool.tone}` }, pool.wait),
  );
}

function noRejection(): (Node | string)[] {
  return [h('p', { className: 'empty' }, l10n.t('No rejection seen yet.')), p(l10n.t('When a tool is refused, the details show up here with what they mean and what to do.'))];
}

function rejectionView(r: RejectionView): (Node | string)[] {
  const meta = [l10n.t('Seen in {0}', r.tool), l10n.t('at {0}', formatTime(r.at)), r.requestId ? l10n.t('request {0}', r.requestId) : null].filter(Boolean).join(' · ');
  const waiting = !r.waitingHelps
    ? l10n.t('Waiting will not fix this.')
    : r.waitUntil ? l10n.t('Waiting helps: resets {0}.', formatTime(r.waitUntil)) : l10n.t('Waiting helps.');
  return [
    h('h3', {}, r.title, h('span', { className: 'badge' }, r.kind)),
    h('p', { className: 'meta' }, meta),
    p(r.summary),
    h('p', { className: r.waitingHelps ? 'wait helps' : 'wait' }, `${r.poolLabel}. ${waiting}`),
    r.steps.length ? h('div', {}, h('h4', {}, l10n.t('What to do')), list('ol', r.steps)) : '',
    r.pitfalls.length ? h('div', {}, h('h4', {}, l10n.t('Easy to get wrong')), list('ul', r.pitfalls)) : '',
    h('details', {}, h('summary', {}, l10n.t('The message as the tool showed it')), h('pre', {}, r.message)),
  ];
}

/** Local date and time of an ISO string, or the string itself when it is not a date. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
