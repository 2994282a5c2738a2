import type { RejectionKind } from './rejection';

/** What decided a kind: the pattern that matched, so the message picker can look for the same words. */
export interface RejectionEvidence {
  readonly kind: RejectionKind;
  readonly pattern: RegExp | undefined;
}

interface Rule {
  readonly kind: RejectionKind;
  readonly pattern: RegExp;
  /** Generic words need a separate sign that an API answered (an error type, "API Error", an SDK class…). */
  readonly needsSignal: boolean;
}

const ERROR_TYPES = 'invalid_request_error|authentication_error|billing_error|permission_error|not_found_error|request_too_large|rate_limit_error|api_error|overloaded_error|timeout_error';
// An Anthropic error type used as a type: `"type":"rate_limit_error"`, `type: …`, or after a status.
const TYPED_ERROR = new RegExp(`(?:type["']?\\s*[:=]\\s*["']?|\\b[45]\\d\\d[\\s:-]*)(${ERROR_TYPES})\\b`, 'g');
const SIGNAL_SOURCE = [
  `\\b(?:${ERROR_TYPES})\\b`,
  'API\\s*Error\\b',
  '\\b(?:BadRequestError|AuthenticationError|PermissionDeniedError|RateLimitError|InternalServerError|APIStatusError|APICallError|AnthropicException|AnthropicError|OverloadedError|ServiceUnavailableError)\\b',
  '\\berror\\s*code:\\s*[45]\\d\\d\\b',
  `["']type["']\\s*:\\s*["']error["']`,
  '\\bevent:\\s*error\\b',
  `["']error["']\\s*:\\s*\\{\\s*["'](?:message|code|type)["']`,
  'please\\s*run\\s*\\/login',
  'provider\\s*returned\\s*error',
  'returned\\s*an\\s*error\\s*result',
].join('|');
const SIGNAL = new RegExp(SIGNAL_SOURCE, 'i');
const OTHER_VENDOR = /\b(?:openai|chatgpt|codex|gemini)\b/i;
const ANTHROPIC = /anthropic|claude/i;

