import type { Explanation } from './explanation';
import { PITFALLS } from './explanationPitfalls';
import { claimUrl, LINKS } from './links';
import type { Rejection, RejectionKind } from './rejection';

type Builder = (r: Rejection) => Explanation;

const POOL_LABELS = {
  plan: 'Plan limits (your Claude subscription)',
  'extra-usage': 'Extra usage (prepaid balance for third-party apps)',
  'api-billing': 'API billing (API key, paid per token)',
  none: 'No balance involved',
} as const;

const USAGE_LINK = { label: 'Usage settings on claude.ai', url: LINKS.usageSettings };
const ADMIN_LINK = { label: 'Organisation usage settings (admins)', url: LINKS.adminUsageSettings };
const BILLING_LINK = { label: 'API billing in the Anthropic Console', url: LINKS.consoleBilling };
const KEYS_LINK = { label: 'API keys in the Anthropic Console', url: LINKS.consoleKeys };
const STATUS_LINK = { label: 'Anthropic status page', url: LINKS.statusPage };
const API_KEY_STEP = 'Or give the tool an Anthropic API key: it is then billed per token on your API account and stops drawing on extra usage.';

/** Explains a rejection: which balance was involved, whether waiting helps, and what to do about it. */
export function explainRejection(r: Rejection): Explanation {
  return BUILDERS[r.kind](r);
}

const BUILDERS: Readonly<Record<RejectionKind, Builder>> = {
  'extra-usage': (r) => (r.orgAdmin ? extraUsageOrg(r) : extraUsagePersonal(r)),
  'plan-limit': (r) => ({
    title: 'Claude plan limit reached',
    pool: 'plan', poolLabel: POOL_LABELS.plan, waitingHelps: true, waitUntil: r.resetsAt,
    summary: 'This request counted against your Claude subscription, and the usage allowed for this period is used up. It comes back by itself when the limit resets.',
    steps: [
      r.resetsAt ? 'Wait until the limit resets at the time the message names, then carry on.' : 'Wait until the limit resets; the message or the usage page shows when.',
      'To keep working now, turn on extra usage (in Claude Code: /extra-usage, or on the usage page). Extra usage is prepaid and charged separately.',
      'Or switch the tool to an Anthropic API key, billed per token.',
    ],
    pitfalls: [PITFALLS.weeklyAfterSession, PITFALLS.separateBalances, PITFALLS.otherAccount],
    links: [USAGE_LINK, KEYS_LINK],
    actions: ['openWalkthrough', 'useApiKey'],
  }),
  'rate-limit': (r) => transient(r, {
    title: 'Too many requests (rate limited)',
    summary: 'Anthropic asked the tool to slow down: too many requests or tokens in a short time. No balance ran out, and it passes by itself.',
    steps: ['Wait a minute and retry; most tools retry on their own.', 'Run fewer agents or requests at the same time.', 'If it never clears, check the usage page for a reached limit.'],
    pitfalls: [PITFALLS.rateLimitCanBeLimit],
    links: [USAGE_LINK, STATUS_LINK],
  }),
  overloaded: (r) => transient(r, {
    title: "Anthropic's servers are busy",
    summary: 'The API is overloaded or had an internal error. Nothing is wrong with your account or balance, and it usually clears within minutes.',
    steps: ['Wait a few minutes and retry.', 'Check the status page for an ongoing incident.', 'If one model stays busy, try another for now.'],
    pitfalls: [],
    links: [STATUS_LINK],
  }),
  'api-credit': () => ({
    title: 'API credit balance too low',
    pool: 'api-billing', poolLabel: POOL_LABELS['api-billing'], waitingHelps: false, waitUntil: null,
    summary: "This request used an Anthropic API key, and that API account's prepaid credit is used up. It does not refill by itself.",
    steps: [
      'Add credit in the Anthropic Console billing page, on the account that owns the key.',
      'Retry the request.',
      'If you meant to use your Claude subscription instead, remove the API key from the tool (and from ANTHROPIC_API_KEY) and sign in with your Claude account.',
    ],
    pitfalls: [PITFALLS.envKeyWins, PITFALLS.apiKeyUnaffected],
    links: [BILLING_LINK, KEYS_LINK],
    actions: ['openConsoleBilling', 'openWalkthrough'],
  }),
  auth: (r) => explainAuth(r),
  'not-billing': () => ({
    title: 'The API refused the request itself',
    pool: 'none', poolLabel: POOL_LABELS.none, waitingHelps: false, waitUntil: null,
    summary: 'This is not about money or limits: something in the request was not accepted, for example a conversation that is too long or an unknown model. Retrying the same request fails again.',
    steps: [
      'Read the message: it names the part of the request at fault.',
      'If the prompt is too long, start a new conversation or compact it (in Claude Code: /compact).',
      "Check the tool's model and maximum-output settings.",
    ],
    pitfalls: [],
    links: [STATUS_LINK],
    actions: [],
  }),
};

