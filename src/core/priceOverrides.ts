import { z } from 'zod';
import { usdToMicros } from './money';
import { normalizeModelId } from './normalizeModelId';
import type { ModelPrice, PriceTable } from './priceTable';

const usdPerMillion = z.number().finite().nonnegative().max(10_000);

/** One model's prices in the `credit.priceOverrides` setting, in USD per million tokens. */
export const priceOverrideSchema = z
  .object({
    input: usdPerMillion,
    output: usdPerMillion,
    cacheWrite: usdPerMillion.optional(),
    cacheWrite1h: usdPerMillion.optional(),
    cacheRead: usdPerMillion.optional(),
  })
  .strict();
/** One model's price override. */
export type PriceOverride = z.infer<typeof priceOverrideSchema>;

/** The whole setting: model id → prices. */
export const priceOverridesSchema = z.record(z.string(), priceOverrideSchema);
/** The validated setting. */
export type PriceOverrides = z.infer<typeof priceOverridesSchema>;

/**
 * Adds or replaces model prices from the user's setting. Each entry is checked on its own: a bad one is left out
 * and named in `errors` in plain words, the good ones still apply. Missing cache prices follow Anthropic's
 * multipliers of the input price (5-minute writes 1.25x, 1-hour writes 2x, reads 0.1x). An override replaces the
 * model's prices for every prompt length (a bundled long-context tier is dropped).
 */
export function applyPriceOverrides(table: PriceTable, raw: unknown): { table: PriceTable; errors: string[] } {
  if (raw === undefined || raw === null) return { table, errors: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { table, errors: ['Price overrides must be an object of model ids to prices; all of them were ignored.'] };
  }
  const next: Record<string, ModelPrice> = { ...table };
  const errors: string[] = [];
  for (const [model, value] of Object.entries(raw)) {
    const id = normalizeModelId(model);
    const parsed = priceOverrideSchema.safeParse(value);
    if (id === '') errors.push('A price override has an empty model id and was ignored.');
    else if (!parsed.success) errors.push(`The price override for "${model}" was ignored: ${describe(parsed.error)}.`);
    else next[id] = toModelPrice(parsed.data);
  }
  return { table: next, errors };
}

function toModelPrice(o: PriceOverride): ModelPrice {
  return {
    input: usdToMicros(o.input),
    output: usdToMicros(o.output),
    cacheWrite5m: usdToMicros(o.cacheWrite ?? o.input * 1.25),
    cacheWrite1h: usdToMicros(o.cacheWrite1h ?? o.input * 2),
    cacheRead: usdToMicros(o.cacheRead ?? o.input * 0.1),
  };
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not valid';
  const field = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the entry';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (use input, output, cacheWrite, cacheWrite1h, cacheRead)`;
    case 'invalid_type':
      return issue.received === 'undefined'
        ? `${field} is missing (dollars per million tokens)`
        : `${field} must be ${issue.path.length > 0 ? 'a number of dollars per million tokens' : 'an object such as {"input": 3, "output": 15}'}`;
    default:
      return `${field} must be a number of dollars per million tokens, from 0 to 10000`;
  }
}