const RULES: readonly Rule[] = [
  { kind: 'extra-usage', needsSignal: false, pattern: /third[\s-]*party\s*apps?\s*now\s*draws?|out\s*of\s*extra\s*usage|draws?\s*from\s*(?:your\s*)?extra\s*usage/i },
  { kind: 'extra-usage', needsSignal: false, pattern: /extra\s*usage\s*(?:balance|credits?)\s*(?:is\s*|are\s*|has\s*)?(?:empty|exhausted|depleted|too\s*low|run\s*out)/i },
  { kind: 'extra-usage', needsSignal: false, pattern: /extra\s*usage\s*(?:monthly\s*)?(?:spend(?:ing)?\s*)?limit\s*(?:reached|exceeded|hit)|(?:reached|hit)\s*your\s*(?:monthly\s*)?extra\s*usage\s*(?:spend(?:ing)?\s*)?limit/i },
  { kind: 'extra-usage', needsSignal: false, pattern: /added\s*an?\s*(?:\$\s?[\d,.]+\s*)?(?:extra\s*usage\s*)?credit\s*to\s*(?:get\s*you\s*started|your\s*organi[sz]ation)/i },
  { kind: 'extra-usage', needsSignal: false, pattern: /(?:claim\s*it|add\s*more)\s*at\s*(?:https?:\/\/)?claude\.ai\/settings\/usage/i },
  { kind: 'api-credit', needsSignal: false, pattern: /credit\s*balance\s*(?:is\s*)?too\s*low/i },
  { kind: 'plan-limit', needsSignal: false, pattern: /(?:you've|you\s*have)\s*hit\s*your\s*(?:(?:session|weekly|daily|5-hour|five-hour|opus|sonnet|usage|org(?:anization)?)\s*)?limit/i },
  { kind: 'plan-limit', needsSignal: false, pattern: /claude(?:\s*ai)?\s*usage\s*limit\s*reached|usage\s*limit\s*reached\s*\|\s*\d{10}|(?:session|weekly|5-hour|five-hour|opus|sonnet|daily)\s*limit\s*reached|your\s*limit\s*will\s*reset\s*at/i },
  { kind: 'auth', needsSignal: false, pattern: /only\s*authori[sz]ed\s*for\s*use\s*with\s*claude\s*code|oauth\s*authentication\s*is\s*currently\s*not\s*supported/i },
  { kind: 'auth', needsSignal: true, pattern: /oauth\s*token\s*(?:has\s*)?(?:expired|been\s*revoked|revoked|is\s*invalid|invalid)|invalid\s*(?:x-api-key|api[\s_-]*key|bearer\s*token|authentication\s*credentials)|organi[sz]ation\s*(?:has\s*been\s*)?disabled|not\s*logged\s*in/i },
  { kind: 'rate-limit', needsSignal: true, pattern: /rate[\s_-]*limit(?:ed)?\b|too\s*many\s*requests/i },
  { kind: 'overloaded', needsSignal: true, pattern: /\boverloaded\b|internal\s*server\s*error|service\s*unavailable|bad\s*gateway/i },
  { kind: 'not-billing', needsSignal: true, pattern: /prompt\s*is\s*too\s*long|max_tokens|context\s*(?:length|window)\s*(?:exceeded|limit)|request\s*too\s*large|model:\s*claude/i },
];

/**
 * Source of a regex that every rejection text matches (an API signal or a phrase that needs none), for a
 * cheap first pass and for finding where to look in a huge text.
 */
export const REJECTION_GATE_SOURCE = [SIGNAL_SOURCE, ...RULES.filter((r) => !r.needsSignal).map((r) => r.pattern.source)].join('|');

const TYPE_KIND: Readonly<Record<string, RejectionKind>> = {
  billing_error: 'api-credit',
  authentication_error: 'auth',
  permission_error: 'auth',
  rate_limit_error: 'rate-limit',
  overloaded_error: 'overloaded',
  api_error: 'overloaded',
  timeout_error: 'overloaded',
  invalid_request_error: 'not-billing',
  not_found_error: 'not-billing',
  request_too_large: 'not-billing',
};

/** Decides the kind of an unwrapped error text, or undefined when it carries no sign of an API rejection. */
export function findRejectionEvidence(flat: string, httpStatus: number | null): RejectionEvidence | undefined {
  const hasSignal = SIGNAL.test(flat);
  const typed = typedErrorKinds(flat);
  const otherVendor = OTHER_VENDOR.test(flat) && !ANTHROPIC.test(flat);
  for (const rule of RULES) {
    if (rule.needsSignal && !hasSignal) continue;
    if (rule.kind === 'plan-limit' && otherVendor) continue;
    if (rule.pattern.test(flat) || typed.has(rule.kind)) return { kind: rule.kind, pattern: rule.pattern };
  }
  const fromStatus = hasSignal ? statusKind(httpStatus) : undefined;
  return fromStatus ? { kind: fromStatus, pattern: undefined } : undefined;
}

function typedErrorKinds(flat: string): Set<RejectionKind> {
  const kinds = new Set<RejectionKind>();
  for (const m of flat.matchAll(TYPED_ERROR)) {
    const kind = TYPE_KIND[m[1] ?? ''];
    if (kind) kinds.add(kind);
    if (kinds.size >= 4) break;
  }
  return kinds;
}

function statusKind(status: number | null): RejectionKind | undefined {
  if (status === null) return undefined;
  if (status === 429) return 'rate-limit';
  if (status === 401 || status === 403) return 'auth';
  if (status === 402) return 'api-credit';
  if (status >= 500) return 'overloaded';
  return status === 400 || status === 404 || status === 413 || status === 422 ? 'not-billing' : undefined;
}