function extraUsagePersonal(r: Rejection): Explanation {
  const offer = r.creditOfferUsd;
  return {
    title: offer !== null ? `Out of extra usage: a $${offer} starter credit is waiting` : 'Out of extra usage',
    pool: 'extra-usage', poolLabel: POOL_LABELS['extra-usage'],
    waitingHelps: r.resetsAt !== null, waitUntil: r.resetsAt,
    summary: extraUsageSummary(r, 'your'),
    steps: [
      'Open the usage page on claude.ai, signed in to the same account as the tool.',
      offer !== null ? `Claim the one-time $${offer} credit shown there.` : 'Add funds to extra usage, or raise its monthly spend limit.',
      'Consider auto-reload so the balance tops up before it runs out, then retry in the tool.',
      API_KEY_STEP,
    ],
    pitfalls: [...(offer !== null ? [PITFALLS.starterCreditOnce] : []), PITFALLS.separateBalances, PITFALLS.otherAccount, PITFALLS.autoReload, PITFALLS.apiKeyUnaffected],
    links: [{ ...USAGE_LINK, url: r.settingsUrl ?? claimUrl(false) }, KEYS_LINK],
    actions: ['claimCredit', 'setBalance', 'useApiKey', 'openWalkthrough'],
  };
}

function extraUsageOrg(r: Rejection): Explanation {
  return {
    title: "Your organisation's extra usage needs an admin",
    pool: 'extra-usage', poolLabel: POOL_LABELS['extra-usage'],
    waitingHelps: r.resetsAt !== null, waitUntil: r.resetsAt,
    summary: extraUsageSummary(r, "your organisation's"),
    steps: [
      r.creditOfferUsd !== null
        ? `Ask a workspace admin to claim the $${r.creditOfferUsd} credit added to your organisation.`
        : 'Ask a workspace admin to claim the credit added to your organisation, or to add funds to its extra usage.',
      'Admins do this in the organisation settings on claude.ai; members cannot.',
      'Once they have, retry the request.',
      API_KEY_STEP,
    ],
    pitfalls: [PITFALLS.separateBalances, PITFALLS.otherAccount, PITFALLS.apiKeyUnaffected],
    links: [ADMIN_LINK, KEYS_LINK],
    actions: ['claimCredit', 'useApiKey', 'openWalkthrough'],
  };
}

function extraUsageSummary(r: Rejection, whose: string): string {
  const base = `The tool signs in with a Claude account, so its requests are paid from ${whose} extra usage balance, not from the plan. That balance is empty or at its spend limit.`;
  return r.resetsAt !== null
    ? `${base} Its spend limit resets at the time the message names; adding funds works sooner.`
    : `${base} Waiting or retrying will not fix it.`;
}

function transient(r: Rejection, text: Pick<Explanation, 'title' | 'summary' | 'steps' | 'pitfalls' | 'links'>): Explanation {
  return { ...text, pool: 'none', poolLabel: POOL_LABELS.none, waitingHelps: true, waitUntil: r.resetsAt, actions: ['openStatusPage', 'openWalkthrough'] };
}

function explainAuth(r: Rejection): Explanation {
  const claudeCodeOnly = /only\s*authori[sz]ed\s*for\s*use\s*with\s*claude\s*code|oauth\s*authentication\s*is\s*currently\s*not\s*supported/i.test(r.message);
  return {
    title: claudeCodeOnly ? 'This sign-in only works in Claude Code' : 'Sign-in or API key refused',
    pool: 'none', poolLabel: POOL_LABELS.none, waitingHelps: false, waitUntil: null,
    summary: claudeCodeOnly
      ? "The tool sent a Claude Code sign-in token to the API for other use, which Anthropic refuses. It will not start working by waiting."
      : 'The API did not accept the credentials the tool sent: the sign-in expired or was revoked, the key is wrong, or the account lacks access.',
    steps: claudeCodeOnly
      ? ['Give the tool its own Anthropic API key (billed per token), or use the sign-in method the tool documents.', 'Keep the Claude Code token for Claude Code itself.']
      : ['If the tool signs in with your Claude account, sign in again (in Claude Code: /login).', 'If it uses an API key, check the key in the Console and paste a fresh one.', 'If your organisation was disabled or lacks access, ask its admin.'],
    pitfalls: [PITFALLS.otherAccount, PITFALLS.envKeyWins],
    links: [KEYS_LINK, USAGE_LINK],
    actions: ['useApiKey', 'openWalkthrough'],
  };
}
