import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSettings } from '../../src/core/settingsSchema';

test('unset settings take their defaults', () => {
  const { settings, problems } = parseSettings(() => undefined);
  assert.equal(settings['notifications.cooldownMinutes'], 30);
  assert.equal(settings['sources.outputLogs.enabled'], false);
  assert.equal(settings.apiBaseUrl, 'https://api.anthropic.com');
  assert.deepEqual(settings['credit.alertThresholds'], { remainingUsd: 5, spentPercent: 80 });
  assert.deepEqual(problems, []);
});

test('a bad value falls back to its default, names the key, and keeps the others', () => {
  const raw: Record<string, unknown> = {
    'notifications.cooldownMinutes': -4,
    'notifications.suppressedKinds': ['plan-limit', 'bogus'],
    'sources.maxAgeDays': 7,
  };
  const { settings, problems } = parseSettings((key) => raw[key]);
  assert.equal(settings['notifications.cooldownMinutes'], 30);
  assert.deepEqual(settings['notifications.suppressedKinds'], []);
  assert.equal(settings['sources.maxAgeDays'], 7);
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /extraUsageGuard\.notifications\.cooldownMinutes/);
});
