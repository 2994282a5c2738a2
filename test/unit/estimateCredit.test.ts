import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CreditCheckpoint } from '../../src/core/creditCheckpoint';
import { estimateCredit } from '../../src/core/estimateCredit';
import { monthlyLimitPeriod } from '../../src/core/monthlyLimitPeriod';
import type { SpendPoint } from '../../src/core/spendTimeline';

const usd = (n: number): number => Math.round(n * 1_000_000);
const now = new Date('2026-11-25T12:00:00Z');
const notClaudeCode = (source: string): boolean => source !== 'claude-code';

function point(iso: string, dollars: number, source = 'cline', model = 'claude-sonnet-4-5'): SpendPoint {
  return { at: Date.parse(iso), micros: usd(dollars), source, model };
}

function checkpoint(dollars: number, over: Partial<CreditCheckpoint> = {}): CreditCheckpoint {
  return { amountMicros: usd(dollars), currency: '$', at: '2026-11-25T10:00:00Z', how: 'typed', ...over };
}

// One session after the checkpoint: 10:05, 10:15, 10:25, $1 each → 2 + 10 + 10 = 22 active minutes.
const session = [point('2026-11-25T10:05:00Z', 1), point('2026-11-25T10:15:00Z', 1, 'roo-code'), point('2026-11-25T10:25:00Z', 1)];
const sessionRate = Math.round((3_000_000 * 60) / 22);

test('no balance and no usage: unknown, with the profile as the only basis', () => {
  const e = estimateCredit({ spend: [], countedSources: notClaudeCode, now, profile: 'single-agent' });
  assert.equal(e.state, 'no-balance');
  assert.equal(e.basis, 'profile');
  assert.equal(e.remainingMicros, null);
  assert.equal(e.hoursLeft, null);
  assert.equal(e.hoursLeftRange, null);
  assert.equal(e.spentSinceMicros, null);
});

test('a balance but no usage yet: a range of hours from the usage profile', () => {
  const e = estimateCredit({ checkpoint: checkpoint(20), spend: [], countedSources: notClaudeCode, now, profile: 'single-agent' });
  assert.equal(e.basis, 'profile');
  assert.equal(e.remainingMicros, usd(20));
  assert.equal(e.hoursLeft, null);
  assert.deepEqual(e.hoursLeftRange, { low: 20 / 3, high: 20 }); // $1–3 an hour
  assert.equal(e.state, 'normal');
});

test('no usage and no profile: time left is unknown', () => {
  const e = estimateCredit({ checkpoint: checkpoint(20), spend: [], countedSources: notClaudeCode, now });
  assert.equal(e.basis, 'none');
  assert.equal(e.hoursLeft, null);
  assert.equal(e.hoursLeftRange, null);
  assert.equal(e.burnRatePerHourMicros, null);
});

test('remaining = balance − counted spend since the checkpoint; time left at the active burn rate', () => {
  const spend = [
    point('2026-11-24T09:00:00Z', 4), // before the checkpoint (a day earlier)
    ...session,
    point('2026-11-25T10:20:00Z', 50, 'claude-code'), // Claude Code on its plan: not counted
  ];
  const e = estimateCredit({ checkpoint: checkpoint(20), spend, countedSources: notClaudeCode, now, unpricedModels: ['claude-nova-9'] });
  assert.equal(e.basis, 'usage');
  assert.equal(e.spentSinceMicros, usd(3));
  assert.deepEqual(e.spentBySource, { cline: usd(2), 'roo-code': usd(1) });
  assert.deepEqual(e.spentByModel, { 'claude-sonnet-4-5': usd(3) });
  assert.equal(e.remainingMicros, usd(17));
  // The pace also uses the counted spend before the checkpoint: $4 + $3 over 2 + 22 active minutes.
  const rate = Math.round((7_000_000 * 60) / 24);
  assert.equal(e.burnRatePerHourMicros, rate);
  assert.equal(e.hoursLeft, usd(17) / rate);
  assert.equal(e.limitingFactor, 'balance');
  assert.equal(e.checkpointAgeHours, 2);
  assert.deepEqual(e.unpricedModels, ['claude-nova-9']);
});

test('low and exhausted states; remaining never goes below zero', () => {
  const low = estimateCredit({ checkpoint: checkpoint(7), spend: session, countedSources: notClaudeCode, now });
  assert.equal(low.remainingMicros, usd(4));
  assert.equal(low.state, 'low');
  const out = estimateCredit({ checkpoint: checkpoint(2), spend: session, countedSources: notClaudeCode, now });
  assert.equal(out.remainingMicros, 0);
  assert.equal(out.state, 'exhausted');
  assert.equal(out.hoursLeft, 0);
});

