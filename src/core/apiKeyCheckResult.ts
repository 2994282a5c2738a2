import type { KeyCheckResult } from './webviewProtocol';

/** What happened to one `GET /v1/models` call, before it is put into words. */
export type KeyCheckOutcome =
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'network' }
  | { readonly kind: 'timeout'; readonly seconds: number }
  | { readonly kind: 'no-key' };

/** Puts the outcome of a key check into plain words; never includes the key or the response body. */
export function apiKeyCheckResult(outcome: KeyCheckOutcome): KeyCheckResult {
  switch (outcome.kind) {
    case 'no-key':
      return { status: 'no-key', message: 'No key is saved yet. Paste one above and choose Save first.' };
    case 'network':
      return {
        status: 'network',
        message: 'Could not reach the Anthropic API. Check your internet connection or proxy, then try again.',
      };
    case 'timeout':
      return {
        status: 'timeout',
        message: `The Anthropic API did not answer within ${outcome.seconds} seconds. The key was not judged; try again in a moment.`,
      };
    case 'http':
      return fromStatus(outcome.status);
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

function fromStatus(status: number): KeyCheckResult {
  if (status >= 200 && status < 300) {
    return { status: 'ok', message: 'The key works. Requests made with it are billed to the API account it belongs to.' };
  }
  if (status === 401) {
    return {
      status: 'unauthorized',
      message: 'The key was rejected (401): it is wrong, revoked or incomplete. Copy it again from the Console, or create a new one.',
    };
  }
  if (status === 403) {
    return {
      status: 'forbidden',
      message: 'The key is valid but not allowed to do this (403). Ask the Console organization admin about its permissions.',
    };
  }
  if (status === 429) {
    return {
      status: 'rate-limited',
      message: 'The key was accepted but is being rate limited right now (429). Wait a minute and check again.',
    };
  }
  if (status >= 500) {
    return {
      status: 'error',
      message: `The Anthropic API had a problem on its side (${status}). This says nothing about the key; try again later.`,
    };
  }
  return { status: 'error', message: `The Anthropic API answered with an unexpected status (${status}). The key could not be confirmed.` };
}
