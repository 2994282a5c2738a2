import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMoneyInput } from '../../src/core/parseMoneyInput';

test('plain and symbol-prefixed dollar amounts', () => {
  assert.deepEqual(parseMoneyInput('20'), { micros: 20_000_000, currency: '$' });
  assert.deepEqual(parseMoneyInput(' $12.50 '), { micros: 12_500_000, currency: '$' });
  assert.deepEqual(parseMoneyInput('$1,000'), { micros: 1_000_000_000, currency: '$' });
  assert.deepEqual(parseMoneyInput('20 USD'), { micros: 20_000_000, currency: '$' });
});

test('euro amounts keep the currency, decimal comma accepted', () => {
  assert.deepEqual(parseMoneyInput('€15,50'), { micros: 15_500_000, currency: '€' });
  assert.deepEqual(parseMoneyInput('15.5 EUR'), { micros: 15_500_000, currency: '€' });
});

test('zero is a valid balance', () => {
  assert.deepEqual(parseMoneyInput('0'), { micros: 0, currency: '$' });
});

test('bad input gives a plain-words error', () => {
  for (const bad of ['', 'abc', '-5', '12.3.4', '1e9', '$']) {
    const r = parseMoneyInput(bad);
    assert.ok('error' in r, `expected an error for ${JSON.stringify(bad)}`);
  }
  const huge = parseMoneyInput('99999999');
  assert.ok('error' in huge && /more than/.test(huge.error));
});
