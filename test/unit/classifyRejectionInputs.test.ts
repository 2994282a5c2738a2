import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { classifyRejection } from '../../src/core/classifyRejection';
import { parseResetTime } from '../../src/core/parseResetTime';
import { stripTerminalCodes } from '../../src/core/stripTerminalCodes';
import { joinWrappedLines } from '../../src/core/joinWrappedLines';

const NOW = new Date('2026-04-10T12:00:00Z'); // 09:00 in Cordoba (UTC-3), 05:00 in Los Angeles (PDT)
const EXTRA = 'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Third-party apps now draw from your extra usage, not your plan limits. We\'ve added a $20 credit to get you started. Claim it at claude.ai/settings/usage and keep going."},"request_id":"req_011CZqpMLV2mFDafSPRNAc8Y"}';

test('resetsAt: the next wall-clock time in the named zone, relative to the injected now', () => {
  const at = (text: string, now = NOW) => classifyRejection(text, { now })?.resetsAt;
  assert.equal(at("You've hit your limit · resets 12pm (America/Los_Angeles)"), '2026-04-10T19:00:00.000Z');
  assert.equal(at("You're out of extra usage · resets 9am (America/Cordoba)"), '2026-04-11T12:00:00.000Z', 'exactly now rolls to tomorrow');
  assert.equal(at("You've hit your session limit · resets 8:20pm (Asia/Singapore)"), '2026-04-10T12:20:00.000Z');
  assert.equal(at("You've hit your limit · resets 12am (Europe/Paris)"), '2026-04-10T22:00:00.000Z');
  assert.equal(at("You've hit your weekly limit · resets Apr 14, 10am (Europe/Berlin)"), '2026-04-14T08:00:00.000Z');
  assert.equal(at("You've hit your limit · resets 14:30 (UTC)"), '2026-04-10T14:30:00.000Z');
});

test('resetsAt crosses a DST change in the zone', () => {
  // Los Angeles moves to PDT on 2026-03-08; 1am PST on the 8th is 09:00Z, 1am PDT on the 9th is 08:00Z.
  const before = new Date('2026-03-08T10:30:00Z');
  assert.equal(classifyRejection("You've hit your limit · resets 1am (America/Los_Angeles)", { now: before })?.resetsAt, '2026-03-09T08:00:00.000Z');
});

test('resetsAt without a zone uses the timeZone option; an unknown zone gives null but still classifies', () => {
  assert.equal(classifyRejection('5-hour limit reached ∙ resets 3pm', { now: NOW, timeZone: 'Asia/Tokyo' })?.resetsAt, '2026-04-11T06:00:00.000Z');
  const r = classifyRejection("You've hit your limit · resets 3pm (Mars/Olympus_Mons)", { now: NOW });
  assert.equal(r?.kind, 'plan-limit');
  assert.equal(r?.resetsAt, null);
});

test('resetsAt from epoch seconds, epoch milliseconds, ISO fields and "resets in"', () => {
  assert.equal(classifyRejection('Claude AI usage limit reached|1787412000')?.resetsAt, '2026-08-22T15:20:00.000Z');
  assert.equal(classifyRejection('Claude AI usage limit reached|1787412000000')?.resetsAt, '2026-08-22T15:20:00.000Z');
  assert.equal(parseResetTime('{"resetsAt":1785225600}', { now: NOW }), '2026-07-28T08:00:00.000Z');
  assert.equal(parseResetTime('"resets_at":"2026-05-01T00:00:00Z"', { now: NOW }), '2026-05-01T00:00:00.000Z');
  assert.equal(parseResetTime('limit resets in 2h 15m', { now: NOW }), '2026-04-10T14:15:00.000Z');
  assert.equal(parseResetTime('no time named here', { now: NOW }), null);
});

