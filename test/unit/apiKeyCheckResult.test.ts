import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiKeyCheckResult } from '../../src/core/apiKeyCheckResult';
import { apiKeyShapeProblem } from '../../src/core/apiKeyShape';

test('each HTTP status maps to its own plain-words result', () => {
  const cases: [number, string, RegExp][] = [
    [200, 'ok', /works/],
    [401, 'unauthorized', /rejected \(401\)/],
    [403, 'forbidden', /not allowed.*403/],
    [429, 'rate-limited', /rate limited.*429/],
    [500, 'error', /problem on its side \(500\)/],
    [529, 'error', /529/],
    [404, 'error', /unexpected status \(404\)/],
  ];
  for (const [status, expected, words] of cases) {
    const result = apiKeyCheckResult({ kind: 'http', status });
    assert.equal(result.status, expected, String(status));
    assert.match(result.message, words);
  }
});

test('network failure, timeout and a missing key say what to do', () => {
  assert.equal(apiKeyCheckResult({ kind: 'network' }).status, 'network');
  const timeout = apiKeyCheckResult({ kind: 'timeout', seconds: 10 });
  assert.equal(timeout.status, 'timeout');
  assert.match(timeout.message, /within 10 seconds/);
  assert.match(apiKeyCheckResult({ kind: 'no-key' }).message, /Save first/);
});

test('key shape: accepts an API key, refuses the rest without echoing them', () => {
  assert.equal(apiKeyShapeProblem(`sk-ant-api03-${'a'.repeat(40)}`), undefined);
  assert.match(apiKeyShapeProblem('') ?? '', /Paste a key/);
  assert.match(apiKeyShapeProblem(`sk-ant-api03-${'a'.repeat(20)} x`) ?? '', /spaces/);
  assert.match(apiKeyShapeProblem('sk-proj-abcdefghijklmnopqrstuvwxyz') ?? '', /start with "sk-ant-"/);
  assert.match(apiKeyShapeProblem(`sk-ant-oat01-${'b'.repeat(40)}`) ?? '', /login token/);
  assert.match(apiKeyShapeProblem('sk-ant-short') ?? '', /length/);
  const secret = 'sk-proj-SECRET-abcdefghijklmnop';
  assert.ok(!(apiKeyShapeProblem(secret) ?? '').includes('SECRET'));
});
