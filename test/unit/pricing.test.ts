import { test } from 'node:test';
import assert from 'node:assert/strict';
import { costOfUsage } from '../../src/core/costOfUsage';
import { lookupModelPrice } from '../../src/core/lookupModelPrice';
import { normalizeModelId } from '../../src/core/normalizeModelId';
import { applyPriceOverrides } from '../../src/core/priceOverrides';
import { BUNDLED_PRICE_TABLE, PRICES_CHECKED_ON, PRICES_SOURCE } from '../../src/core/priceTable';
import type { UsageEvent } from '../../src/core/usageEvent';

function usage(model: string, over: Partial<UsageEvent> = {}): UsageEvent {
  return {
    at: '2026-11-25T10:00:00Z', source: 'cline', model,
    inputTokens: 0, outputTokens: 0, cacheCreationTokens: 0, cacheReadTokens: 0, ...over,
  };
}

function micros(model: string, over: Partial<UsageEvent>): number {
  const cost = costOfUsage(usage(model, over), BUNDLED_PRICE_TABLE);
  assert.ok(cost.priced, `${model} should be priced`);
  return cost.micros;
}

test('the table records when and where the prices were checked', () => {
  assert.match(PRICES_CHECKED_ON, /^\d{4}-\d{2}-\d{2}$/);
  assert.match(PRICES_SOURCE, /^https:\/\/platform\.claude\.com\//);
});

test('input and output prices per model ($ per million tokens)', () => {
  // 100k tokens: below every long-context threshold, so the base rate applies.
  const input = { inputTokens: 100_000 };
  const output = { outputTokens: 100_000 };
  const cases: [string, number, number][] = [
    ['claude-opus-4-5', 5, 25], ['claude-opus-4-1', 15, 75], ['claude-opus-4', 15, 75], ['claude-opus-4-6', 5, 25],
    ['claude-sonnet-4-5', 3, 15], ['claude-sonnet-4', 3, 15], ['claude-sonnet-4-6', 3, 15], ['claude-haiku-4-5', 1, 5],
    ['claude-3-7-sonnet', 3, 15], ['claude-3-5-sonnet', 3, 15], ['claude-3-5-haiku', 0.8, 4], ['claude-3-opus', 15, 75],
    ['claude-3-haiku', 0.25, 1.25], ['claude-sonnet-5', 2, 10], ['claude-opus-5-5', 4, 20],
  ];
  for (const [model, inUsd, outUsd] of cases) {
    assert.equal(micros(model, input), Math.round(inUsd * 100_000), `${model} input`);
    assert.equal(micros(model, output), Math.round(outUsd * 100_000), `${model} output`);
  }
});

test('cache writes (5-minute and 1-hour) and cache reads', () => {
  // Sonnet 4.5: 1000 in × $3 + 500 out × $15 + 2000 writes × $3.75 + 10000 reads × $0.30 per million.
  assert.equal(micros('claude-sonnet-4-5', { inputTokens: 1000, outputTokens: 500, cacheCreationTokens: 2000, cacheReadTokens: 10_000 }), 3000 + 7500 + 7500 + 3000);
  // Opus 4.5: 1000 writes of which 400 for 1 hour: 600 × $6.25 + 400 × $10.
  assert.equal(micros('claude-opus-4-5', { cacheCreationTokens: 1000, cacheCreation1hTokens: 400 }), 3750 + 4000);
  // Haiku 3's published cache write price is $0.30, not 1.25 × $0.25.
  assert.equal(micros('claude-3-haiku', { cacheCreationTokens: 1_000_000 }), 300_000);
  assert.equal(micros('claude-3-haiku', { cacheReadTokens: 1_000_000 }), 30_000);
});

test('the long-context tier applies to the whole request above 200k prompt tokens, cache included', () => {
  // 150k input + 60k cache reads = 210k > 200k: $6 in, $0.60 reads, $22.50 out.
  assert.equal(micros('claude-sonnet-4-5', { inputTokens: 150_000, cacheReadTokens: 60_000, outputTokens: 1000 }), 900_000 + 36_000 + 22_500);
  assert.equal(micros('claude-sonnet-4', { inputTokens: 190_000, cacheCreationTokens: 20_000 }), 190_000 * 6 + 20_000 * 7.5);
  // Exactly 200k is still the standard tier.
  assert.equal(micros('claude-sonnet-4-5', { inputTokens: 200_000 }), 600_000);
  // Sonnet 4.6 has its 1M window at standard prices.
  assert.equal(micros('claude-sonnet-4-6', { inputTokens: 300_000 }), 900_000);
  // Haiku 5.5 switches rate card above 100k prompt tokens.
  assert.equal(micros('claude-haiku-5-5', { inputTokens: 100_000, outputTokens: 1000 }), 10_000 + 500);
  assert.equal(micros('claude-haiku-5-5', { inputTokens: 120_000, outputTokens: 1000 }), 60_000 + 2500);
});

test('a cost recorded by the tool is used as it is, even for an unknown model', () => {
  assert.deepEqual(costOfUsage(usage('some-proxy-model', { inputTokens: 5, costMicros: 1234 }), BUNDLED_PRICE_TABLE), { micros: 1234, priced: true });
});

test('an unknown model is unpriced, never $0; synthetic messages cost nothing', () => {
  assert.deepEqual(costOfUsage(usage('gpt-4o', { inputTokens: 1000 }), BUNDLED_PRICE_TABLE), { priced: false, model: 'gpt-4o' });
  assert.deepEqual(costOfUsage(usage('anthropic/claude-opus-4.9', { inputTokens: 1000 }), BUNDLED_PRICE_TABLE), { priced: false, model: 'claude-opus-4-9' });
  assert.deepEqual(costOfUsage(usage('<synthetic>', { inputTokens: 10 }), BUNDLED_PRICE_TABLE), { micros: 0, priced: true });
});

test('negative or missing token counts never make a negative cost', () => {
  assert.equal(micros('claude-sonnet-4-5', { inputTokens: -1000, outputTokens: Number.NaN, cacheReadTokens: 100_000 }), 30_000);
});

test('model ids from every provider normalise to one id', () => {
  const cases: [string, string][] = [
    ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5'],
    ['claude-3-5-sonnet-latest', 'claude-3-5-sonnet'],
    ['anthropic.claude-sonnet-4-5-20250929-v1:0', 'claude-sonnet-4-5'],
    ['us.anthropic.claude-opus-4-1-20250805-v1:0', 'claude-opus-4-1'],
    ['global.anthropic.claude-haiku-4-5-20251001-v1:0', 'claude-haiku-4-5'],
    ['arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-7-sonnet-20250219-v1:0', 'claude-3-7-sonnet'],
    ['claude-sonnet-4-5@20250929', 'claude-sonnet-4-5'],
    ['claude-3-5-sonnet-v2@20241022', 'claude-3-5-sonnet'],
    ['anthropic/claude-sonnet-4.5', 'claude-sonnet-4-5'],
    ['anthropic/claude-3.7-sonnet:thinking', 'claude-3-7-sonnet'],
    ['claude-opus-4.5', 'claude-opus-4-5'],
    ['claude-sonnet-3-5', 'claude-3-5-sonnet'],
    ['claude-4-sonnet-20250514', 'claude-sonnet-4'],
    ['claude-opus-4-0', 'claude-opus-4'],
    ['Claude-Sonnet-4-5', 'claude-sonnet-4-5'],
    ['claude-sonnet-4-5[1m]', 'claude-sonnet-4-5'],
    ['claude-3-haiku-20240307', 'claude-3-haiku'],
    ['gpt-4o', 'gpt-4o'],
  ];
  for (const [raw, want] of cases) assert.equal(normalizeModelId(raw), want, raw);
});

test('family fallback only where every known version of that family and major has the same price', () => {
  const sonnet57 = lookupModelPrice(BUNDLED_PRICE_TABLE, 'claude-sonnet-5-7');
  assert.equal(sonnet57?.via, 'family');
  assert.equal(sonnet57?.price.input, 2_000_000);
  assert.equal(lookupModelPrice(BUNDLED_PRICE_TABLE, 'claude-opus-4-9'), undefined); // Opus 4.1 $15 vs Opus 4.5 $5
  assert.equal(lookupModelPrice(BUNDLED_PRICE_TABLE, 'claude-sonnet-4-7'), undefined); // 4.5 has a long-context tier, 4.6 not
  assert.equal(lookupModelPrice(BUNDLED_PRICE_TABLE, 'claude-haiku-4-7'), undefined); // only one Haiku 4 known
  assert.equal(lookupModelPrice(BUNDLED_PRICE_TABLE, 'claude-fable-5-2'), undefined); // cache reads differ
  assert.equal(lookupModelPrice(BUNDLED_PRICE_TABLE, 'claude-sonnet-4-5-20250929')?.via, 'exact');
  assert.equal(lookupModelPrice(BUNDLED_PRICE_TABLE, 'sonnet'), undefined); // no substring matching
});

test('price overrides add and replace models; missing cache prices follow the input price', () => {
  const { table, errors } = applyPriceOverrides(BUNDLED_PRICE_TABLE, {
    'anthropic/claude-sonnet-4.5': { input: 2, output: 10 },
    'my-proxy-model': { input: 1, output: 2, cacheWrite: 1.5, cacheWrite1h: 2.5, cacheRead: 0.2 },
  });
  assert.deepEqual(errors, []);
  assert.deepEqual(table['claude-sonnet-4-5'], { input: 2_000_000, output: 10_000_000, cacheWrite5m: 2_500_000, cacheWrite1h: 4_000_000, cacheRead: 200_000 });
  assert.deepEqual(table['my-proxy-model'], { input: 1_000_000, output: 2_000_000, cacheWrite5m: 1_500_000, cacheWrite1h: 2_500_000, cacheRead: 200_000 });
  // The override drops the bundled long-context tier: 300k input at $2.
  assert.deepEqual(costOfUsage(usage('claude-sonnet-4-5', { inputTokens: 300_000 }), table), { micros: 600_000, priced: true });
  assert.equal(BUNDLED_PRICE_TABLE['claude-sonnet-4-5']?.input, 3_000_000, 'the bundled table is not changed');
});

test('a bad override entry is named and ignored; the good ones still apply', () => {
  const { table, errors } = applyPriceOverrides(BUNDLED_PRICE_TABLE, {
    'claude-x': { input: '3', output: 15 },
    'claude-y': { input: 1, output: 2, cacheWrites: 1 },
    'claude-z': { input: 1 },
    'claude-w': { input: -1, output: 2 },
    'good-model': { input: 1, output: 2 },
  });
  assert.equal(errors.length, 4);
  assert.match(errors[0]!, /"claude-x".*"input" must be a number of dollars per million tokens/);
  assert.match(errors[1]!, /"claude-y".*unknown field "cacheWrites"/);
  assert.match(errors[2]!, /"claude-z".*"output" is missing/);
  assert.match(errors[3]!, /"claude-w".*"input" must be a number/);
  assert.equal(table['claude-x'], undefined);
  assert.equal(table['good-model']?.output, 2_000_000);
});

test('overrides that are not an object are ignored with one message; none is fine', () => {
  assert.equal(applyPriceOverrides(BUNDLED_PRICE_TABLE, [1, 2]).errors.length, 1);
  assert.equal(applyPriceOverrides(BUNDLED_PRICE_TABLE, 'x').table, BUNDLED_PRICE_TABLE);
  assert.deepEqual(applyPriceOverrides(BUNDLED_PRICE_TABLE, undefined).errors, []);
  assert.deepEqual(applyPriceOverrides(BUNDLED_PRICE_TABLE, {}).errors, []);
});
