import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hash53 } from '../../src/core/hash53';
import { createKeyHashSet } from '../../src/core/keyHashSet';
import { localDateIn } from '../../src/core/localDateIn';
import { BUNDLED_PRICE_TABLE } from '../../src/core/priceTable';
import type { UsageEvent } from '../../src/core/usageEvent';
import { createUsageLedger } from '../../src/core/usageLedger';

// Sonnet 4.5 at $15 per million output tokens: 1000 output tokens cost 15,000 micro-dollars.
function sonnet(at: string, over: Partial<UsageEvent> = {}): UsageEvent {
  return {
    at, source: 'cline', model: 'claude-sonnet-4-5-20250929',
    inputTokens: 0, outputTokens: 1000, cacheCreationTokens: 0, cacheReadTokens: 0, ...over,
  };
}

const utc = () => createUsageLedger({ table: BUNDLED_PRICE_TABLE, localDate: localDateIn('UTC') });

test('dedups by message id + request id as ccusage does; events without a key are never deduped', () => {
  const ledger = utc();
  assert.equal(ledger.add(sonnet('2026-11-25T10:00:00Z', { dedupKey: 'msg_01:req_01' })), 'added');
  assert.equal(ledger.add(sonnet('2026-11-25T10:00:01Z', { dedupKey: 'msg_01:req_01' })), 'duplicate');
  assert.equal(ledger.add(sonnet('2026-11-25T10:00:02Z', { dedupKey: 'msg_01:req_02' })), 'added');
  assert.equal(ledger.add(sonnet('2026-11-25T10:00:03Z')), 'added');
  assert.equal(ledger.add(sonnet('2026-11-25T10:00:03Z')), 'added');
  assert.equal(ledger.add(sonnet('not a time')), 'invalid');
  const counts = ledger.counts();
  assert.equal(counts.records, 4);
  assert.equal(counts.duplicatesSkipped, 1);
  assert.equal(counts.invalidTime, 1);
  assert.equal(ledger.totalsByDay()[0]?.totals.micros, 4 * 15_000);
});

test('an event with its time and key hash already read counts as the same event with the strings alone', () => {
  const ledger = utc();
  const hinted = (at: string, key: string): UsageEvent => sonnet(at, { dedupKey: key, atMs: Date.parse(at), dedupHash: hash53(key) });
  assert.equal(ledger.add(hinted('2026-11-25T23:30:00Z', 'msg_01:req_01')), 'added');
  assert.equal(ledger.add(sonnet('2026-11-25T23:30:01Z', { dedupKey: 'msg_01:req_01' })), 'duplicate', 'a string key matches a hashed one');
  assert.equal(ledger.add(sonnet('2026-11-26T00:30:00Z', { dedupKey: 'msg_02:req_02' })), 'added');
  assert.equal(ledger.add(hinted('2026-11-26T00:30:01Z', 'msg_02:req_02')), 'duplicate', 'a hashed key matches a string one');
  // The time read is the one used: here a day later than the string says.
  assert.equal(ledger.add(sonnet('2026-11-26T00:30:00Z', { atMs: Date.parse('2026-11-27T00:30:00Z') })), 'added');
  assert.deepEqual(ledger.totalsByDay().map((d) => [d.date, d.totals.outputTokens]), [['2026-11-25', 1000], ['2026-11-26', 1000], ['2026-11-27', 1000]]);
});

test('totals by local day in a zone west of UTC (Los Angeles, UTC-8 in November)', () => {
  const ledger = createUsageLedger({ table: BUNDLED_PRICE_TABLE, localDate: localDateIn('America/Los_Angeles') });
  ledger.add(sonnet('2026-11-25T07:30:00Z')); // 23:30 on the 24th in Los Angeles
  ledger.add(sonnet('2026-11-25T08:30:00Z')); // 00:30 on the 25th
  ledger.add(sonnet('2026-11-25T09:00:00Z', { outputTokens: 2000 }));
  assert.deepEqual(ledger.totalsByDay().map((d) => [d.date, d.totals.micros, d.totals.requests]), [
    ['2026-11-24', 15_000, 1],
    ['2026-11-25', 45_000, 2],
  ]);
});

test('totals by local day in a half-hour zone (Kolkata, UTC+5:30)', () => {
  const ledger = createUsageLedger({ table: BUNDLED_PRICE_TABLE, localDate: localDateIn('Asia/Kolkata') });
  ledger.add(sonnet('2026-11-24T18:29:00Z')); // 23:59 on the 24th
  ledger.add(sonnet('2026-11-24T18:31:00Z')); // 00:01 on the 25th
  assert.deepEqual(ledger.totalsByDay().map((d) => d.date), ['2026-11-24', '2026-11-25']);
});

