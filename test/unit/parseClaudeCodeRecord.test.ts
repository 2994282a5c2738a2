import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { mayCarryUsageOrError, mayCarryUsageOrErrorBytes, parseClaudeCodeRecord, type ClaudeCodeRecordResult } from '../../src/sources/parseClaudeCodeRecord';
import { FIXTURES, fakeClassifier } from '../fixtures/sources/testKit';

const SESSION = path.join(FIXTURES, 'claude/projects/-home-dev-shop/3f1c2a9e-7b41-4c55-9d0e-1a2b3c4d5e6f.jsonl');
const lines = readFileSync(SESSION, 'utf8').split('\n').filter((l) => l !== '');

function parse(line: string, classifier = fakeClassifier()): ClaudeCodeRecordResult {
  return parseClaudeCodeRecord(line, { classify: classifier.classify, isHistorical: true, location: 'shop/session.jsonl', now: () => new Date('2026-11-25T12:00:00Z') });
}
const usageOf = (r: ClaudeCodeRecordResult) => (r.kind === 'record' ? r.usage : undefined);
const rejectionOf = (r: ClaudeCodeRecordResult) => (r.kind === 'record' ? r.rejection : undefined);

test('a user prompt is ignored without parsing', () => {
  assert.equal(mayCarryUsageOrError(lines[0]!), false);
  assert.deepEqual(parse(lines[0]!), { kind: 'ignored' });
});

test('an assistant record gives usage with the 1-hour cache split and ccusage dedup key', () => {
  assert.deepEqual(usageOf(parse(lines[1]!)), {
    at: '2026-11-20T09:00:05.120Z', source: 'claude-code', model: 'claude-sonnet-4-5-20250929',
    inputTokens: 4, outputTokens: 312, cacheCreationTokens: 2048, cacheReadTokens: 15872,
    cacheCreation1hTokens: 1024, dedupKey: 'msg_01AbCdEfGh:req_011CAaaa1111',
  });
});

test('a streaming chunk of the same message carries the same dedup key', () => {
  assert.equal(usageOf(parse(lines[2]!))?.dedupKey, usageOf(parse(lines[1]!))?.dedupKey);
});

test('a tool result quoting "usage" and "error" inside its text is skipped by the pre-check', () => {
  assert.equal(mayCarryUsageOrError(lines[3]!), false);
});

test('costUSD becomes micro-dollars; an assistant reply mentioning API Error is not classified', () => {
  const classifier = fakeClassifier();
  const result = parse(lines[4]!, classifier);
  assert.equal(usageOf(result)?.costMicros, 6100);
  assert.equal(rejectionOf(result), undefined);
  assert.deepEqual(classifier.calls, []);
});

test('a truncated line is malformed (json); a usage of the wrong type is malformed (shape)', () => {
  assert.deepEqual(parse(lines[5]!), { kind: 'malformed', reason: 'json' });
  assert.deepEqual(parse(lines[6]!), { kind: 'malformed', reason: 'shape' });
  assert.deepEqual(parse('not json but says "usage"'), { kind: 'malformed', reason: 'json' });
  assert.deepEqual(parse('["usage"]'), { kind: 'malformed', reason: 'shape' });
});

test('a <synthetic> API error record gives a rejection and no usage', () => {
  const result = parse(lines[8]!);
  assert.equal(usageOf(result), undefined);
  const rejection = rejectionOf(result);
  assert.equal(rejection?.kind, 'extra-usage');
  assert.equal(rejection?.httpStatus, 400);
  assert.equal(rejection?.requestId, 'req_011CZqpMLV2mFDafSPRNAc8Y');
  assert.equal(rejection?.at, '2026-11-20T09:05:01.312Z');
  assert.deepEqual(rejection?.origin, { source: 'claude-code', location: 'shop/session.jsonl' });
  assert.equal(rejection?.isHistorical, true);
});

test('a system api_error record with an error object is classified with its status', () => {
  const classifier = fakeClassifier();
  const rejection = rejectionOf(parse(lines[9]!, classifier));
  assert.equal(rejection?.kind, 'overloaded');
  assert.equal(rejection?.httpStatus, 529);
  assert.match(classifier.calls[0] ?? '', /overloaded_error/);
});

test('apiErrorStatus is prefixed when the text lacks it, and the time falls back to now', () => {
  const classifier = fakeClassifier();
  const line = JSON.stringify({ type: 'assistant', isApiErrorMessage: true, apiErrorStatus: 529, message: { model: '<synthetic>', content: [{ type: 'text', text: 'Overloaded' }] } });
  const rejection = rejectionOf(parse(line, classifier));
  assert.equal(classifier.calls[0], 'API Error: 529 Overloaded');
  assert.equal(rejection?.at, '2026-11-25T12:00:00.000Z');
});

test('an assistant record without usage is neither usage nor malformed', () => {
  const line = JSON.stringify({ type: 'assistant', timestamp: '2026-11-20T09:00:00Z', message: { id: 'm', content: [{ type: 'text', text: 'hi "error"' }] } });
  assert.deepEqual(parse(line), { kind: 'ignored' });
});

test('no dedup key without both message id and request id; missing timestamp with usage is malformed', () => {
  const base = { type: 'assistant', timestamp: '2026-11-20T09:00:00Z', message: { id: 'msg_x', model: 'claude-haiku-4-5', usage: { input_tokens: 1, output_tokens: 2 } } };
  const usage = usageOf(parse(JSON.stringify(base)));
  assert.equal(usage?.dedupKey, undefined);
  assert.equal(usage?.cacheReadTokens, 0);
  assert.deepEqual(parse(JSON.stringify({ ...base, timestamp: undefined })), { kind: 'malformed', reason: 'shape' });
});

test('wantsRejections false skips the classifier entirely', () => {
  const classifier = fakeClassifier();
  const result = parseClaudeCodeRecord(lines[8]!, { classify: classifier.classify, isHistorical: true, wantsRejections: false });
  assert.deepEqual(result, { kind: 'ignored' });
  assert.equal(classifier.calls.length, 0);
});

test('the byte pre-check passes every line that parses to something, and skips user records early', () => {
  for (const line of lines) {
    const result = parse(line);
    if (result.kind !== 'ignored') assert.equal(mayCarryUsageOrErrorBytes(Buffer.from(line)), true, line.slice(0, 80));
  }
  const userWithErrorText = JSON.stringify({ parentUuid: null, type: 'user', message: { role: 'user', content: 'API Error: 400 "error" "usage"' } });
  assert.equal(mayCarryUsageOrError(userWithErrorText), true);
  assert.equal(mayCarryUsageOrErrorBytes(Buffer.from(userWithErrorText)), false);
  const classifier = fakeClassifier();
  assert.deepEqual(parse(userWithErrorText.replace('400', '400 extra usage'), classifier), { kind: 'ignored' });
  assert.deepEqual(classifier.calls, [], 'a pasted error in a user prompt is never classified');
});
