import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { hash53 } from '../../src/core/hash53';
import { parseIsoTime } from '../../src/core/parseIsoTime';
import { valueEnd } from '../../src/sources/jsonBytes';
import { hasUsageOrErrorNeedle, isUserRecordInRange } from '../../src/sources/mayCarryUsageOrError';
import { createWasmJsonScan, encodeFieldTree, type FieldTree } from '../../src/sources/wasmJsonScan';

const wasm = createWasmJsonScan();

/** The wasm answer for `bytes` placed at `offset` in the module's read buffer, as an index into `bytes`. */
function inScratch(bytes: Uint8Array, offset: number): number {
  if (!wasm) throw new Error('no WebAssembly');
  wasm.scratch.set(bytes, offset);
  // The bytes after the view would close a string: a read past the end would show.
  wasm.scratch.fill(0x22, offset + bytes.length, Math.min(wasm.scratch.length, offset + bytes.length + 32));
  return wasm.valueEnd(wasm.scratch.subarray(offset, offset + bytes.length), 0);
}

test('the WebAssembly module loads here (Node has WebAssembly with SIMD)', () => {
  assert.ok(wasm, 'createWasmJsonScan() gave nothing: the CLI would fall back to the JS checks');
  assert.equal(wasm.scratch.length, 1024 * 1024);
});

test('the WebAssembly check gives the JS answer on generated JSON, damaged copies and long strings, at any offset', () => {
  const damage = fc.record({ at: fc.nat(), bytes: fc.uint8Array({ maxLength: 2 }), drop: fc.nat({ max: 2 }) });
  fc.assert(fc.property(fc.json({ depthSize: 'small' }), damage, fc.nat({ max: 40 }), (text, d, offset) => {
    let bytes = Buffer.from(text);
    assert.equal(inScratch(bytes, offset), valueEnd(bytes, 0), text);
    const at = d.at % (bytes.length + 1);
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(d.bytes), bytes.subarray(Math.min(bytes.length, at + d.drop))]);
    assert.equal(inScratch(bytes, offset), valueEnd(bytes, 0), bytes.toString());
  }), { numRuns: 5000 });
  const piece = fc.constantFrom('a', 'bcdefghijklmnopq', ' ', 'é', '🎉', '\\"', '\\\\', '\\n', '\\u00e9', '\\x', '\\u12', '"', '\t', '\u0001', '\\', '{', '}', '[', ']', ',', ':', '1', '-0.5e3', 'true', 'nul');
  fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), fc.nat({ max: 40 }), (parts, offset) => {
    for (const text of [`["${parts.join('')}"]`, `{"k":"${parts.join('')}"}`, parts.join('')]) {
      const bytes = Buffer.from(text);
      assert.equal(inScratch(bytes, offset), valueEnd(bytes, 0), text);
    }
  }), { numRuns: 5000 });
});

test('a value nested deeper than the module keeps track of is answered by the JS check', () => {
  for (const depth of [65_000, 70_000]) {
    const open = Buffer.concat([Buffer.from('['.repeat(depth)), Buffer.from(']'.repeat(depth))]);
    assert.equal(inScratch(open, 0), open.length);
    assert.equal(inScratch(open.subarray(0, open.length - 1), 0), -1);
  }
});

test('a buffer outside the module memory is checked by the JS twin', () => {
  assert.equal(wasm?.valueEnd(Buffer.from('{"a":[1,2]} '), 0), 11);
});

test('the committed WebAssembly module is what wasm/jsonScan.ts compiles to', () => {
  const out = execFileSync(process.execPath, ['scripts/buildWasm.mjs', '--check'], { encoding: 'utf8' });
  assert.match(out, /is up to date/);
});

