import { normalizeModelId, parseModelId } from './normalizeModelId';
import type { ModelPrice, PriceTable } from './priceTable';

/** A price found for a model: by its exact normalised id, or by the family rule. */
export interface PriceMatch {
  readonly id: string;
  readonly price: ModelPrice;
  readonly via: 'exact' | 'family';
}

/**
 * Finds the price of a model id as a tool wrote it. Exact lookup after `normalizeModelId`; never substring
 * matching. An unknown version is priced by the family rule only when it is safe: the table holds at least two
 * versions of the same family and major version (`claude-sonnet-5`, `claude-sonnet-5-5`) and every one of them
 * has identical prices, tiers included. So an unknown `claude-sonnet-5-7` would be priced like Sonnet 5, while an
 * unknown `claude-opus-4-9` is not (Opus 4.1 and Opus 4.5 differ), nor is a lone `claude-haiku-4-7`.
 */
export function lookupModelPrice(table: PriceTable, model: string): PriceMatch | undefined {
  const id = normalizeModelId(model);
  const exact = Object.hasOwn(table, id) ? table[id] : undefined;
  if (exact) return { id, price: exact, via: 'exact' };
  const family = familyPrice(table, id);
  return family ? { id, price: family, via: 'family' } : undefined;
}

/** A memoised `lookupModelPrice` over one table, for hot loops (a ledger pricing millions of requests). */
export type PriceLookup = (model: string) => PriceMatch | undefined;

const MEMO_LIMIT = 10_000;

/** Creates a memoised lookup; the memo is bounded, so ids made up by a broken log cannot grow it without end. */
export function createPriceLookup(table: PriceTable): PriceLookup {
  const memo = new Map<string, PriceMatch | undefined>();
  return (model) => {
    if (memo.has(model)) return memo.get(model);
    const match = lookupModelPrice(table, model);
    if (memo.size < MEMO_LIMIT) memo.set(model, match);
    return match;
  };
}

function familyPrice(table: PriceTable, id: string): ModelPrice | undefined {
  const wanted = parseModelId(id);
  if (!wanted) return undefined;
  const siblings = Object.entries(table)
    .filter(([key]) => {
      const parts = parseModelId(key);
      return parts !== undefined && parts.family === wanted.family && parts.major === wanted.major;
    })
    .map(([, price]) => price);
  const first = siblings[0];
  if (!first || siblings.length < 2) return undefined;
  const signature = priceSignature(first);
  return siblings.every((p) => priceSignature(p) === signature) ? first : undefined;
}

function priceSignature(p: ModelPrice): string {
  const rates = (r: ModelPrice | NonNullable<ModelPrice['longContext']>['rates']): number[] => [
    r.input, r.output, r.cacheWrite5m, r.cacheWrite1h, r.cacheRead,
  ];
  const long = p.longContext ? [p.longContext.thresholdTokens, ...rates(p.longContext.rates)] : [];
  return [...rates(p), ...long].join(',');
}