test('totals by model and by source over a day range [since, until)', () => {
  const ledger = utc();
  ledger.add(sonnet('2026-11-23T10:00:00Z'));
  ledger.add(sonnet('2026-11-24T10:00:00Z', { source: 'roo-code' }));
  ledger.add(sonnet('2026-11-24T11:00:00Z', { model: 'anthropic.claude-opus-4-5-20251101-v1:0' })); // 1000 × $25
  ledger.add(sonnet('2026-11-25T10:00:00Z'));
  const range = { since: '2026-11-24', until: '2026-11-25' };
  assert.deepEqual(ledger.totalsByModel(range).map((m) => [m.model, m.totals.micros]), [
    ['claude-opus-4-5', 25_000],
    ['claude-sonnet-4-5', 15_000],
  ]);
  assert.deepEqual(ledger.totalsBySource(range).map((s) => [s.source, s.totals.micros]), [
    ['cline', 25_000],
    ['roo-code', 15_000],
  ]);
  assert.equal(ledger.totalsByDay({ since: '2026-11-25' }).length, 1);
});

test('unknown models keep their tokens, are counted as unpriced and add nothing to spend', () => {
  const ledger = utc();
  ledger.add(sonnet('2026-11-25T10:00:00Z', { model: 'claude-nova-9', inputTokens: 700 }));
  ledger.add(sonnet('2026-11-25T10:01:00Z', { model: 'claude-nova-9' }));
  ledger.add(sonnet('2026-11-25T10:02:00Z', { model: '<synthetic>' }));
  const [unpriced] = ledger.counts().unpriced;
  assert.equal(unpriced?.model, 'claude-nova-9');
  assert.equal(unpriced?.requests, 2);
  assert.equal(unpriced?.inputTokens, 700);
  assert.equal(unpriced?.outputTokens, 2000);
  assert.equal(ledger.counts().unpriced.length, 1, 'synthetic messages are not unpriced');
  const day = ledger.totalsByDay()[0]?.totals;
  assert.equal(day?.micros, 0);
  assert.equal(day?.unpricedRequests, 2);
  assert.equal(day?.requests, 3);
});

test('spend since a time counts only the sources that count', () => {
  const ledger = utc();
  ledger.add(sonnet('2026-11-25T09:00:00Z'));
  ledger.add(sonnet('2026-11-25T10:05:00Z'));
  ledger.add(sonnet('2026-11-25T10:06:00Z', { source: 'claude-code' }));
  ledger.add(sonnet('2026-11-25T10:07:00Z', { source: 'roo-code', outputTokens: 2000 }));
  const spend = ledger.spendSince(new Date('2026-11-25T10:00:00Z'), (s) => s !== 'claude-code');
  assert.equal(spend.micros, 15_000 + 30_000);
  assert.deepEqual(spend.bySource, { cline: 15_000, 'roo-code': 30_000 });
  assert.deepEqual(spend.byModel, { 'claude-sonnet-4-5': 45_000 });
});

test('requests within one minute share one bucket; a bucket counts from its latest request', () => {
  const ledger = utc();
  for (let s = 0; s < 60; s++) ledger.add(sonnet(`2026-11-25T10:00:${String(s).padStart(2, '0')}Z`));
  const points = ledger.spendPoints();
  assert.equal(points.length, 1);
  assert.equal(points[0]?.micros, 60 * 15_000);
  assert.equal(points[0]?.at, Date.parse('2026-11-25T10:00:59Z'));
  // A period starting inside that minute includes all of it (errs towards less credit left).
  assert.equal(ledger.spendSince(Date.parse('2026-11-25T10:00:30Z'), () => true).micros, 60 * 15_000);
  assert.equal(ledger.spendSince(Date.parse('2026-11-25T10:01:00Z'), () => true).micros, 0);
});

test('the dedup set keeps hashes only and still tells keys apart at scale', () => {
  const set = createKeyHashSet();
  for (let i = 0; i < 200_000; i++) assert.equal(set.add(`msg_${i}:req_${i}`), true);
  assert.equal(set.size, 200_000);
  assert.equal(set.add('msg_123:req_123'), false);
  assert.equal(set.has('msg_199999:req_199999'), true);
  assert.equal(set.has('msg_200000:req_200000'), false);
});

test('a totals-only ledger gives the same totals and counts, and refuses questions about spend over time', () => {
  const full = utc();
  const totalsOnly = createUsageLedger({ table: BUNDLED_PRICE_TABLE, localDate: localDateIn('UTC'), spendTimeline: false });
  const events = [
    sonnet('2026-11-24T10:00:00Z', { dedupKey: 'a:1' }), sonnet('2026-11-24T10:00:00Z', { dedupKey: 'a:1' }),
    sonnet('2026-11-25T10:00:00Z', { source: 'roo-code' }), sonnet('2026-11-25T11:00:00Z', { model: 'claude-nova-9' }), sonnet('bad'),
  ];
  for (const e of events) assert.equal(totalsOnly.add(e), full.add(e));
  assert.deepEqual(totalsOnly.totalsByDay(), full.totalsByDay());
  assert.deepEqual(totalsOnly.totalsByModel(), full.totalsByModel());
  assert.deepEqual(totalsOnly.totalsBySource(), full.totalsBySource());
  assert.deepEqual(totalsOnly.counts(), full.counts());
  assert.throws(() => totalsOnly.spendPoints(), /totals only/);
  assert.throws(() => totalsOnly.spendSince(0, () => true), /totals only/);
  assert.throws(() => totalsOnly.snapshot(), /totals only/);
});