test('the monthly spend limit runs out first when less of it is left than of the balance', () => {
  const spend = [point('2026-11-10T09:00:00Z', 12), point('2026-10-20T09:00:00Z', 99), ...session];
  const cp = checkpoint(50, { monthlyLimitMicros: usd(30), limitResetsAt: '2026-12-01T00:00:00Z' });
  const e = estimateCredit({ checkpoint: cp, spend, countedSources: notClaudeCode, now });
  // Balance: 50 − 3 = 47. Limit: 30 − (12 + 3) spent since 1 November = 15 (October's $99 is another period).
  assert.equal(e.balanceMicros, usd(47));
  assert.equal(e.monthlyLimitLeftMicros, usd(15));
  assert.equal(e.remainingMicros, usd(15));
  assert.equal(e.limitingFactor, 'monthly-limit');
  assert.equal(e.limitResetsAt, '2026-12-01T00:00:00.000Z');
  // The pace looks back 7 days at most: the November 10 spend is too old for it.
  assert.equal(e.hoursLeft, usd(15) / sessionRate);
});

test('the balance runs out first when the limit has more room', () => {
  const cp = checkpoint(10, { monthlyLimitMicros: usd(100), limitResetsAt: '2026-12-01T00:00:00Z' });
  const e = estimateCredit({ checkpoint: cp, spend: session, countedSources: notClaudeCode, now });
  assert.equal(e.limitingFactor, 'balance');
  assert.equal(e.remainingMicros, usd(7));
  assert.equal(e.monthlyLimitLeftMicros, usd(97));
});

test('auto-reload: reloads since the checkpoint are added and the balance has no end time', () => {
  const spend = [...session, point('2026-11-25T10:35:00Z', 13)]; // $16 since the checkpoint
  const cp = checkpoint(10, { autoReload: { thresholdMicros: usd(5), amountMicros: usd(20) } });
  const e = estimateCredit({ checkpoint: cp, spend, countedSources: notClaudeCode, now });
  // 10 − 16 = −6; one reload of $20 brings it to 14, which is above the $5 threshold.
  assert.equal(e.autoReload?.reloadsSinceCheckpoint, 1);
  assert.equal(e.balanceMicros, usd(14));
  assert.equal(e.remainingMicros, usd(14));
  assert.equal(e.hoursLeft, null);
  assert.equal(e.runsOut, false);
  assert.equal(e.state, 'normal');
  // Active time: 2 + 10 + 10 + 10 = 32 minutes for $16 → $30 an hour.
  assert.equal(e.burnRatePerHourMicros, usd(30));
  assert.equal(e.autoReload?.hoursPerReload, 20 / 30);
  assert.equal(e.autoReload?.hoursToNextReload, (14 - 5) / 30);
});

test('auto-reload with a monthly limit: the limit ends the run', () => {
  const spend = [...session, point('2026-11-25T10:35:00Z', 13)];
  const cp = checkpoint(10, {
    autoReload: { thresholdMicros: usd(5), amountMicros: usd(20) }, monthlyLimitMicros: usd(25), limitResetsAt: '2026-12-01T00:00:00Z',
  });
  const e = estimateCredit({ checkpoint: cp, spend, countedSources: notClaudeCode, now });
  assert.equal(e.limitingFactor, 'monthly-limit');
  assert.equal(e.runsOut, true);
  assert.equal(e.remainingMicros, usd(9));
  assert.equal(e.hoursLeft, 9 / 30);
});

test('a balance in euros is flagged: spend is priced in dollars', () => {
  const e = estimateCredit({ checkpoint: checkpoint(20, { currency: '€' }), spend: session, countedSources: notClaudeCode, now });
  assert.equal(e.currencyMismatch, true);
});

test('monthly limit periods repeat from any reset time, clamped to short months', () => {
  const jan31 = '2026-01-31T00:00:00Z';
  assert.deepEqual(monthlyLimitPeriod(jan31, Date.parse('2026-02-15T00:00:00Z')), {
    startMs: Date.parse('2026-01-31T00:00:00Z'), nextResetMs: Date.parse('2026-02-28T00:00:00Z'),
  });
  assert.deepEqual(monthlyLimitPeriod(jan31, Date.parse('2026-03-05T00:00:00Z')), {
    startMs: Date.parse('2026-02-28T00:00:00Z'), nextResetMs: Date.parse('2026-03-31T00:00:00Z'),
  });
  assert.deepEqual(monthlyLimitPeriod('2026-12-01T00:00:00Z', now.getTime()), {
    startMs: Date.parse('2026-11-01T00:00:00Z'), nextResetMs: Date.parse('2026-12-01T00:00:00Z'),
  });
  assert.equal(monthlyLimitPeriod('never', now.getTime()), undefined);
});
