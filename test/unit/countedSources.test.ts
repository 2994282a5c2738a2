import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countedSources } from '../../src/core/countedSources';

test('third-party tools count by default, Claude Code does not', () => {
  const counted = countedSources({});
  assert.equal(counted('cline'), true);
  assert.equal(counted('roo-code'), true);
  assert.equal(counted('claude-code'), false);
});

test('the setting overrides either way', () => {
  const counted = countedSources({ 'claude-code': true, cline: false });
  assert.equal(counted('claude-code'), true);
  assert.equal(counted('cline'), false);
  assert.equal(counted('kilo-code'), true);
});