test('the WebAssembly head check gives the JS answer on generated heads, at any offset and window edge', () => {
  if (!wasm) throw new Error('no WebAssembly');
  const piece = fc.constantFrom('{', '}', '[', ']', '"type"', '"user"', ':', ' ', ',', '"', '\\\\', '\\\\"', '\\"', '\\', 'abcd', '"x":"', '"type":"user"', 'é', '\t', 'x'.repeat(300), 'x'.repeat(20), '"typ', 'e"', '"use', 'r"',
    '"message"', '"message":', '"messages"', '"messag', 'e":');
  // Heads made of `pieces`, anywhere in the read buffer, with quotes after them (a read past the end would show).
  const headsAgree = (pieces: fc.Arbitrary<string>, maxLength: number, numRuns: number): void => fc.assert(fc.property(fc.array(pieces, { maxLength }), fc.nat({ max: 40 }), (parts, offset) => {
    const bytes = Buffer.from(parts.join(''));
    wasm.scratch.set(bytes, offset);
    wasm.scratch.fill(0x22, offset + bytes.length, offset + bytes.length + 32);
    assert.equal(wasm.isUserRecordInRange(wasm.scratch, offset, offset + bytes.length), isUserRecordInRange(bytes, 0, bytes.length), parts.join(''));
  }), { numRuns });
  headsAgree(piece, 30, 5000);
  // Without backslashes: heads of many blocks.
  headsAgree(fc.constantFrom('{', '}', '[', ']', '"type"', '"user"', ':', ' ', ',', '"', 'abcd', '"x":"', '"type":"user"', 'é', '\t', 'x'.repeat(40), '"typ', 'e"', '"use', 'r"', 't', '"t', '{"type":"user"}', '"type" : "user"', '"message"', '"message" :', '"messag'), 80, 10000);
  for (let padding = 995; padding < 1010; padding++) {
    const line = Buffer.from(`{"pad":"${'x'.repeat(padding)}","type":"user"}`);
    wasm.scratch.set(line, 7);
    assert.equal(wasm.isUserRecordInRange(wasm.scratch, 7, 7 + line.length), isUserRecordInRange(line, 0, line.length), String(padding));
  }
});

test('the WebAssembly needle test gives the JS answer at any offset, block position and cut, reading nothing past the line', () => {
  if (!wasm) throw new Error('no WebAssembly');
  const needles = ['"usage"', '"error"', 'isApiErrorMessage', 'API Error'];
  const piece = fc.constantFrom(...needles, '"usag', 'e"', '"erro', 'r"', 'Error', 'rror', 'API ', 'isApi', 'isApiE', 'Message', 'Messag', '"u', '"e', 'E', 'Er',
    '"', '\\"', 'x', 'é', ' ', 'abcdefghijklmno', '"usage', '"error', 'API Erro', 'isApiErrorMessag');
  // After the line: the rest of each needle, so a test that reads past its end finds one there.
  const after = Buffer.from('usage"error"rrorMessage"usage"');
  fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), fc.nat({ max: 40 }), (parts, offset) => {
    const bytes = Buffer.from(parts.join(''));
    wasm.scratch.set(bytes, offset);
    wasm.scratch.set(after, offset + bytes.length);
    if (offset > 0) wasm.scratch.fill(0x22, 0, offset);
    const line = wasm.scratch.subarray(offset, offset + bytes.length);
    assert.equal(wasm.hasUsageOrErrorNeedle(line), hasUsageOrErrorNeedle(bytes), parts.join(''));
  }), { numRuns: 10000 });
  // Each needle at every position across two of the 32-byte steps, the line starting or ending anywhere inside it
  // (the rest of the needle lying just outside the line, where a test reading past its ends would find it).
  for (const needle of needles) {
    for (let at = 0; at < 70; at++) {
      const bytes = Buffer.from('x'.repeat(at) + needle + 'x'.repeat(70 - at));
      wasm.scratch.set(bytes, 5);
      for (let from = at; from <= at + needle.length; from++) {
        for (const to of [bytes.length, at + needle.length, at + needle.length - 1, from + 1]) {
          const line = wasm.scratch.subarray(5 + from, 5 + Math.max(from, to));
          assert.equal(wasm.hasUsageOrErrorNeedle(line), hasUsageOrErrorNeedle(bytes.subarray(from, Math.max(from, to))), `${needle} at ${at}, [${from}, ${to})`);
        }
      }
      const whole = wasm.scratch.subarray(5, 5 + bytes.length);
      assert.equal(wasm.hasUsageOrErrorNeedle(whole), true, `${needle} at ${at}`);
    }
  }
  // Lines longer than the tail searched first: each needle at every position around the cut between tail and head.
  for (const needle of needles) {
    for (const length of [1024 + 40, 1024 + 3, 3000]) {
      const cut = length - 1024;
      for (let at = Math.max(0, cut - 24); at <= cut + 4; at++) {
        const bytes = Buffer.from('x'.repeat(at) + needle + 'x'.repeat(length - at - needle.length));
        wasm.scratch.set(bytes, 9);
        assert.equal(wasm.hasUsageOrErrorNeedle(wasm.scratch.subarray(9, 9 + bytes.length)), true, `${needle} at ${at} of ${length}`);
        const cutShort = bytes.subarray(0, at + needle.length - 1);
        assert.equal(wasm.hasUsageOrErrorNeedle(wasm.scratch.subarray(9, 9 + cutShort.length)), hasUsageOrErrorNeedle(cutShort), `${needle} cut short at ${at}`);
      }
    }
  }
  assert.equal(wasm.hasUsageOrErrorNeedle(Buffer.from('{"usage":1}')), true, 'a buffer outside the module memory');
});

