import { ENGLISH, type L10n } from './l10n';
import type { KeyCheckResult } from './webviewProtocol';

/** What happened to one `GET /v1/models` call, before it is put into words. */
export type KeyCheckOutcome =
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'network' }
  | { readonly kind: 'timeout'; readonly seconds: number }
  | { readonly kind: 'no-key' };

/** Puts the outcome of a key check into plain words; never includes the key or the response body. */
export function apiKeyCheckResult(outcome: KeyCheckOutcome, l10n: L10n = ENGLISH): KeyCheckResult {
  switch (outcome.kind) {
    case 'no-key':
      return { status: 'no-key', message: l10n.t('No key is saved yet. Paste one above and choose Save first.') };
    case 'network':
      return {
        status: 'network',
        message: l10n.t('Could not reach the Anthropic API. Check your internet connection or proxy, then try again.'),
      };
    case 'timeout':
      return {
        status: 'timeout',
        message: outcome.seconds === 1
          ? l10n.t('The Anthropic API did not answer within 1 second. The key was not judged; try again in a moment.')
          : l10n.t('The Anthropic API did not answer within {0} seconds. The key was not judged; try again in a moment.', outcome.seconds),
      };
    case 'http':
      return fromStatus(outcome.status, l10n);
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

function fromStatus(status: number, l10n: L10n): KeyCheckResult {
  if (status >= 200 && status < 300) {
    return { status: 'ok', message: l10n.t('The key works. Requests made with it are billed to the API account it belongs to.') };
  }
  if (status === 401) {
    return {
      status: 'unauthorized',
      message: l10n.t('The key was rejected (401): it is wrong, revoked or incomplete. Copy it again from the Console, or create a new one.'),
    };
  }
  if (status === 403) {
    return {
      status: 'forbidden',
      message: l10n.t('The key is valid but not allowed to do this (403). Ask the Console organization admin about its permissions.'),
    };
  }
  if (status === 429) {
    return {
      status: 'rate-limited',
      message: l10n.t('The key was accepted but is being rate limited right now (429). Wait a minute and check again.'),
    };
  }
  if (status >= 500) {
    return {
      status: 'error',
      message: l10n.t('The Anthropic API had a problem on its side ({0}). This says nothing about the key; try again later.', status),
    };
  }
  return { status: 'error', message: l10n.t('The Anthropic API answered with an unexpected status ({0}). The key could not be confirmed.', status) };
}
