import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addToHistory, hasUnresolvedExtraUsage, HISTORY_LIMIT } from '../../src/core/rejectionHistory';
import type { RejectionEvent, RejectionKind } from '../../src/core/rejection';

function event(kind: RejectionKind, at: string, over: Partial<RejectionEvent> = {}): RejectionEvent {
  return {
    kind, httpStatus: 400, requestId: null, creditOfferUsd: null, orgAdmin: false, resetsAt: null, settingsUrl: null,
    message: `m-${at}`, at, origin: { source: 'cline' }, isHistorical: false, ...over,
  };
}

test('keeps newest first and ignores the same rejection seen twice', () => {
  let h = addToHistory([], event('rate-limit', '2026-11-25T10:00:00Z'))!;
  h = addToHistory(h, event('extra-usage', '2026-11-25T11:00:00Z', { requestId: 'req_a' }))!;
  assert.equal(addToHistory(h, event('extra-usage', '2026-11-25T11:00:05Z', { requestId: 'req_a' })), undefined);
  assert.equal(addToHistory(h, event('rate-limit', '2026-11-25T10:00:00Z')), undefined);
  assert.deepEqual(h.map((e) => e.kind), ['extra-usage', 'rate-limit']);
});

test('older events found later are placed by time, and the history is bounded', () => {
  let h: RejectionEvent[] = [];
  for (let i = 0; i < HISTORY_LIMIT + 20; i++) h = addToHistory(h, event('auth', new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()))!;
  assert.equal(h.length, HISTORY_LIMIT);
  assert.ok(Date.parse(h[0]!.at) > Date.parse(h[1]!.at));
});

test('an extra-usage rejection stays unresolved until a balance is confirmed after it', () => {
  const h = [event('extra-usage', '2026-11-25T11:00:00Z')];
  assert.equal(hasUnresolvedExtraUsage(h, undefined), true);
  assert.equal(hasUnresolvedExtraUsage(h, '2026-11-25T10:00:00Z'), true);
  assert.equal(hasUnresolvedExtraUsage(h, '2026-11-25T11:30:00Z'), false);
  assert.equal(hasUnresolvedExtraUsage([event('rate-limit', '2026-11-25T12:00:00Z'), ...h], undefined), false);
});
