import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { skipSpace, valueEnd } from '../../src/sources/jsonBytes';

const decoder = new TextDecoder();

/** What the byte checks say of a whole line: one JSON value, whitespace around. */
function isJsonLine(bytes: Uint8Array): boolean {
  const start = skipSpace(bytes, 0);
  const end = valueEnd(bytes, start);
  return end >= 0 && skipSpace(bytes, end) === bytes.length;
}

function isJsonParseable(bytes: Uint8Array): boolean {
  try {
    JSON.parse(decoder.decode(bytes));
    return true;
  } catch {
    return false;
  }
}

const check = (text: string | Uint8Array): void => {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  assert.equal(isJsonLine(bytes), isJsonParseable(bytes), decoder.decode(bytes));
};

test('the byte checks accept exactly what JSON.parse accepts: hand-picked edges', () => {
  const cases = [
    '0', '-0', '01', '-', '1.', '.5', '1.5e', '1e+5', '1E-05', '+1', '1e400', '-1.25e-3', 'true', 'tru', 'false', 'null', 'nul', 'NaN',
    '""', '"a', '"\\u00e9"', '"\\u00g9"', '"\\x"', '"\\/"', '"a\tb"', '"a\u007fb"', '"é🎉"', '{}', '{ }', '[]', '[ ]', '[1,]', '[,1]', '{"a":1,}',
    '{"a" : [1, {"b": null}] }', '{"a":1 "b":2}', '{"a"}', '{1:2}', '[1 2]', '[[[[]]]]', '[[[[]]]', '{"a":{"b":{"c":[]}}}', ' \t\r\n1 ', '1 2', '', ' ',
    '\u00a01', '"\\ud800"', '{"a":"\\"}"}', '{"a":"\\\\"}',
  ];
  for (const text of cases) check(text);
  check(Buffer.from([0x22, 0xff, 0xfe, 0x22]));
  check(Buffer.from([0x22, 0xc3, 0x22]));
  check(Buffer.concat([Buffer.from('['.repeat(100_000)), Buffer.from(']'.repeat(100_000))]));
  check(Buffer.concat([Buffer.from('['.repeat(100_000)), Buffer.from(']'.repeat(99_999))]));
  // Objects and arrays mixed past the depth kept in bits (30): each closer must match its own opener.
  for (const depth of [29, 30, 31, 45]) {
    const opens = Array.from({ length: depth }, (_, k) => (k % 3 === 0 ? '[' : '{"k":'));
    const closes = opens.map((o) => (o === '[' ? ']' : '}')).reverse();
    check(`${opens.join('')}1${closes.join('')}`);
    for (const at of [0, 1, depth - 31, depth - 30, depth - 29, depth - 2]) {
      if (at < 0 || at >= depth) continue;
      const swapped = [...closes];
      swapped[at] = swapped[at] === ']' ? '}' : ']';
      check(`${opens.join('')}1${swapped.join('')}`);
    }
  }
});

test('the byte checks accept exactly what JSON.parse accepts: generated JSON and damaged copies', () => {
  const damage = fc.record({ at: fc.nat(), bytes: fc.uint8Array({ maxLength: 2 }), drop: fc.nat({ max: 2 }) });
  fc.assert(fc.property(fc.json({ depthSize: 'small' }), fc.boolean(), damage, (text, spaced, d) => {
    const value = JSON.parse(text) as unknown;
    let bytes = Buffer.from(spaced ? JSON.stringify(value, null, 1).replace(/\n/g, ' ') : text);
    check(bytes);
    const at = d.at % (bytes.length + 1);
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(d.bytes), bytes.subarray(Math.min(bytes.length, at + d.drop))]);
    check(bytes);
  }), { numRuns: 5000 });
  const pieces = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'a', '1', '-', '.', 'e', '0', ' ', 'true', 'null', '"k"', '\\u0041', '\u0001');
  fc.assert(fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => check(parts.join(''))), { numRuns: 5000 });
});

test('long strings: the four-byte skip agrees with JSON.parse wherever escapes, quotes and control bytes fall, and never reads past the view', () => {
  const piece = fc.constantFrom('a', 'bcd', 'efghijk', ' ', 'é', '日本', '🎉', '\\"', '\\\\', '\\n', '\\u00e9', '\\x', '\\u12', '"', '\t', '\u0001', '\\');
  fc.assert(fc.property(fc.array(piece, { maxLength: 120 }), fc.nat({ max: 7 }), fc.boolean(), (parts, offset, asMember) => {
    const text = asMember ? `{"k":"${parts.join('')}"}` : `"${parts.join('')}"`;
    const body = Buffer.from(text);
    // The view sits inside a larger buffer whose next byte would close the string: reading past the view shows.
    const host = Buffer.alloc(offset + body.length + 8, 0x22);
    body.copy(host, offset);
    check(host.subarray(offset, offset + body.length));
  }), { numRuns: 5000 });
});
