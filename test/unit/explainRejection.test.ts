import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainRejection } from '../../src/core/explainRejection';
import { explanationSchema } from '../../src/core/explanation';
import { formatExplanationText } from '../../src/core/formatExplanation';
import { LINKS } from '../../src/core/links';
import { REJECTION_KINDS, type Rejection } from '../../src/core/rejection';

const base: Rejection = { kind: 'extra-usage', httpStatus: 400, requestId: null, creditOfferUsd: null, orgAdmin: false, resetsAt: null, settingsUrl: null, message: 'x' };
const explain = (over: Partial<Rejection>) => explainRejection({ ...base, ...over });

test('every kind gets a valid explanation with steps and https links', () => {
  for (const kind of REJECTION_KINDS) {
    for (const orgAdmin of [false, true]) {
      const e = explain({ kind, orgAdmin });
      assert.ok(explanationSchema.safeParse(e).success, kind);
      assert.ok(e.steps.length > 0, kind);
      assert.ok(e.links.every((l) => l.url.startsWith('https://')), kind);
      assert.ok(formatExplanationText(e).includes(e.title), kind);
    }
  }
});

test('pools and waiting per kind', () => {
  const at = '2026-04-10T19:00:00.000Z';
  const table = REJECTION_KINDS.map((kind) => {
    const e = explain({ kind, resetsAt: kind === 'plan-limit' ? at : null });
    return [kind, e.pool, e.waitingHelps, e.waitUntil];
  });
  assert.deepEqual(table, [
    ['extra-usage', 'extra-usage', false, null],
    ['plan-limit', 'plan', true, at],
    ['rate-limit', 'none', true, null],
    ['overloaded', 'none', true, null],
    ['api-credit', 'api-billing', false, null],
    ['auth', 'none', false, null],
    ['not-billing', 'none', false, null],
  ]);
});

test('extra usage, personal with a starter credit: claim it, one-time pitfall, usage link', () => {
  const e = explain({ creditOfferUsd: 200 });
  assert.match(e.title, /\$200/);
  assert.ok(e.steps.some((s) => s.includes('$200')));
  assert.ok(e.pitfalls.some((p) => /one-time/.test(p)));
  assert.ok(e.pitfalls.some((p) => /separate balances/.test(p)));
  assert.ok(e.pitfalls.some((p) => /API key/.test(p)));
  assert.equal(e.links[0]?.url, LINKS.usageSettings);
  assert.deepEqual(e.actions.slice(0, 2), ['claimCredit', 'setBalance']);
});

test('extra usage for an organisation: ask the admin, admin settings link, no personal claim step', () => {
  const e = explain({ orgAdmin: true });
  assert.match(e.steps[0] ?? '', /workspace admin/);
  assert.equal(e.links[0]?.url, LINKS.adminUsageSettings);
  assert.ok(!e.pitfalls.some((p) => /one-time/.test(p)));
});

test('extra usage that names a reset (monthly spend limit): waiting helps until then', () => {
  const e = explain({ resetsAt: '2026-05-01T00:00:00.000Z' });
  assert.equal(e.waitingHelps, true);
  assert.equal(e.waitUntil, '2026-05-01T00:00:00.000Z');
});

test('auth explains the Claude Code-only credential separately', () => {
  const e = explain({ kind: 'auth', message: 'This credential is only authorized for use with Claude Code and cannot be used for other API requests.' });
  assert.match(e.title, /Claude Code/);
  assert.notEqual(explain({ kind: 'auth', message: 'invalid x-api-key' }).title, e.title);
});

test('formatExplanationText is plain, numbered, and shows the wait time', () => {
  const text = formatExplanationText(explain({ kind: 'plan-limit', resetsAt: '2026-04-10T19:00:00.000Z' }));
  assert.match(text, /^Claude plan limit reached\n=+\n/);
  assert.match(text, /Waiting: +helps; it clears at 2026-04-10 19:00 UTC/);
  assert.match(text, /\n {2}1\. /);
  assert.doesNotMatch(text, /\u001b/);
  assert.match(formatExplanationText(explain({ kind: 'plan-limit', resetsAt: '2026-04-10T19:00:00.000Z' }), () => 'soon'), /clears at soon/);
});
