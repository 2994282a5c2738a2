import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideNotification, EMPTY_NOTIFICATION_MEMORY, type NotificationMemory } from '../../src/core/notificationPolicy';
import type { RejectionEvent, RejectionKind } from '../../src/core/rejection';

const T0 = Date.parse('2026-11-25T10:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const settings = { cooldownMs: 30 * 60_000, suppressedKinds: [] as RejectionKind[] };

function event(kind: RejectionKind, over: Partial<RejectionEvent> = {}): RejectionEvent {
  return {
    kind, httpStatus: 400, requestId: null, creditOfferUsd: null, orgAdmin: false, resetsAt: null,
    settingsUrl: null, message: 'x', at: at(0).toISOString(), origin: { source: 'cline' }, isHistorical: false, ...over,
  };
}

function feed(events: [RejectionEvent, Date][], s = settings) {
  let memory: NotificationMemory = EMPTY_NOTIFICATION_MEMORY;
  return events.map(([e, now]) => {
    const d = decideNotification(e, memory, s, now);
    memory = d.memory;
    return d.reason;
  });
}

test('a new extra-usage rejection is shown; historical ones never are', () => {
  assert.deepEqual(feed([[event('extra-usage', { isHistorical: true }), at(0)], [event('extra-usage'), at(1)]]), ['historical', 'new']);
});

test('the same request id is handled once (retries of one request)', () => {
  const e = event('extra-usage', { requestId: 'req_1' });
  assert.deepEqual(feed([[e, at(0)], [e, at(40)]]), ['new', 'duplicate-request']);
});

test('same tool and kind within the cooldown is one toast; after it, another', () => {
  const r = feed([[event('extra-usage'), at(0)], [event('extra-usage'), at(5)], [event('extra-usage'), at(31)]]);
  assert.deepEqual(r, ['new', 'cooldown', 'new']);
});

test('another tool with the same kind gets its own toast', () => {
  const r = feed([[event('extra-usage'), at(0)], [event('extra-usage', { origin: { source: 'roo-code' } }), at(1)]]);
  assert.deepEqual(r, ['new', 'new']);
});

test('suppressed kinds never toast', () => {
  const r = feed([[event('plan-limit'), at(0)]], { ...settings, suppressedKinds: ['plan-limit'] });
  assert.deepEqual(r, ['suppressed']);
});

test('rate limits and overloads toast only when they keep repeating', () => {
  const burst = [0, 1, 2, 3, 4, 5].map((m) => [event('rate-limit'), at(m)] as [RejectionEvent, Date]);
  assert.deepEqual(feed(burst), ['transient', 'transient', 'transient', 'transient', 'repeating', 'transient']);
  const spread = [0, 11, 22, 33, 44].map((m) => [event('overloaded'), at(m)] as [RejectionEvent, Date]);
  assert.ok(feed(spread).every((r) => r === 'transient'));
});

test('the request-id memory stays bounded', () => {
  let memory: NotificationMemory = EMPTY_NOTIFICATION_MEMORY;
  for (let i = 0; i < 500; i++) memory = decideNotification(event('auth', { requestId: `req_${i}` }), memory, settings, at(i)).memory;
  assert.ok(memory.seenRequestIds.length <= 200);
  assert.equal(memory.seenRequestIds.at(-1), 'req_499');
});
