import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CreditEstimate } from '../../src/core/creditEstimate';
import { formatHours, statusBarView } from '../../src/core/formatEstimate';
import { balanceBasisText } from '../../src/core/estimateTooltip';
import { USAGE_PROFILES } from '../../src/core/usageProfiles';

const usd = (n: number): number => Math.round(n * 1_000_000);
const opts = { rejected: false, lowThresholdMicros: usd(5) };

function estimate(over: Partial<CreditEstimate> = {}): CreditEstimate {
  return {
    basis: 'usage', state: 'normal',
    checkpoint: { amountMicros: usd(20), currency: '$', at: '2026-11-25T10:00:00Z', how: 'typed' },
    checkpointAgeHours: 2, currencyMismatch: false,
    remainingMicros: usd(13.42), balanceMicros: usd(13.42), monthlyLimitLeftMicros: null, limitResetsAt: null, limitingFactor: 'balance', runsOut: true,
    spentSinceMicros: usd(6.58), spentBySource: { cline: usd(5), 'roo-code': usd(1.58) }, spentByModel: { 'claude-sonnet-4-5': usd(6.58) },
    burnRatePerHourMicros: usd(3.2),
    burnRate: { microsPerHour: usd(3.2), spentMicros: usd(6.58), activeMs: 2 * 3_600_000, sessions: 1, fromMs: 0, toMs: 0 },
    profile: null, hoursLeft: 13.42 / 3.2, hoursLeftRange: null, autoReload: null, unpricedModels: [],
    ...over,
  };
}

test('normal: remaining and hours left, no background', () => {
  const v = statusBarView(estimate(), opts);
  assert.equal(v.text, '$(credit-card) ~$13.42 · ~4h');
  assert.equal(v.background, 'none');
  assert.match(v.accessibilityLabel, /about \$13\.42 left, about 4 hours of active use/);
  assert.ok(v.tooltipLines.includes('Spent since: ~$6.58 (Cline $5.00, Roo Code $1.58).'));
});

test('no balance confirmed: ask for it', () => {
  const v = statusBarView(estimate({ state: 'no-balance', checkpoint: null, remainingMicros: null, hoursLeft: null }), opts);
  assert.equal(v.text, '$(credit-card) Set balance');
  assert.equal(v.background, 'none');
});

test('below the low mark: warning icon and background', () => {
  const v = statusBarView(estimate({ state: 'low', remainingMicros: usd(3), hoursLeft: 3 / 3.2 }), opts);
  assert.equal(v.text, '$(warning) ~$3.00 · ~56m');
  assert.equal(v.background, 'warning');
});

test('a real rejection is an error; an estimated zero is a warning', () => {
  assert.deepEqual(
    [statusBarView(estimate(), { ...opts, rejected: true }).text, statusBarView(estimate(), { ...opts, rejected: true }).background],
    ['$(warning) Extra usage empty', 'warning'],
  );
  const empty = statusBarView(estimate({ state: 'exhausted', remainingMicros: 0, hoursLeft: 0 }), opts);
  assert.equal(empty.text, '$(warning) ~$0.00 left');
  assert.equal(empty.background, 'warning');
  const limit = statusBarView(estimate({ state: 'exhausted', remainingMicros: 0, limitingFactor: 'monthly-limit' }), opts);
  assert.equal(limit.text, '$(warning) Monthly limit reached');
});

test('profile basis shows a range, marked as uncertain', () => {
  const v = statusBarView(estimate({
    basis: 'profile', burnRate: null, burnRatePerHourMicros: null, hoursLeft: null, remainingMicros: usd(20),
    profile: USAGE_PROFILES['single-agent'], hoursLeftRange: { low: 20 / 3, high: 20 },
  }), opts);
  assert.equal(v.text, '$(credit-card) ~$20.00 · 7–20h?');
  assert.ok(v.tooltipLines.some((l) => l.includes('"one agent" use costs about $1.00–$3.00 an hour')));
});

test('auto-reload without a limit: no end time, no low warning', () => {
  const autoReload = { thresholdMicros: usd(5), amountMicros: usd(20), balanceMicros: usd(4), reloadsSinceCheckpoint: 1, hoursToNextReload: 0, hoursPerReload: 6.25 };
  const v = statusBarView(estimate({ remainingMicros: usd(4), hoursLeft: null, autoReload, runsOut: false }), opts);
  assert.equal(v.text, '$(credit-card) ~$4.00 · auto-reload');
  assert.equal(v.background, 'none');
});

test('the tooltip says what is missing: unpriced models and unconverted euros', () => {
  const v = statusBarView(estimate({ unpricedModels: ['claude-nova-9'], currencyMismatch: true }), opts);
  assert.ok(v.tooltipLines.some((l) => l.includes('claude-nova-9')));
  assert.ok(v.tooltipLines.some((l) => l.includes('not converted') || l.includes('without conversion')));
});

test('hours read as minutes below one hour and whole hours above', () => {
  assert.equal(formatHours(0.75), '45m');
  assert.equal(formatHours(0.999), '1h');
  assert.equal(formatHours(0.001), '<1m');
  assert.equal(formatHours(4.4), '4h');
  assert.equal(formatHours(52.2), '52h');
});

test('the basis sentence (tooltip and the Spend page) names the confirmed balance, its age and how it was set, or asks for one', () => {
  assert.equal(balanceBasisText(estimate()), 'Confirmed balance: $20.00, 2 h ago (typed in).');
  assert.equal(balanceBasisText(estimate({ checkpoint: { amountMicros: usd(15), currency: '€', at: '2026-11-20T10:00:00Z', how: 'claimed-credit' }, checkpointAgeHours: 50 })),
    'Confirmed balance: €15.00, 2 days ago (credit claimed).');
  assert.equal(balanceBasisText(estimate({ checkpoint: null, checkpointAgeHours: null })), 'No balance confirmed yet: set it to see what is left.');
  assert.ok(statusBarView(estimate(), opts).tooltipLines.includes(balanceBasisText(estimate())));
});
