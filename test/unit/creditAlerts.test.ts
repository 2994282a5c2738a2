import { test } from 'node:test';
import assert from 'node:assert/strict';
import { creditAlerts } from '../../src/core/creditAlerts';
import { checkpointId, type CreditCheckpoint } from '../../src/core/creditCheckpoint';
import type { CreditEstimate } from '../../src/core/creditEstimate';
import { estimateCredit } from '../../src/core/estimateCredit';

const usd = (n: number): number => Math.round(n * 1_000_000);
const now = new Date('2026-11-25T12:00:00Z');
const cp = (dollars: number, over: Partial<CreditCheckpoint> = {}): CreditCheckpoint =>
  ({ amountMicros: usd(dollars), currency: '$', at: '2026-11-25T10:00:00Z', how: 'typed', ...over });

function after(checkpoint: CreditCheckpoint, spentDollars: number): CreditEstimate {
  const spend = [{ at: Date.parse('2026-11-25T11:30:00Z'), micros: usd(spentDollars), source: 'cline', model: 'claude-sonnet-4-5' }];
  return estimateCredit({ checkpoint, spend, countedSources: () => true, now });
}

test('crossing $5 left fires once per checkpoint', () => {
  const c = cp(20);
  const id = checkpointId(c);
  const fired = new Set<string>();
  const first = creditAlerts({ previous: after(c, 14), current: after(c, 15.5), checkpointId: id, alreadyFired: fired });
  assert.deepEqual(first.map((a) => a.kind), ['remaining-below']);
  for (const a of first) fired.add(a.id);
  assert.deepEqual(creditAlerts({ previous: after(c, 15.5), current: after(c, 15.9), checkpointId: id, alreadyFired: fired }), []);
  // Even after a restart (no previous estimate), the remembered id keeps it quiet.
  assert.deepEqual(creditAlerts({ current: after(c, 15.9), checkpointId: id, alreadyFired: fired }), []);
});

test('80% spent fires when the share crosses it', () => {
  const c = cp(20);
  const alerts = creditAlerts({ previous: after(c, 15), current: after(c, 16), checkpointId: checkpointId(c), alreadyFired: new Set() });
  // $16 of $20 is 80%; $4 left is also below $5.
  assert.deepEqual(alerts.map((a) => a.kind).sort(), ['remaining-below', 'spent-percent']);
});

test('a balance typed in already below $5 does not alert about being below $5', () => {
  const c = cp(3);
  assert.deepEqual(creditAlerts({ current: after(c, 0.5), checkpointId: checkpointId(c), alreadyFired: new Set() }), []);
});

test('a new checkpoint can alert again; auto-reload without a limit never does', () => {
  const fired = new Set([`${checkpointId(cp(20))}:remaining-below`]);
  const next = cp(10, { at: '2026-11-25T11:00:00Z' });
  assert.equal(creditAlerts({ current: after(next, 6), checkpointId: checkpointId(next), alreadyFired: fired }).length, 1);
  const reloading = cp(20, { autoReload: { thresholdMicros: usd(5), amountMicros: usd(20) } });
  assert.deepEqual(creditAlerts({ current: after(reloading, 17), checkpointId: checkpointId(reloading), alreadyFired: new Set() }), []);
});
