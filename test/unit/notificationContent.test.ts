import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notificationContent } from '../../src/core/notificationContent';
import { REJECTION_KINDS, type RejectionEvent, type RejectionKind } from '../../src/core/rejection';

function event(kind: RejectionKind, over: Partial<RejectionEvent> = {}): RejectionEvent {
  return {
    kind, httpStatus: 400, requestId: null, creditOfferUsd: null, orgAdmin: false, resetsAt: null, settingsUrl: null,
    message: 'x', at: '2026-11-25T10:00:00Z', origin: { source: 'cline' }, isHistorical: false, ...over,
  };
}
const fmt = (iso: string) => `at ${iso.slice(11, 16)}`;

test('extra usage names the tool, says waiting will not help, and offers Claim Credit first', () => {
  const c = notificationContent(event('extra-usage'), fmt);
  assert.equal(c.severity, 'warning');
  assert.match(c.message, /^Cline's request was rejected/);
  assert.match(c.message, /Waiting will not fix it/);
  assert.deepEqual(c.actions, ['claimCredit', 'useApiKey', 'explain']);
});

test('the starter credit amount and the admin variant change the message', () => {
  assert.match(notificationContent(event('extra-usage', { creditOfferUsd: 200 }), fmt).message, /one-time \$200 credit/);
  assert.match(notificationContent(event('extra-usage', { orgAdmin: true }), fmt).message, /workspace admin/);
});

test('plan limits give the reset time', () => {
  const c = notificationContent(event('plan-limit', { resetsAt: '2026-11-25T12:00:00.000Z' }), fmt);
  assert.match(c.message, /resets at 12:00/);
});

test('every kind has at most three buttons and always an Explain', () => {
  for (const kind of REJECTION_KINDS) {
    const c = notificationContent(event(kind), fmt);
    assert.ok(c.actions.length <= 3, kind);
    assert.ok(c.actions.includes('explain'), kind);
  }
});

test('transient kinds are informational', () => {
  assert.equal(notificationContent(event('overloaded'), fmt).severity, 'information');
  assert.equal(notificationContent(event('rate-limit', { origin: { source: 'terminal' } }), fmt).message.startsWith('A request from a terminal command'), true);
});