test('ANSI colours, cursor codes and OSC titles/hyperlinks are ignored', () => {
  const coloured = `\u001b]0;claude\u0007\u001b[2K\u001b[1G\u001b[31m${EXTRA.slice(0, 30)}\u001b[0m${EXTRA.slice(30)}\u001b]8;;https://claude.ai\u001b\\link\u001b]8;;\u001b\\`;
  const r = classifyRejection(coloured);
  assert.equal(r?.kind, 'extra-usage');
  assert.equal(r?.requestId, 'req_011CZqpMLV2mFDafSPRNAc8Y');
  assert.equal(stripTerminalCodes('\u001b[1;31mred\u001b[0m\r\nnext\rredraw'), 'red\nnext\nredraw');
});

test('terminal hard wrapping: indented continuation lines are joined, markers start new lines', () => {
  const wrapped = '  ⎿  API Error: 400 {"type":"error","error":{"type":"invalid_request_error","mess\n     age":"Third-party apps now draw from your extra usage, not your plan limits. \n     Add more at claude.ai/settings/usage and keep going."}}';
  const r = classifyRejection(wrapped);
  assert.equal(r?.kind, 'extra-usage');
  assert.equal(r?.message, 'Third-party apps now draw from your extra usage, not your plan limits. Add more at claude.ai/settings/usage and keep going.');
  assert.equal(joinWrappedLines('❯ first\n  ⎿  second\n     continued'), 'first\nsecond continued');
});

test('SSE error frames', () => {
  const r = classifyRejection('event: message_start\ndata: {"type":"message_start"}\n\nevent: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n');
  assert.equal(r?.kind, 'overloaded');
  assert.equal(r?.message, 'Overloaded');
});

test('nested escaped JSON four levels deep', () => {
  let text = EXTRA.slice('API Error: 400 '.length);
  for (let i = 0; i < 3; i++) text = JSON.stringify({ message: `400 ${text}` });
  const r = classifyRejection(text);
  assert.equal(r?.kind, 'extra-usage');
  assert.equal(r?.creditOfferUsd, 20);
  assert.equal(r?.requestId, 'req_011CZqpMLV2mFDafSPRNAc8Y');
});

test('a 10 MB log with one rejection near the end is found; without one, undefined', () => {
  const filler = '2026-04-10T12:00:00Z INFO build step finished in 123 ms (cache hit)\n';
  const big = filler.repeat(Math.ceil(10_000_000 / filler.length));
  assert.equal(classifyRejection(big), undefined);
  const r = classifyRejection(`${big}${EXTRA}\n${filler.repeat(100)}`);
  assert.equal(r?.kind, 'extra-usage');
  assert.equal(r?.requestId, 'req_011CZqpMLV2mFDafSPRNAc8Y');
});

test('huge pathological inputs return without throwing', () => {
  const inputs = [
    'a'.repeat(5_000_000), ' '.repeat(5_000_000) + 'x', '"message":"' + '\\"'.repeat(2_000_000), 'API Error: ' + '{'.repeat(5_000_000),
    'resets ' + '9'.repeat(5_000_000), '$1 ' + 'a '.repeat(2_000_000) + 'credit', ('status ' + ' '.repeat(1000)).repeat(5000),
    'rate limit '.repeat(500_000) + 'API Error', '\u001b]'.repeat(2_000_000), '\n'.repeat(5_000_000), ('⎿ ' + 'x'.repeat(100) + '\n').repeat(50_000),
    'Error: 400 ' + '\\\\\\\\'.repeat(1_000_000),
  ];
  for (const input of inputs) {
    const r = classifyRejection(input);
    assert.ok(r === undefined || typeof r.kind === 'string');
  }
  assert.equal(classifyRejection('rate limit '.repeat(500_000) + 'API Error')?.kind, 'rate-limit');
});

test('random garbage never throws and yields undefined or a valid rejection', () => {
  const words = fc.constantFrom('API Error: ', '400 ', '{"type":"error"', '"error":{', 'rate_limit_error', '\\"', '\u001b[31m', '\n  ', '⎿ ', 'resets 9am (', 'America/X)', '$20 credit', 'req_011ABCDEFGH', '|1787412000', 'Third-party apps now draw', '}', '"');
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), words), { maxLength: 40 }), (parts) => {
      const r = classifyRejection(parts.join(''), { now: NOW });
      return r === undefined || (typeof r.kind === 'string' && r.message.length <= 500);
    }),
    { numRuns: 2000 },
  );
});
