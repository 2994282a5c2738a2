import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { packHashes, unpackHashes } from '../../src/core/ledgerSnapshot';
import { ledgerSnapshotSchema } from '../../src/core/ledgerSnapshotSchema';
import { localDateIn } from '../../src/core/localDateIn';
import { applyPriceOverrides } from '../../src/core/priceOverrides';
import { BUNDLED_PRICE_TABLE } from '../../src/core/priceTable';
import type { UsageEvent } from '../../src/core/usageEvent';
import { createUsageLedger, restoreUsageLedger, type UsageLedger } from '../../src/core/usageLedger';

const options = { table: BUNDLED_PRICE_TABLE, localDate: localDateIn('UTC') };

function event(i: number, over: Partial<UsageEvent> = {}): UsageEvent {
  return {
    at: new Date(Date.UTC(2026, 10, 20) + i * 97_000).toISOString(),
    source: i % 3 === 0 ? 'cline' : 'claude-code',
    model: i % 5 === 0 ? 'some-future-model' : i % 2 ? 'claude-sonnet-4-5-20250929' : 'claude-opus-4-1',
    inputTokens: 100 + i, outputTokens: 10 * i, cacheCreationTokens: i, cacheReadTokens: 2 * i,
    dedupKey: `msg_${i}:req_${i}`,
    ...over,
  };
}

/** Everything a reader of the ledger can see. */
function view(ledger: UsageLedger): unknown {
  return {
    days: ledger.totalsByDay(), models: ledger.totalsByModel(), sources: ledger.totalsBySource(),
    points: ledger.spendPoints(), counts: ledger.counts(),
  };
}

/** A snapshot as it comes back from a file: JSON text, parsed and validated. */
const throughJson = (ledger: UsageLedger) => ledgerSnapshotSchema.parse(JSON.parse(JSON.stringify(ledger.snapshot())));

test('a ledger restored from its snapshot (through JSON) answers exactly as the original', () => {
  const ledger = createUsageLedger(options);
  for (let i = 0; i < 500; i++) ledger.add(event(i));
  ledger.add(event(3)); // a duplicate
  ledger.add(event(4, { at: 'garbage', dedupKey: 'x:y' }));
  const restored = restoreUsageLedger(options, throughJson(ledger));
  assert.ok(restored);
  assert.deepEqual(view(restored), view(ledger));
  assert.equal(restored.counts().duplicatesSkipped, 1);
  assert.equal(restored.counts().unpriced[0]?.model, 'some-future-model');
});

test('dedup keys survive a restore: a request already counted is a duplicate afterwards', () => {
  const ledger = createUsageLedger(options);
  ledger.add(event(1));
  const restored = restoreUsageLedger(options, throughJson(ledger))!;
  assert.equal(restored.add(event(1)), 'duplicate');
  assert.equal(restored.add(event(2)), 'added');
  assert.equal(restored.counts().records, 2);
});

test('a snapshot priced with another table is refused (the logs must be read again)', () => {
  const ledger = createUsageLedger(options);
  ledger.add(event(1));
  const { table } = applyPriceOverrides(BUNDLED_PRICE_TABLE, { 'claude-sonnet-4-5': { input: 1, output: 2 } });
  assert.equal(restoreUsageLedger({ ...options, table }, throughJson(ledger)), undefined);
  assert.ok(restoreUsageLedger(options, throughJson(ledger)));
});

test('the snapshot schema refuses damaged data instead of restoring wrong totals', () => {
  const good = JSON.parse(JSON.stringify(createUsageLedger(options).snapshot()));
  assert.ok(ledgerSnapshotSchema.safeParse(good).success);
  for (const bad of [
    { ...good, version: 2 },
    { ...good, seen: 'abc' },
    { ...good, seen: 'zz'.repeat(7) },
    { ...good, days: [['2026-11-25', 'm', 's', { micros: -1 }]] },
    { ...good, spend: [[Number.NaN, 1, 's', 'm']] },
    null,
  ]) assert.equal(ledgerSnapshotSchema.safeParse(bad).success, false, JSON.stringify(bad));
});

test('hash packing round-trips every 53-bit value', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })), (hashes) => {
    assert.deepEqual(unpackHashes(packHashes(hashes)), hashes);
  }));
});

test('property: adding events, snapshotting anywhere and adding the rest gives the totals of one ledger', () => {
  fc.assert(fc.property(
    fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 80 }),
    fc.nat(),
    (ids, cut) => {
      const events = ids.map((i) => event(i));
      const at = events.length === 0 ? 0 : cut % (events.length + 1);
      const whole = createUsageLedger(options);
      for (const e of events) whole.add(e);
      const first = createUsageLedger(options);
      for (const e of events.slice(0, at)) first.add(e);
      const resumed = restoreUsageLedger(options, throughJson(first))!;
      for (const e of events.slice(at)) resumed.add(e);
      assert.deepEqual(view(resumed), view(whole));
    },
  ), { numRuns: 200 });
});
