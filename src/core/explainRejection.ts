import type { Explanation } from './explanation';
import { explanationPitfalls } from './explanationPitfalls';
import { ENGLISH, type L10n } from './l10n';
import { claimUrl, LINKS } from './links';
import type { Rejection, RejectionKind } from './rejection';

/** The pieces several explanations share, in the language of one call. */
interface Words {
  readonly l10n: L10n;
  readonly pitfalls: ReturnType<typeof explanationPitfalls>;
  readonly pools: Readonly<Record<Explanation['pool'], string>>;
  readonly links: Readonly<Record<'usage' | 'admin' | 'billing' | 'keys' | 'status', Explanation['links'][number]>>;
  readonly apiKeyStep: string;
}

type Builder = (r: Rejection, w: Words) => Explanation;

/** Explains a rejection: which balance was involved, whether waiting helps, and what to do about it. */
export function explainRejection(r: Rejection, l10n: L10n = ENGLISH): Explanation {
  return BUILDERS[r.kind](r, words(l10n));
}

function words(l10n: L10n): Words {
  return {
    l10n,
    pitfalls: explanationPitfalls(l10n),
    pools: {
      plan: l10n.t('Plan limits (your Claude subscription)'),
      'extra-usage': l10n.t('Extra usage (prepaid balance for third-party apps)'),
      'api-billing': l10n.t('API billing (API key, paid per token)'),
      none: l10n.t('No balance involved'),
    },
    links: {
      usage: { label: l10n.t('Usage settings on claude.ai'), url: LINKS.usageSettings },
      admin: { label: l10n.t('Organisation usage settings (admins)'), url: LINKS.adminUsageSettings },
      billing: { label: l10n.t('API billing in the Anthropic Console'), url: LINKS.consoleBilling },
      keys: { label: l10n.t('API keys in the Anthropic Console'), url: LINKS.consoleKeys },
      status: { label: l10n.t('Anthropic status page'), url: LINKS.statusPage },
    },
    apiKeyStep: l10n.t('Or give the tool an Anthropic API key: it is then billed per token on your API account and stops drawing on extra usage.'),
  };
}

const BUILDERS: Readonly<Record<RejectionKind, Builder>> = {
  'extra-usage': (r, w) => (r.orgAdmin ? extraUsageOrg(r, w) : extraUsagePersonal(r, w)),
  'plan-limit': (r, { l10n, pitfalls, pools, links }) => ({
    title: l10n.t('Claude plan limit reached'),
    pool: 'plan', poolLabel: pools.plan, waitingHelps: true, waitUntil: r.resetsAt,
    summary: l10n.t('This request counted against your Claude subscription, and the usage allowed for this period is used up. It comes back by itself when the limit resets.'),
    steps: [
      r.resetsAt ? l10n.t('Wait until the limit resets at the time the message names, then carry on.') : l10n.t('Wait until the limit resets; the message or the usage page shows when.'),
      l10n.t('To keep working now, turn on extra usage (in Claude Code: /extra-usage, or on the usage page). Extra usage is prepaid and charged separately.'),
      l10n.t('Or switch the tool to an Anthropic API key, billed per token.'),
    ],
    pitfalls: [pitfalls.weeklyAfterSession, pitfalls.separateBalances, pitfalls.otherAccount],
    links: [links.usage, links.keys],
    actions: ['openWalkthrough', 'useApiKey'],
  }),
  'rate-limit': (r, { l10n, pitfalls, pools, links }) => transient(r, pools, {
    title: l10n.t('Too many requests (rate limited)'),
    summary: l10n.t('Anthropic asked the tool to slow down: too many requests or tokens in a short time. No balance ran out, and it passes by itself.'),
    steps: [
      l10n.t('Wait a minute and retry; most tools retry on their own.'),
      l10n.t('Run fewer agents or requests at the same time.'),
      l10n.t('If it never clears, check the usage page for a reached limit.'),
    ],
    pitfalls: [pitfalls.rateLimitCanBeLimit],
    links: [links.usage, links.status],
  }),
  overloaded: (r, { l10n, pools, links }) => transient(r, pools, {
    title: l10n.t("Anthropic's servers are busy"),
    summary: l10n.t('The API is overloaded or had an internal error. Nothing is wrong with your account or balance, and it usually clears within minutes.'),
    steps: [
      l10n.t('Wait a few minutes and retry.'),
      l10n.t('Check the status page for an ongoing incident.'),
      l10n.t('If one model stays busy, try another for now.'),
    ],
    pitfalls: [],
    links: [links.status],
  }),
  'api-credit': (_r, { l10n, pitfalls, pools, links }) => ({
    title: l10n.t('API credit balance too low'),
    pool: 'api-billing', poolLabel: pools['api-billing'], waitingHelps: false, waitUntil: null,
    summary: l10n.t("This request used an Anthropic API key, and that API account's prepaid credit is used up. It does not refill by itself."),
    steps: [
      l10n.t('Add credit in the Anthropic Console billing page, on the account that owns the key.'),
      l10n.t('Retry the request.'),
      l10n.t('If you meant to use your Claude subscription instead, remove the API key from the tool (and from ANTHROPIC_API_KEY) and sign in with your Claude account.'),
    ],
    pitfalls: [pitfalls.envKeyWins, pitfalls.apiKeyUnaffected],
    links: [links.billing, links.keys],
    actions: ['openConsoleBilling', 'openWalkthrough'],
  }),
  auth: (r, w) => explainAuth(r, w),
  'not-billing': (_r, { l10n, pools, links }) => ({
    title: l10n.t('The API refused the request itself'),
    pool: 'none', poolLabel: pools.none, waitingHelps: false, waitUntil: null,
    summary: l10n.t('This is not about money or limits: something in the request was not accepted, for example a conversation that is too long or an unknown model. Retrying the same request fails again.'),
    steps: [
      l10n.t('Read the message: it names the part of the request at fault.'),
      l10n.t('If the prompt is too long, start a new conversation or compact it (in Claude Code: /compact).'),
      l10n.t("Check the tool's model and maximum-output settings."),
    ],
    pitfalls: [],
    links: [links.status],
    actions: [],
  }),
};

