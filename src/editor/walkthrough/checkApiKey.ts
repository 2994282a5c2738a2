import type { KeyCheckOutcome } from '../../core/apiKeyCheckResult';
import type { KeyCheckConfig } from './keyCheckConfig';

/** `fetch` as far as the key check needs it (injected by tests). */
export type FetchLike = (url: string, init: RequestInit) => Promise<Pick<Response, 'status' | 'body'>>;

/**
 * Calls `GET {baseUrl}/v1/models` with the key and reports what happened. Redirects are refused so the
 * key header never follows the request to another host; the response body is never read.
 */
export async function checkApiKey(key: string, config: KeyCheckConfig, fetchImpl: FetchLike = fetch): Promise<KeyCheckOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.timeoutMs);
  try {
    const response = await fetchImpl(`${config.baseUrl}/v1/models`, {
      method: 'GET',
      headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' },
      redirect: 'error',
      signal: controller.signal,
    });
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'http', status: response.status };
  } catch {
    // Debt: Node's fetch ignores VS Code's proxy settings; behind a proxy this reports "network".
    return controller.signal.aborted ? { kind: 'timeout', seconds: Math.round(config.timeoutMs / 1000) } : { kind: 'network' };
  } finally {
    clearTimeout(timer);
  }
}
