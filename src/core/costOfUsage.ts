import { lookupModelPrice, type PriceLookup } from './lookupModelPrice';
import { normalizeModelId } from './normalizeModelId';
import type { PriceTable, TokenRates } from './priceTable';
import type { UsageEvent } from './usageEvent';

/** The model id Claude Code writes on messages it makes up itself (no API request, no cost). */
export const SYNTHETIC_MODEL = '<synthetic>';

/** What one request cost, or the (normalised) model that has no price. */
export type UsageCost = { readonly micros: number; readonly priced: true } | { readonly priced: false; readonly model: string };

const TOKENS_PER_PRICE_UNIT = 1_000_000;

/**
 * Cost of one request in integer micro-dollars. A cost the tool recorded (`costMicros`) is used as it is.
 * Otherwise tokens are priced from the table: `cacheCreation1hTokens` is the 1-hour part of
 * `cacheCreationTokens` (as Claude Code reports them), the rest are 5-minute writes. When the prompt
 * (input + cache writes + cache reads) is above a model's long-context threshold, every token of the request,
 * output included, is billed at the long-context rates, as Anthropic bills it. An unknown model is never $0.
 * Pass a `createPriceLookup` instead of the table when pricing many requests.
 */
export function costOfUsage(event: UsageEvent, table: PriceTable | PriceLookup): UsageCost {
  if (event.costMicros !== undefined && Number.isFinite(event.costMicros)) {
    return { micros: Math.max(0, Math.round(event.costMicros)), priced: true };
  }
  if (event.model.trim() === SYNTHETIC_MODEL) return { micros: 0, priced: true };
  const match = typeof table === 'function' ? table(event.model) : lookupModelPrice(table, event.model);
  if (!match) return { priced: false, model: unpricedName(event.model) };
  const t = tokens(event);
  const prompt = t.input + t.cacheWrite + t.cacheRead;
  const long = match.price.longContext;
  const rates = long && prompt > long.thresholdTokens ? long.rates : match.price;
  return { micros: Math.round(priceTokens(t, rates)), priced: true };
}

interface Tokens {
  readonly input: number;
  readonly output: number;
  readonly cacheWrite: number;
  readonly cacheWrite1h: number;
  readonly cacheRead: number;
}

function count(n: number | undefined): number {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : 0;
}

function tokens(e: UsageEvent): Tokens {
  const cacheWrite = count(e.cacheCreationTokens);
  return {
    input: count(e.inputTokens),
    output: count(e.outputTokens),
    cacheWrite,
    cacheWrite1h: Math.min(cacheWrite, count(e.cacheCreation1hTokens)),
    cacheRead: count(e.cacheReadTokens),
  };
}

function priceTokens(t: Tokens, r: TokenRates): number {
  const sum =
    t.input * r.input +
    t.output * r.output +
    (t.cacheWrite - t.cacheWrite1h) * r.cacheWrite5m +
    t.cacheWrite1h * r.cacheWrite1h +
    t.cacheRead * r.cacheRead;
  return sum / TOKENS_PER_PRICE_UNIT;
}

function unpricedName(model: string): string {
  const id = normalizeModelId(model);
  return id === '' ? '(no model)' : id;
}
