import type { PanelState } from '../../core/webviewProtocol';
import { h, replaceChildren } from '../dom';
import type { Page } from '../page';
import { list, p, pageHeader, section } from '../widgets';

type RejectionView = NonNullable<PanelState['rejection']>;

const POOLS = [
  {
    name: 'Plan limits',
    where: 'claude.ai',
    uses: 'Claude on the web, desktop and mobile apps, and Claude Code signed in with your subscription.',
    wait: 'Waiting helps: the limits reset on a schedule.',
    tone: 'helps',
  },
  {
    name: 'Extra usage',
    where: 'third-party apps',
    uses: 'Other apps and extensions that use Claude through your subscription login. A prepaid balance, with an optional monthly spend limit.',
    wait: 'Waiting does not help: an empty balance stays empty until money is added.',
    tone: 'warn',
  },
  {
    name: 'API billing',
    where: 'API key',
    uses: 'Anything that sends an Anthropic Console API key. Paid per token by the Console account; extra usage does not touch it.',
    wait: 'Separate from both: only its own credit and rate limits apply.',
    tone: 'neutral',
  },
] as const;

/** "What happened": the latest rejection, the three pools, and the three conditions of a refusal. */
export function createWhatHappenedPage(): Page {
  const latest = h('div', { className: 'card', attrs: { id: 'latest-rejection' } });
  const root = h(
    'div',
    {},
    pageHeader('What happened', 'Why an AI tool was refused, and which balance it was drawing from.'),
    section('Latest rejection', latest),
    section('Three separate pools', h('div', { className: 'pools' }, ...POOLS.map(poolCard))),
    section(
      'When a third-party request fails',
      p('A request is refused when all three of these are true:'),
      list('ol', [
        'You use Claude through a third-party app, signed in with your Claude subscription rather than an API key.',
        'Your extra usage balance is empty, or your monthly spend limit for it is reached.',
        'The app makes a request.',
      ]),
      p('Change any one of them and the app works again: add credit, give the app an API key, or use Claude directly.'),
    ),
  );
  return {
    id: 'what-happened',
    title: 'What happened',
    root,
    update: (state) => replaceChildren(latest, ...(state.rejection ? rejectionView(state.rejection) : noRejection())),
  };
}

function poolCard(pool: (typeof POOLS)[number]): HTMLElement {
  return h(
    'article',
    { className: 'card pool' },
    h('h3', {}, pool.name, h('span', { className: 'badge' }, pool.where)),
    p(pool.uses),
    h('p', { className: `wait ${pool.tone}` }, pool.wait),
  );
}

function noRejection(): (Node | string)[] {
  return [h('p', { className: 'empty' }, 'No rejection seen yet.'), p('When a tool is refused, the details show up here with what they mean and what to do.')];
}

function rejectionView(r: RejectionView): (Node | string)[] {
  const meta = [`Seen in ${r.tool}`, `at ${formatTime(r.at)}`, r.requestId ? `request ${r.requestId}` : null].filter(Boolean).join(' · ');
  const waiting = r.waitingHelps ? `Waiting helps${r.waitUntil ? `: resets ${formatTime(r.waitUntil)}` : ''}.` : 'Waiting will not fix this.';
  return [
    h('h3', {}, r.title, h('span', { className: 'badge' }, r.kind)),
    h('p', { className: 'meta' }, meta),
    p(r.summary),
    h('p', { className: r.waitingHelps ? 'wait helps' : 'wait' }, `${r.poolLabel}. ${waiting}`),
    r.steps.length ? h('div', {}, h('h4', {}, 'What to do'), list('ol', r.steps)) : '',
    r.pitfalls.length ? h('div', {}, h('h4', {}, 'Easy to get wrong'), list('ul', r.pitfalls)) : '',
    h('details', {}, h('summary', {}, 'The message as the tool showed it'), h('pre', {}, r.message)),
  ];
}

/** Local date and time of an ISO string, or the string itself when it is not a date. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