function extraUsagePersonal(r: Rejection, { l10n, pitfalls, pools, links, apiKeyStep }: Words): Explanation {
  const offer = r.creditOfferUsd;
  return {
    title: offer !== null ? l10n.t('Out of extra usage: a ${0} starter credit is waiting', offer) : l10n.t('Out of extra usage'),
    pool: 'extra-usage', poolLabel: pools['extra-usage'],
    waitingHelps: r.resetsAt !== null, waitUntil: r.resetsAt,
    summary: extraUsageSummary(r, false, l10n),
    steps: [
      l10n.t('Open the usage page on claude.ai, signed in to the same account as the tool.'),
      offer !== null ? l10n.t('Claim the one-time ${0} credit shown there.', offer) : l10n.t('Add funds to extra usage, or raise its monthly spend limit.'),
      l10n.t('Consider auto-reload so the balance tops up before it runs out, then retry in the tool.'),
      apiKeyStep,
    ],
    pitfalls: [...(offer !== null ? [pitfalls.starterCreditOnce] : []), pitfalls.separateBalances, pitfalls.otherAccount, pitfalls.autoReload, pitfalls.apiKeyUnaffected],
    links: [{ ...links.usage, url: r.settingsUrl ?? claimUrl(false) }, links.keys],
    actions: ['claimCredit', 'setBalance', 'useApiKey', 'openWalkthrough'],
  };
}

function extraUsageOrg(r: Rejection, { l10n, pitfalls, pools, links, apiKeyStep }: Words): Explanation {
  return {
    title: l10n.t("Your organisation's extra usage needs an admin"),
    pool: 'extra-usage', poolLabel: pools['extra-usage'],
    waitingHelps: r.resetsAt !== null, waitUntil: r.resetsAt,
    summary: extraUsageSummary(r, true, l10n),
    steps: [
      r.creditOfferUsd !== null
        ? l10n.t('Ask a workspace admin to claim the ${0} credit added to your organisation.', r.creditOfferUsd)
        : l10n.t('Ask a workspace admin to claim the credit added to your organisation, or to add funds to its extra usage.'),
      l10n.t('Admins do this in the organisation settings on claude.ai; members cannot.'),
      l10n.t('Once they have, retry the request.'),
      apiKeyStep,
    ],
    pitfalls: [pitfalls.separateBalances, pitfalls.otherAccount, pitfalls.apiKeyUnaffected],
    links: [links.admin, links.keys],
    actions: ['claimCredit', 'useApiKey', 'openWalkthrough'],
  };
}

function extraUsageSummary(r: Rejection, isOrganisation: boolean, l10n: L10n): string {
  const base = isOrganisation
    ? l10n.t("The tool signs in with a Claude account, so its requests are paid from your organisation's extra usage balance, not from the plan. That balance is empty or at its spend limit.")
    : l10n.t('The tool signs in with a Claude account, so its requests are paid from your extra usage balance, not from the plan. That balance is empty or at its spend limit.');
  const waiting = r.resetsAt !== null
    ? l10n.t('Its spend limit resets at the time the message names; adding funds works sooner.')
    : l10n.t('Waiting or retrying will not fix it.');
  return `${base} ${waiting}`;
}

function transient(r: Rejection, pools: Words['pools'], text: Pick<Explanation, 'title' | 'summary' | 'steps' | 'pitfalls' | 'links'>): Explanation {
  return { ...text, pool: 'none', poolLabel: pools.none, waitingHelps: true, waitUntil: r.resetsAt, actions: ['openStatusPage', 'openWalkthrough'] };
}

function explainAuth(r: Rejection, { l10n, pitfalls, pools, links }: Words): Explanation {
  const claudeCodeOnly = /only\s*authori[sz]ed\s*for\s*use\s*with\s*claude\s*code|oauth\s*authentication\s*is\s*currently\s*not\s*supported/i.test(r.message);
  return {
    title: claudeCodeOnly ? l10n.t('This sign-in only works in Claude Code') : l10n.t('Sign-in or API key refused'),
    pool: 'none', poolLabel: pools.none, waitingHelps: false, waitUntil: null,
    summary: claudeCodeOnly
      ? l10n.t('The tool sent a Claude Code sign-in token to the API for other use, which Anthropic refuses. It will not start working by waiting.')
      : l10n.t('The API did not accept the credentials the tool sent: the sign-in expired or was revoked, the key is wrong, or the account lacks access.'),
    steps: claudeCodeOnly
      ? [
        l10n.t('Give the tool its own Anthropic API key (billed per token), or use the sign-in method the tool documents.'),
        l10n.t('Keep the Claude Code token for Claude Code itself.'),
      ]
      : [
        l10n.t('If the tool signs in with your Claude account, sign in again (in Claude Code: /login).'),
        l10n.t('If it uses an API key, check the key in the Console and paste a fresh one.'),
        l10n.t('If your organisation was disabled or lacks access, ask its admin.'),
      ],
    pitfalls: [pitfalls.otherAccount, pitfalls.envKeyWins],
    links: [links.keys, links.usage],
    actions: ['useApiKey', 'openWalkthrough'],
  };
}