test('the module hashes a dedup key as hash53 does, and reads a UTC time as parseIsoTime does wherever it answers', () => {
  const scan = createWasmJsonScan();
  const reader = scan?.fieldReader({ keys: ['a'], nested: [null] });
  if (!scan || !reader) throw new Error('no WebAssembly');
  const base = scan.scratch.byteOffset;
  fc.assert(fc.property(fc.stringMatching(/^[\x20-\x7e]{0,40}$/), fc.stringMatching(/^[\x20-\x7e]{0,40}$/), (id, request) => {
    scan.scratch.write(id, 0, 'latin1');
    scan.scratch.write(request, 100, 'latin1');
    assert.equal(reader.hashKey(base, base + id.length, base + 100, base + 100 + request.length), hash53(`${id}:${request}`));
  }), { numRuns: 3000 });
  const time = (text: string): number => {
    scan.scratch.write(text, 7, 'latin1');
    return reader.timeMs(base + 7, base + 7 + text.length);
  };
  const digits = fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{3})?Z$/);
  const dates = fc.date({ noInvalidDate: true, min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z') }).map((d) => d.toISOString());
  let answered = 0;
  fc.assert(fc.property(fc.oneof(digits, dates, fc.string({ maxLength: 26 })), (text) => {
    const ms = time(text);
    if (Number.isNaN(ms)) return;
    answered++;
    assert.equal(ms, parseIsoTime(text), text);
    assert.equal(ms, Date.parse(text), text);
  }), { numRuns: 5000 });
  assert.ok(answered > 1500, `the fast path answered only ${answered} times`);
  for (const text of ['2024-02-29T23:59:59.999Z', '2000-02-29T00:00:00Z', '1970-01-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z', '0000-03-01T00:00:00Z']) {
    assert.equal(time(text), Date.parse(text), text);
  }
  for (const text of ['2025-02-29T00:00:00Z', '2100-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T00:60:00Z', '2026-01-01T00:00:60Z', '2026-00-01T00:00:00Z', '2026-01-00T00:00:00Z', '2026-01-01T00:00:00.000z', '2026-01-01T00:00:00+00:00', '+02026-01-01T00:00:00Z']) {
    assert.ok(Number.isNaN(time(text)), `${text} is left to Date.parse`);
  }
});

