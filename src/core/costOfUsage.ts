import { lookupModelPrice, type PriceLookup } from './lookupModelPrice';
import { normalizeModelId } from './normalizeModelId';
import type { ModelPrice, PriceTable } from './priceTable';
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
  const recorded = recordedMicros(event);
  if (recorded !== undefined) return { micros: recorded, priced: true };
  if (isSyntheticModel(event.model)) return { micros: 0, priced: true };
  const match = typeof table === 'function' ? table(event.model) : lookupModelPrice(table, event.model);
  if (!match) return { priced: false, model: unpricedName(event.model) };
  return { micros: priceMicros(event, match.price), priced: true };
}

/** The cost the tool recorded, in whole micro-dollars (never below 0), or undefined when it recorded none. */
export function recordedMicros(event: UsageEvent): number | undefined {
  return event.costMicros !== undefined && Number.isFinite(event.costMicros) ? Math.max(0, Math.round(event.costMicros)) : undefined;
}

/** True for the model Claude Code writes on messages it makes up (no request, no cost). */
export function isSyntheticModel(model: string): boolean {
  return model.trim() === SYNTHETIC_MODEL;
}

/**
 * The tokens of `event` priced at `price` in whole micro-dollars: the long-context rates for every token when the
 * prompt (input + cache writes + cache reads) is above the model's threshold. `costOfUsage` without its lookups,
 * for a caller that keeps the price of each model it sees (the ledger).
 */
export function priceMicros(event: UsageEvent, price: ModelPrice): number {
  const input = count(event.inputTokens);
  const cacheWrite = count(event.cacheCreationTokens);
  const cacheRead = count(event.cacheReadTokens);
  const long = price.longContext;
  const r = long && input + cacheWrite + cacheRead > long.thresholdTokens ? long.rates : price;
  const cacheWrite1h = Math.min(cacheWrite, count(event.cacheCreation1hTokens));
  const sum = input * r.input + count(event.outputTokens) * r.output + (cacheWrite - cacheWrite1h) * r.cacheWrite5m + cacheWrite1h * r.cacheWrite1h + cacheRead * r.cacheRead;
  return Math.round(sum / TOKENS_PER_PRICE_UNIT);
}

function count(n: number | undefined): number {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : 0;
}

/** The name an unpriced model is shown and totalled under: its normalised id, or `(no model)`. */
export function unpricedName(model: string): string {
  const id = normalizeModelId(model);
  return id === '' ? '(no model)' : id;
}
