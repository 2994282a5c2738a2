import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseIsoTime } from '../../src/core/parseIsoTime';

const same = (text: string): void => assert.ok(Object.is(parseIsoTime(text), Date.parse(text)), `${text}: ${parseIsoTime(text)} vs ${Date.parse(text)}`);

test('parseIsoTime equals Date.parse on hand-picked edges of the fast path', () => {
  for (const text of [
    '2026-11-25T10:00:00.000Z', '2026-11-25T10:00:00Z', '1970-01-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z', '0000-01-01T00:00:00Z',
    '0001-03-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '2024-02-29T12:00:00Z', '2026-02-29T12:00:00Z', '2000-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-13-01T00:00:00Z', '2026-00-10T00:00:00Z', '2026-11-00T00:00:00Z',
    '2026-11-25T24:00:00Z', '2026-11-25T24:00:00.000Z', '2026-11-25T23:60:00Z', '2026-11-25T23:59:60Z', '2026-11-25T10:00:00,000Z',
    '2026-11-25 10:00:00.000Z', '2026-11-25T10:00:00.00Z', '2026-11-25T10:00:00.0000Z', '2026-11-25T1a:00:00Z', '+02026-11-25T10:00:00Z',
    '2026-11-25T10:00:00.000z', '2026-11-25T10:00:00+00:00', '2026-11-25', '', 'not a time', '2026-11-25T-1:00:00Z', '2026-1-250T10:00:00Z',
  ]) same(text);
});

test('parseIsoTime equals Date.parse on generated times and damaged copies', () => {
  const time = fc.date({ min: new Date('0000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
  fc.assert(fc.property(time, fc.boolean(), fc.nat(), fc.constantFrom('0', '9', '1', 'x', ':', '-', 'T', '.', 'Z', '3', '6'), (date, short, at, char) => {
    let text = date.toISOString();
    if (text.length !== 24) return;
    if (short) text = `${text.slice(0, 19)}Z`;
    same(text);
    const i = at % text.length;
    same(text.slice(0, i) + char + text.slice(i + 1));
  }), { numRuns: 20_000 });
});