test('the field reader notes where each kept value starts and ends, the last of a repeated key, and leaves the rest to JS', () => {
  const scan = createWasmJsonScan();
  if (!scan) throw new Error('no WebAssembly');
  const inner: FieldTree = { keys: ['n', 's'], nested: [null, null] };
  const tree: FieldTree = { keys: ['a', 'b'], nested: [null, inner] };
  const reader = scan.fieldReader(tree);
  if (!reader) throw new Error('the tree did not fit');
  const read = (text: string, offset = 3): { end: number | undefined; values: (string | undefined)[]; numbers: number[] } => {
    const line = scan.scratch.subarray(offset, offset + Buffer.byteLength(text));
    line.write(text);
    const end = reader.read(line, 0);
    const slots = [reader.firstSlot(tree), reader.firstSlot(tree) + 1, reader.firstSlot(inner), reader.firstSlot(inner) + 1];
    const values = slots.map((s) => ((reader.starts[s] as number) < 0 ? undefined
      : line.toString('utf8', (reader.starts[s] as number) - line.byteOffset, (reader.ends[s] as number) - line.byteOffset)));
    return { end, values, numbers: slots.map((s) => reader.numbers[s] as number) };
  };
  const first = read('{"a": 12 ,"x":[{"a":1}],"b":{"s":"é","n":-3,"s":"plain"}}');
  assert.equal(first.end, 58);
  assert.deepEqual(first.values, ['12', '{"s":"é","n":-3,"s":"plain"}', '-3', '"plain"']);
  assert.deepEqual(first.numbers.map(String), ['12', 'NaN', 'NaN', '1']);
  // A repeated object key clears what its first value set below it; a non-object value has no fields below.
  assert.deepEqual(read('{"b":{"n":1},"b":{"s":"\\u00e9"}}').values, [undefined, '{"s":"\\u00e9"}', undefined, '"\\u00e9"']);
  assert.equal(read('{"b":{"n":1},"b":{"s":"\\u00e9"}}').numbers[3], 0);
  assert.deepEqual(read('{"b":{"n":1},"b":7}').values, [undefined, '7', undefined, undefined]);
  assert.equal(read('{"a":1,}').end, -1);
  assert.equal(read('{"\\u0061":1}').end, undefined, 'a key with an escape is read in JS');
  assert.equal(read(`{"a":${'['.repeat(70_000)}${']'.repeat(70_000)}}`).end, undefined, 'nested past the stack: read in JS');
  assert.equal(reader.read(Buffer.from('{"a":1}'), 0), undefined, 'bytes outside the module memory');
  // One table per module: the same tree gets the same reader, another none (its reader would clobber this one's).
  assert.equal(scan.fieldReader(tree), reader);
  assert.equal(scan.fieldReader(inner), undefined);
});

test('a field tree that does not fit the module table is refused, so the reader reads in JS', () => {
  const wide: FieldTree = { keys: Array.from({ length: 256 }, (_, k) => `k${k}`), nested: [] };
  assert.equal(encodeFieldTree(wide, 256), undefined);
  const shared: FieldTree = { keys: ['x'], nested: [null] };
  assert.equal(encodeFieldTree({ keys: ['a', 'b'], nested: [shared, shared] }, 256), undefined);
  assert.equal(encodeFieldTree({ keys: ['a'.repeat(256)], nested: [null] }, 256), undefined);
  const ok = encodeFieldTree({ keys: ['a', 'b'], nested: [null, shared] }, 256);
  assert.deepEqual(ok && [...ok.bytes], [2, 0, 3, 1, 0, 0, 0, 0x61, 1, 1, 13, 0, 0x62, 1, 2, 3, 1, 2, 0, 0, 0x78]);
});

test('runs of backslashes of any length, across blocks, escape as JSON.parse reads them', () => {
  // Odd and even runs decide whether the byte after them is escaped: every run length, anywhere in one or two blocks.
  const piece = fc.constantFrom('\\', '\\\\', '\\\\\\', '\\\\\\\\\\', '"', 'x', 'n', 'u', 'u00e9', '/', 'q', '\u0001', ' ');
  fc.assert(fc.property(fc.array(piece, { maxLength: 120 }), fc.nat({ max: 40 }), (parts, offset) => {
    const bytes = Buffer.from(`"${parts.join('')}`);
    assert.equal(inScratch(bytes, offset), valueEnd(bytes, 0), JSON.stringify(parts.join('')));
  }), { numRuns: 20000 });
  for (let run = 1; run <= 40; run++) {
    for (let prefix = 0; prefix <= 33; prefix++) {
      for (const after of ['"', 'n"', 'x"', '']) {
        const bytes = Buffer.from(`"${'p'.repeat(prefix)}${'\\'.repeat(run)}${after}${'y'.repeat(20)}"`);
        assert.equal(inScratch(bytes, prefix % 5), valueEnd(bytes, 0), `${run} backslashes after ${prefix}, then ${after}`);
      }
    }
  }
});

