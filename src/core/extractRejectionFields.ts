/** The details a rejection message may carry besides its kind and status. */
export interface RejectionFields {
  readonly requestId: string | null;
  readonly creditOfferUsd: number | null;
  readonly orgAdmin: boolean;
  readonly settingsUrl: string | null;
}

const REQUEST_ID_KEY = /request[_-]?id["']?[\s:=]*["']?([A-Za-z0-9_-]{8,120})/i;
const REQUEST_ID = /\breq_[A-Za-z0-9]{8,120}/;
// "$20 credit", "$1,000 extra usage credit", "credit of $5.50".
const CREDIT_BEFORE = /\$\s?(\d{1,3}(?:,\d{3})+|\d{1,7})(\.\d{1,2})?(?:\s+USD)?(?:\s+[A-Za-z-]{1,20}){0,3}?\s+credit/i;
const CREDIT_AFTER = /credit\s+of\s+\$\s?(\d{1,3}(?:,\d{3})+|\d{1,7})(\.\d{1,2})?/i;
const ORG_ADMIN = /workspace\s*admin|ask\s*your\s*(?:org(?:ani[sz]ation)?\s*)?admin|credit\s*to\s*your\s*organi[sz]ation|organi[sz]ation(?:'s)?\s*admin|admin(?:istrator)?\s*(?:has\s*|needs\s*)?to\s*(?:claim|add|enable)/i;
const URL = /(?:https?:\/\/)?(?:claude\.ai|console\.anthropic\.com|platform\.claude\.com)\/[A-Za-z0-9._~/?=&%#-]{0,200}/gi;
const SETTINGS_PATH = /settings|billing|usage|admin/i;

/** Reads request id, credit offer, whether an admin must act, and the settings URL out of an error text. */
export function extractRejectionFields(flat: string): RejectionFields {
  return {
    requestId: requestId(flat),
    creditOfferUsd: creditOffer(flat),
    orgAdmin: ORG_ADMIN.test(flat),
    settingsUrl: settingsUrl(flat),
  };
}

function requestId(flat: string): string | null {
  const keyed = REQUEST_ID_KEY.exec(flat)?.[1];
  const bare = REQUEST_ID.exec(flat)?.[0];
  if (keyed && (keyed.startsWith('req_') || !bare)) return keyed;
  return bare ?? null;
}

function creditOffer(flat: string): number | null {
  const match = CREDIT_BEFORE.exec(flat) ?? CREDIT_AFTER.exec(flat);
  if (!match?.[1]) return null;
  const value = Number(match[1].replace(/,/g, '') + (match[2] ?? ''));
  return Number.isFinite(value) && value > 0 ? value : null;
}

function settingsUrl(flat: string): string | null {
  const found = [...flat.matchAll(URL)].slice(0, 16).map((m) => m[0].replace(/[.,;:)'"\]}]+$/, ''));
  const best = found.find((u) => SETTINGS_PATH.test(u.replace(/^[^/]*\/\/[^/]*|^[^/]*/, ''))) ?? found[0];
  if (!best) return null;
  return /^https?:\/\//i.test(best) ? best : `https://${best}`;
}
