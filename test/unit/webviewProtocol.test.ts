import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostToWebviewMessageSchema, panelStateSchema, webviewToHostMessageSchema } from '../../src/core/webviewProtocol';

const STATE = {
  page: 'spend',
  rejection: null,
  creditOfferUsd: 20,
  orgAdmin: false,
  balanceText: '$20.00',
  hasApiKey: false,
  keyInTerminals: false,
  autoReload: { thresholdUsd: 5, amountUsd: 20, basis: 'profile' },
  savedAutoReload: null,
  chart: { days: [{ date: '2026-04-01', bySource: { cline: 1.5 } }], remainingUsd: 18.5, burnPerHourUsd: 1, summary: '' },
};

test('well-formed messages pass in both directions', () => {
  for (const m of [
    { type: 'ready' },
    { type: 'navigate', page: 'api-key' },
    { type: 'openLink', link: 'usage-settings' },
    { type: 'confirmClaimed', amount: '$20' },
    { type: 'saveApiKey', key: 'sk-ant-api03-x' },
    { type: 'provideKeyToTerminals', enabled: true },
    { type: 'saveAutoReload', threshold: '5', amount: '20' },
  ]) {
    assert.ok(webviewToHostMessageSchema.safeParse(m).success, JSON.stringify(m));
  }
  assert.ok(hostToWebviewMessageSchema.safeParse({ type: 'state', state: STATE }).success);
  assert.ok(hostToWebviewMessageSchema.safeParse({ type: 'keyCheck', result: { status: 'ok', message: 'fine' } }).success);
});

test('malformed panel → host messages are rejected', () => {
  for (const m of [
    null,
    'ready',
    {},
    { type: 'eval', code: '1' },
    { type: 'navigate', page: 'settings' },
    { type: 'openLink', link: 'https://evil.example' },
    { type: 'openLink', url: 'https://claude.ai' },
    { type: 'confirmClaimed', amount: 20 },
    { type: 'confirmClaimed', amount: 'x'.repeat(41) },
    { type: 'saveApiKey', key: '' },
    { type: 'saveApiKey', key: 'k'.repeat(501) },
    { type: 'provideKeyToTerminals', enabled: 'yes' },
    { type: 'saveAutoReload', threshold: '5' },
  ]) {
    assert.equal(webviewToHostMessageSchema.safeParse(m).success, false, JSON.stringify(m));
  }
});

test('malformed host → panel messages are rejected', () => {
  assert.equal(hostToWebviewMessageSchema.safeParse({ type: 'state', state: { ...STATE, page: 'nope' } }).success, false);
  assert.equal(hostToWebviewMessageSchema.safeParse({ type: 'state', state: { ...STATE, hasApiKey: 'yes' } }).success, false);
  assert.equal(hostToWebviewMessageSchema.safeParse({ type: 'notice', level: 'warning', text: 'x' }).success, false);
  assert.equal(hostToWebviewMessageSchema.safeParse({ type: 'keyCheck', result: { status: 'great', message: '' } }).success, false);
  const { savedAutoReload: _omitted, ...withoutSaved } = STATE;
  assert.equal(panelStateSchema.safeParse(withoutSaved).success, false);
});
