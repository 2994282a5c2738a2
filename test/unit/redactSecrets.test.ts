import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactSecrets } from '../../src/core/redactSecrets';

// Built at run time so no key-shaped literal sits in the repository.
const fakeKey = (kind: string, body: string) => ['sk', 'ant', kind, body].join('-');
const KEY = fakeKey('api03', 'A1b2C3d4E5f6G7h8I9j0'.repeat(4) + '-xyzAA');

test('redacts Anthropic API keys anywhere in a line', () => {
  const out = redactSecrets(`checking key ${KEY} now`);
  assert.equal(out, 'checking key [redacted] now');
});

test('redacts OAuth tokens and admin keys', () => {
  assert.doesNotMatch(redactSecrets(fakeKey('oat01', 'abcdefghijklmnop1234')), /abcdefgh/);
  assert.doesNotMatch(redactSecrets(fakeKey('admin01', 'abcdefghijklmnop1234')), /abcdefgh/);
});

test('redacts bearer tokens and x-api-key headers but keeps the header name', () => {
  assert.equal(redactSecrets('Authorization: Bearer abc.def-ghi_jkl012345'), 'Authorization: Bearer [redacted]');
  assert.equal(redactSecrets('{"x-api-key": "0123456789abcdef"}'), '{"x-api-key": "[redacted]"}');
});

test('leaves ordinary text and request ids alone', () => {
  const text = 'API Error: 400 request_id req_011CZqpMLV2mFDafSPRNAc8Y at claude.ai/settings/usage';
  assert.equal(redactSecrets(text), text);
});
