import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLongStringElider, elisionMark } from '../../src/sources/longStringElider';

/** Feeds `bytes` in pieces cut at `cuts` (any order, any value); undefined when the elider said `isTooLong`. */
function elideCapped(bytes: Buffer, maxStringBytes: number, cuts: readonly number[], maxBytes: number): Buffer | undefined {
  const elider = createLongStringElider(maxStringBytes, maxBytes);
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  let wasTooLong = false;
  for (const point of [...points, bytes.length]) {
    elider.push(Buffer.from(bytes.subarray(from, point)));
    assert.ok(elider.isTooLong || !wasTooLong, 'isTooLong stays set');
    wasTooLong = elider.isTooLong;
    from = point;
  }
  return elider.isTooLong ? undefined : Buffer.from(elider.finish());
}

function elide(bytes: Buffer, maxStringBytes: number, cuts: readonly number[] = []): Buffer {
  return elideCapped(bytes, maxStringBytes, cuts, Infinity)!;
}

const everyByte = (bytes: Buffer): number[] => Array.from({ length: bytes.length }, (_, i) => i);

/** `value` with every string whose JSON contents are longer than `max` bytes replaced by the mark (keys too). */
function elidedValue(value: unknown, max: number): unknown {
  const s = (text: string): string => {
    const bytes = Buffer.byteLength(JSON.stringify(text)) - 2;
    return bytes > max ? elisionMark(bytes) : text;
  };
  if (typeof value === 'string') return s(value);
  if (Array.isArray(value)) return value.map((v) => elidedValue(v, max));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [s(k), elidedValue(v, max)]));
}

test('a record keeps its usage and small fields; the long text becomes a mark', () => {
  const text = `say \\"hi\\" ${'x'.repeat(200)} \\\\ 日本 🎉`;
  const line = Buffer.from(`{"type":"assistant","requestId":"req_1","message":{"id":"msg_1","content":[{"type":"text","text":"${text}"}],"usage":{"input_tokens":3,"output_tokens":5}}}`);
  for (const cuts of [[], everyByte(line)]) {
    const skeleton = elide(line, 64, cuts);
    const record = JSON.parse(skeleton.toString()) as { message: { content: { text: string }[]; usage: unknown } };
    assert.deepEqual(record.message.usage, { input_tokens: 3, output_tokens: 5 });
    assert.equal(record.message.content[0]!.text, elisionMark(Buffer.byteLength(text)));
  }
});

test('escaped quotes and backslashes end a string only when the quote is unescaped, at any cut', () => {
  const cases = ['"a\\"b"', '"a\\\\"', '"\\\\\\""', '"\\\\\\\\"', '["\\"", "\\\\", "x\\\\\\"y"]', '{"k\\"":"v\\\\"}'];
  for (const json of cases) {
    const bytes = Buffer.from(json);
    for (const max of [0, 1, 2, 100]) {
      const skeleton = elide(bytes, max, everyByte(bytes));
      assert.deepEqual(JSON.parse(skeleton.toString()), elidedValue(JSON.parse(json), max), `${json} max ${max}`);
    }
  }
});

test('short strings pass byte for byte: characters cut by a chunk and invalid UTF-8 included', () => {
  const bytes = Buffer.concat([Buffer.from('{"a":"日本🎉ü","b":"'), Buffer.from([0xff, 0xc3, 0x28, 0xe2, 0x82]), Buffer.from('"}\r')]);
  assert.deepEqual(elide(bytes, 64, everyByte(bytes)), bytes);
});

test('a cut line stays invalid: an unterminated long string gets no closing quote', () => {
  const cut = Buffer.from(`{"usage":{"input_tokens":1},"text":"${'z'.repeat(500)}`);
  const skeleton = elide(cut, 20, [17, 100, 300]);
  assert.equal(skeleton.toString(), `{"usage":{"input_tokens":1},"text":"${elisionMark(500)}`);
  assert.throws(() => JSON.parse(skeleton.toString()));
  const junk = Buffer.from('no json here, a lone " then 40 bytes of text without its closing quote');
  const upToQuote = junk.indexOf('"') + 1;
  assert.equal(elide(junk, 10).toString(), `${junk.subarray(0, upToQuote).toString()}${elisionMark(junk.length - upToQuote)}`);
  assert.throws(() => JSON.parse(elide(junk, 10).toString()));
});

test('the skeleton stays small whatever the size of the strings', () => {
  const elider = createLongStringElider(64 * 1024);
  elider.push(Buffer.from('{"type":"assistant","message":{"content":"'));
  const block = Buffer.alloc(1 << 20, 0x61);
  for (let i = 0; i < 20; i++) elider.push(block);
  elider.push(Buffer.from('","usage":{"input_tokens":7,"output_tokens":9}}}'));
  const skeleton = elider.finish();
  assert.ok(skeleton.length < 200, `skeleton of ${skeleton.length} bytes`);
  assert.deepEqual((JSON.parse(skeleton.toString()) as { message: { usage: unknown } }).message.usage, { input_tokens: 7, output_tokens: 9 });
});

test('isTooLong is said, at any cuts, only of a line whose skeleton passes the cap; else the skeleton is the same', () => {
  fc.assert(fc.property(fc.json({ maxDepth: 3 }), fc.nat({ max: 12 }), fc.nat({ max: 120 }), fc.array(fc.nat(), { maxLength: 6 }), (json, max, maxBytes, cuts) => {
    const bytes = Buffer.from(json);
    const whole = elide(bytes, max);
    const capped = elideCapped(bytes, max, cuts, maxBytes);
    if (capped) assert.deepEqual(capped, whole);
    else assert.ok(whole.length > maxBytes, `said too long, but the skeleton has ${whole.length} bytes`);
  }), { numRuns: 300 });
});

test('any JSON value, at any cuts, gives valid JSON equal to the value with its long strings replaced', () => {
  const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary', maxLength: 60 }), fc.constantFrom('"', '\\', '\\"', '\\\\"', '\n', '\u0000'));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null),
      fc.array(tie('node')), fc.dictionary(text, tie('node'))),
  })).node;
  fc.assert(fc.property(value, fc.nat({ max: 40 }), fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), (v, max, cuts, isPretty) => {
    const json = JSON.stringify(v, null, isPretty ? 1 : undefined);
    const skeleton = elide(Buffer.from(json), max, cuts);
    assert.deepEqual(JSON.parse(skeleton.toString()), elidedValue(JSON.parse(json), max));
  }), { numRuns: 300 });
});
