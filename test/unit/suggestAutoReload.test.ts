import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggestAutoReload } from '../../src/core/suggestAutoReload';

test('a measured burn rate: threshold ≈ 2 h rounded up to $5, amount ≈ a working day rounded up', () => {
  const s = suggestAutoReload({ burnMicrosPerHour: 1_800_000, profile: 'light-chat' });
  assert.equal(s.thresholdUsd, 5); // 3.60 → 5
  assert.equal(s.amountUsd, 15); // 14.40 → 15
  assert.match(s.basis, /recent use \(about \$1\.80 an hour\)/);
});

test('heavy use rounds the amount to $10 steps above $50', () => {
  const s = suggestAutoReload({ burnMicrosPerHour: 12_000_000, profile: 'single-agent' });
  assert.equal(s.thresholdUsd, 25); // 24 → 25
  assert.equal(s.amountUsd, 100); // 96 → 100
});

test('minimums: $5 threshold and $10 amount for light use', () => {
  const s = suggestAutoReload({ burnMicrosPerHour: 50_000, profile: 'single-agent' });
  assert.deepEqual([s.thresholdUsd, s.amountUsd], [5, 10]);
});

test('no burn rate (null or zero) falls back to the usage profile and says so', () => {
  const single = suggestAutoReload({ burnMicrosPerHour: null, profile: 'single-agent' });
  assert.deepEqual([single.thresholdUsd, single.amountUsd], [5, 20]); // $2/h
  assert.match(single.basis, /usage profile "one agent"/);
  const parallel = suggestAutoReload({ burnMicrosPerHour: 0, profile: 'parallel-agents' });
  assert.deepEqual([parallel.thresholdUsd, parallel.amountUsd], [20, 80]); // $10/h
});

test('exact multiples are not bumped up and absurd rates are capped', () => {
  assert.equal(suggestAutoReload({ burnMicrosPerHour: 5_000_000, profile: 'light-chat' }).thresholdUsd, 10);
  const huge = suggestAutoReload({ burnMicrosPerHour: 10_000_000_000, profile: 'light-chat' });
  assert.deepEqual([huge.thresholdUsd, huge.amountUsd], [1000, 1000]);
});
