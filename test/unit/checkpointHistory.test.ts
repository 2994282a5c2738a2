import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHECKPOINT_HISTORY_LIMIT, currentCheckpoint, parseCheckpointHistory, pushCheckpoint, undoCheckpoint,
} from '../../src/core/checkpointHistory';
import { checkpointId, creditCheckpointSchema, type CreditCheckpoint } from '../../src/core/creditCheckpoint';

const cp = (usd: number, at: string, over: Partial<CreditCheckpoint> = {}): CreditCheckpoint => ({
  amountMicros: usd * 1_000_000, currency: '$', at, how: 'typed', ...over,
});

test('the checkpoint schema accepts the optional limit and auto-reload and rejects bad values', () => {
  assert.equal(creditCheckpointSchema.safeParse(cp(20, '2026-11-25T10:00:00Z', {
    monthlyLimitMicros: 50_000_000, limitResetsAt: '2026-12-01T00:00:00Z', autoReload: { thresholdMicros: 5_000_000, amountMicros: 20_000_000 },
  })).success, true);
  assert.equal(creditCheckpointSchema.safeParse(cp(20, 'yesterday')).success, false);
  assert.equal(creditCheckpointSchema.safeParse({ ...cp(20, '2026-11-25T10:00:00Z'), currency: '£' }).success, false);
  assert.equal(creditCheckpointSchema.safeParse({ ...cp(20, '2026-11-25T10:00:00Z'), amountMicros: 1.5 }).success, false);
});

test('a persisted history drops bad entries one by one', () => {
  const good = cp(20, '2026-11-25T10:00:00Z');
  assert.deepEqual(parseCheckpointHistory([good, { amountMicros: -1 }, 'x', cp(15, '2026-11-25T12:00:00Z')]), [good, cp(15, '2026-11-25T12:00:00Z')]);
  assert.deepEqual(parseCheckpointHistory({ not: 'an array' }), []);
  assert.deepEqual(parseCheckpointHistory(undefined), []);
});

test('pushing keeps the last five, the newest current; the same confirmation twice is kept once', () => {
  let h: CreditCheckpoint[] = [];
  for (let i = 1; i <= 7; i++) h = pushCheckpoint(h, cp(i, `2026-11-2${i}T10:00:00Z`));
  assert.equal(h.length, CHECKPOINT_HISTORY_LIMIT);
  assert.equal(currentCheckpoint(h)?.amountMicros, 7_000_000);
  assert.equal(h[0]?.amountMicros, 3_000_000);
  assert.equal(pushCheckpoint(h, cp(7, '2026-11-27T10:00:00.000Z')).length, CHECKPOINT_HISTORY_LIMIT);
});

test('undo brings back the previous checkpoint', () => {
  const h = pushCheckpoint(pushCheckpoint([], cp(20, '2026-11-24T10:00:00Z')), cp(2, '2026-11-25T10:00:00Z'));
  const { history, undone } = undoCheckpoint(h);
  assert.equal(undone?.amountMicros, 2_000_000);
  assert.equal(currentCheckpoint(history)?.amountMicros, 20_000_000);
  assert.deepEqual(undoCheckpoint([]), { history: [] });
});

test('a checkpoint id does not depend on how the time is written', () => {
  assert.equal(checkpointId(cp(20, '2026-11-25T10:00:00Z')), checkpointId(cp(20, '2026-11-25T11:00:00+01:00')));
  assert.notEqual(checkpointId(cp(20, '2026-11-25T10:00:00Z')), checkpointId(cp(21, '2026-11-25T10:00:00Z')));
});
