// Ledger properties: dedup is idempotent, totals are never negative (nor NaN).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { localDateIn } from '../../src/core/localDateIn';
import { BUNDLED_PRICE_TABLE } from '../../src/core/priceTable';
import type { UsageEvent } from '../../src/core/usageEvent';
import { createUsageLedger, type UsageLedger } from '../../src/core/usageLedger';
import type { UsageTotals } from '../../src/core/usageTotals';
import type { FuzzProperty } from './fuzzProperty';

const MODELS = ['claude-sonnet-4-5-20250929', 'claude-opus-4-1-20250805', 'anthropic.claude-haiku-4-5-20251001-v1:0', 'gpt-5', '<synthetic>', '', '__proto__', 'constructor'];
const SOURCES = ['claude-code', 'cline', 'roo-code', '__proto__', ''];

const time = fc.oneof(
  { arbitrary: fc.date({ min: new Date('2025-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), weight: 8 },
  { arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), weight: 1 },
  { arbitrary: fc.constantFrom('', 'yesterday', '2026-02-30T10:00:00Z', '2026-11-25', '-271821-04-20T00:00:00.000Z', '+275760-09-13T00:00:00.000Z'), weight: 1 },
);
const realisticCount = fc.integer({ min: 0, max: 2_000_000 });
const hostileCount = fc.oneof(realisticCount, fc.double(), fc.constantFrom(-1, -0, Number.NaN, Infinity, -Infinity, 1e308));

function usageEvent(count: fc.Arbitrary<number>, key: fc.Arbitrary<string | undefined>): fc.Arbitrary<UsageEvent> {
  return fc.record({
    at: time,
    source: fc.constantFrom(...SOURCES),
    model: fc.oneof(fc.constantFrom(...MODELS), fc.string({ maxLength: 12 })),
    inputTokens: count,
    outputTokens: count,
    cacheCreationTokens: count,
    cacheReadTokens: count,
    cacheCreation1hTokens: fc.option(count, { nil: undefined }),
    costMicros: fc.option(fc.oneof(count, fc.integer({ min: -1_000_000, max: 0 })), { nil: undefined, freq: 4 }),
    dedupKey: key,
  }, { requiredKeys: ['at', 'source', 'model', 'inputTokens', 'outputTokens', 'cacheCreationTokens', 'cacheReadTokens', 'dedupKey'] });
}

const KEYS = Array.from({ length: 12 }, (_, i) => `msg_${i}:req_${i}`);
const newLedger = (): UsageLedger => createUsageLedger({ table: BUNDLED_PRICE_TABLE, localDate: localDateIn('UTC') });

function everything(ledger: UsageLedger) {
  const { records, unpriced } = ledger.counts();
  return {
    byDay: ledger.totalsByDay(), byModel: ledger.totalsByModel(), bySource: ledger.totalsBySource(),
    points: ledger.spendPoints(), records, unpriced,
  };
}

function assertSane(totals: UsageTotals, where: string): void {
  for (const [field, n] of Object.entries(totals)) {
    if (field === 'model') continue;
    assert.ok(typeof n === 'number' && !Number.isNaN(n) && n >= 0, `${where}.${field} = ${n}`);
  }
}

/** Dedup and sign properties of the usage ledger. */
export function ledgerProperties(): FuzzProperty[] {
  return [
    {
      name: 'ledger: adding the same keyed events twice gives the same totals',
      share: 0.5,
      property: () => fc.property(fc.array(usageEvent(hostileCount, fc.constantFrom(...KEYS)), { maxLength: 40 }), (events) => {
        const once = newLedger();
        const twice = newLedger();
        for (const e of events) once.add(e);
        for (const e of [...events, ...events]) twice.add(e);
        assert.deepEqual(everything(twice), everything(once));
      }),
    },
    {
      name: 'ledger: totals are never negative or NaN, and finite for realistic counts',
      share: 0.5,
      property: () => fc.property(fc.array(usageEvent(hostileCount, fc.option(fc.constantFrom(...KEYS), { nil: undefined })), { maxLength: 40 }), fc.array(usageEvent(realisticCount, fc.constant(undefined)), { maxLength: 20 }), (hostile, realistic) => {
        const ledger = newLedger();
        for (const e of hostile) ledger.add(e);
        const view = everything(ledger);
        for (const group of [view.byDay, view.byModel, view.bySource]) for (const row of group) assertSane(row.totals, 'totals');
        for (const row of view.unpriced) assertSane(row, 'unpriced');
        for (const p of view.points) assert.ok(p.micros > 0, `spend point ${p.micros}`);
        assert.ok(ledger.spendSince(0, () => true).micros >= 0);
        const plain = newLedger();
        for (const e of realistic) plain.add(e);
        for (const row of plain.totalsBySource()) assert.ok(Object.values(row.totals).every(Number.isFinite), JSON.stringify(row));
      }),
    },
  ];
}