test('in a long string, a backslash before every byte value, at every position of a 64-byte step, gets the JS answer', () => {
  const a = 0x61;
  for (let escaped = 0; escaped < 256; escaped++) {
    for (let at = 0; at < 140; at += escaped % 7 === 0 ? 1 : 9) {
      const bytes = Buffer.alloc(at + 160, a);
      bytes[0] = 0x22;
      bytes[1 + at] = 0x5c;
      bytes[2 + at] = escaped;
      bytes[bytes.length - 1] = 0x22;
      assert.equal(inScratch(bytes, at % 3), valueEnd(bytes, 0), `\\ then ${escaped} at ${at}`);
    }
  }
  // A raw control byte (an error) or a byte just above them at every position, before and after a quote that ends it.
  for (const raw of [0x00, 0x01, 0x0a, 0x1f, 0x20, 0x7f, 0x21]) {
    for (let at = 0; at < 140; at++) {
      for (const end of [150, at + 1, at + 2]) {
        const bytes = Buffer.alloc(Math.max(end, at + 1) + 10, 0x61);
        bytes[0] = 0x22;
        // With and without escapes (`\n`) in every half step.
        if (raw !== 0x20) for (let e = 10; e + 1 < bytes.length; e += 32) bytes.write('\\n', e);
        bytes[1 + at] = raw;
        bytes[Math.min(bytes.length - 1, end)] = 0x22;
        assert.equal(inScratch(bytes, at % 3), valueEnd(bytes, 0), `${raw} at ${at}, quote at ${end}`);
      }
    }
  }
  // \u and four characters, some not hex digits, across the steps.
  const unit = fc.stringMatching(/^[0-9a-fA-FgG"\\ ]{4}$/);
  fc.assert(fc.property(fc.nat({ max: 200 }), unit, fc.nat({ max: 200 }), (before, digits, after) => {
    const bytes = Buffer.from(`"${'b'.repeat(before)}\\u${digits}${'c'.repeat(after)}"`);
    assert.equal(inScratch(bytes, before % 5), valueEnd(bytes, 0), bytes.toString());
  }), { numRuns: 5000 });
  // Long strings of text dense with escapes, valid and not.
  const piece = fc.constantFrom('abc', 'défg', ' ', '\\n', '\\"', '\\\\', '\\/', '\\t', '\\u00e9', '\\x', '\\U0041', '\\\u0001', '\u0001', '\\');
  fc.assert(fc.property(fc.array(piece, { minLength: 20, maxLength: 200 }), fc.nat({ max: 40 }), (parts, offset) => {
    const bytes = Buffer.from(`"${parts.join('')}"`);
    assert.equal(inScratch(bytes, offset), valueEnd(bytes, 0), JSON.stringify(parts.join('')));
  }), { numRuns: 5000 });
});

test('an escape at every position of a block, and one cut off at the block or buffer end, gets the JS answer', () => {
  const escapes = ['\\n', '\\"', '\\\\', '\\/', '\\u00e9', '\\u', '\\u0', '\\u00', '\\u00e', '\\uZZZZ', '\\x', '\\', '"', '\u0001'];
  for (let prefix = 0; prefix <= 35; prefix++) {
    for (const escape of escapes) {
      for (const tail of ['', 'a', 'abc"', '"', '\\"']) {
        const text = `"${'p'.repeat(prefix)}${escape}${tail}`;
        const bytes = Buffer.from(text);
        for (let offset = 0; offset <= 16; offset += 4) assert.equal(inScratch(bytes, offset), valueEnd(bytes, 0), `${JSON.stringify(text)} at ${offset}`);
      }
    }
  }
});
