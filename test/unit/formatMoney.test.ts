import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatMoney } from '../../src/core/money';

/** What formatMoney has always meant: en-US grouping, cents below $10,000, rounding half away from zero. */
function viaIntl(micros: number, approximate = false): string {
  const usd = micros / 1_000_000;
  const abs = Math.abs(usd);
  const digits = abs >= 10_000 ? 0 : 2;
  const text = abs.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${approximate ? '~' : ''}${usd < 0 ? '-' : ''}$${text}`;
}

test('formatMoney equals en-US toLocaleString on edge amounts', () => {
  const edges = [0, -0, 1, 4_999, 5_000, 5_001, 1_005_000, -1_005_000, 9_999_995_000, 9_999_999_999, 10_000_000_000,
    10_000_500_000, 123_456_789_012_345, 0.5, 5_000.000000000001, Number.MAX_SAFE_INTEGER, 1e22, NaN, Infinity, -Infinity];
  for (const micros of edges) assert.equal(formatMoney(micros), viaIntl(micros), String(micros));
  assert.equal(formatMoney(1_234_560_000, { approximate: true }), '~$1,234.56');
  assert.equal(formatMoney(20_000_000, { currency: '€' }), '€20.00');
});

test('formatMoney equals en-US toLocaleString on any amount', () => {
  fc.assert(fc.property(fc.integer({ min: -1e13, max: 1e13 }), (micros) => formatMoney(micros) === viaIntl(micros)), { numRuns: 20_000 });
  fc.assert(fc.property(fc.integer({ min: -2e6, max: 2e6 }), (k) => formatMoney(k * 5_000) === viaIntl(k * 5_000)), { numRuns: 20_000 });
  fc.assert(fc.property(fc.double({ min: -1e16, max: 1e16, noNaN: true }), (micros) => formatMoney(micros) === viaIntl(micros)), { numRuns: 20_000 });
});
