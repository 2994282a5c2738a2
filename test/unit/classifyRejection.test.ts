import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { classifyRejection } from '../../src/core/classifyRejection';
import { rejectionSchema } from '../../src/core/rejection';

interface Labelled {
  text: string;
  kind: string | null;
  creditOfferUsd: number | null;
  orgAdmin: boolean;
  httpStatus: number | null;
  requestId: string | null;
}

const NOW = new Date('2026-04-10T12:00:00Z');
const fixture = (name: string): Labelled[] =>
  fs.readFileSync(path.resolve('test/fixtures', name), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Labelled);

for (const name of ['rejections.jsonl', 'rejections-extra.jsonl']) {
  fixture(name).forEach((row, i) => {
    test(`${name}:${i + 1} is ${row.kind ?? 'no rejection'}: ${row.text.replace(/\s+/g, ' ').slice(0, 70)}`, () => {
      const r = classifyRejection(row.text, { now: NOW, timeZone: 'UTC' });
      if (row.kind === null) {
        assert.equal(r, undefined);
        return;
      }
      assert.ok(r, 'expected a rejection');
      assert.deepEqual(
        { kind: r.kind, creditOfferUsd: r.creditOfferUsd, orgAdmin: r.orgAdmin, httpStatus: r.httpStatus, requestId: r.requestId },
        { kind: row.kind, creditOfferUsd: row.creditOfferUsd, orgAdmin: row.orgAdmin, httpStatus: row.httpStatus, requestId: row.requestId },
      );
      assert.ok(rejectionSchema.safeParse(r).success, 'matches the schema');
      assert.ok(r.message.length > 0 && r.message.length <= 500);
    });
  });
}

test('the extra fixture file has many positives of every kind and at least 20 negatives', () => {
  const rows = fixture('rejections-extra.jsonl');
  assert.ok(rows.filter((r) => r.kind === null).length >= 20);
  for (const kind of ['extra-usage', 'plan-limit', 'rate-limit', 'overloaded', 'api-credit', 'auth', 'not-billing']) {
    assert.ok(rows.filter((r) => r.kind === kind).length >= 3, kind);
  }
});

test('message is the human sentence, unwrapped from nested escaped JSON', () => {
  const inner = JSON.stringify({ type: 'error', error: { type: 'invalid_request_error', message: 'Third-party apps now draw from your extra usage, not your plan limits. Add more at claude.ai/settings/usage and keep going.' } });
  const text = JSON.stringify({ detail: JSON.stringify({ message: `400 ${inner}` }) });
  const r = classifyRejection(text);
  assert.equal(r?.message, 'Third-party apps now draw from your extra usage, not your plan limits. Add more at claude.ai/settings/usage and keep going.');
  assert.equal(r?.settingsUrl, 'https://claude.ai/settings/usage');
  assert.equal(r?.httpStatus, 400);
});

test('settingsUrl keeps an explicit scheme and ignores trailing punctuation', () => {
  const r = classifyRejection('API Error: 400 Third-party apps now draw from your extra usage. Add more at https://claude.ai/settings/usage.');
  assert.equal(r?.settingsUrl, 'https://claude.ai/settings/usage');
});

test('credit amounts: $5, $20, $200, $1,000 and decimals', () => {
  for (const [amount, expected] of [['$5', 5], ['$20', 20], ['$200', 200], ['$1,000', 1000], ['$2.50', 2.5]] as const) {
    const r = classifyRejection(`Third-party apps now draw from your extra usage, not your plan limits. We've added a ${amount} credit to get you started.`);
    assert.equal(r?.creditOfferUsd, expected, amount);
  }
});

test('request id from a request_id field that is not req_-shaped', () => {
  const r = classifyRejection('{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"abc123-def456"}');
  assert.equal(r?.requestId, 'abc123-def456');
});

test('a 12-line terminal window with unrelated output around the error still classifies', () => {
  const text = ['$ claude -p "fix the tests"', 'npm ERR! code ELIFECYCLE', '  ✓ 41 passing', '', '  ⎿  API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Credit balance is too low"}}', '', 'git status', 'On branch main'].join('\n');
  const r = classifyRejection(text);
  assert.equal(r?.kind, 'api-credit');
  assert.equal(r?.httpStatus, 400);
  assert.equal(r?.message, 'Credit balance is too low');
});

test('plan limit wins over a nearby mention of extra usage; extra usage wins over a 429 in the same log', () => {
  assert.equal(classifyRejection("extra usage is turned on\n⎿ You've hit your limit · resets 3pm (UTC)")?.kind, 'plan-limit');
  const log = `You're out of extra usage · resets 9am (UTC)\nError: 429 {"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"}}`;
  assert.equal(classifyRejection(log)?.kind, 'extra-usage');
});

test('an empty, whitespace or non-string input gives undefined', () => {
  assert.equal(classifyRejection(''), undefined);
  assert.equal(classifyRejection('   \n\t  '), undefined);
  assert.equal(classifyRejection(undefined as unknown as string), undefined);
  assert.equal(classifyRejection(42 as unknown as string), undefined);
});
