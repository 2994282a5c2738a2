import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { valueEnd } from '../../src/sources/jsonBytes';
import { isUserRecordInRange } from '../../src/sources/mayCarryUsageOrError';
import { createWasmJsonScan } from '../../src/sources/wasmJsonScan';

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
  const piece = fc.constantFrom('{', '}', '[', ']', '"type"', '"user"', ':', ' ', ',', '"', '\\\\', '\\\\"', 'abcd', '"x":"', '"type":"user"', 'é', '\t', 'x'.repeat(300), '"typ', 'e"', '"use', 'r"');
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.nat({ max: 40 }), (parts, offset) => {
    const bytes = Buffer.from(parts.join(''));
    wasm.scratch.set(bytes, offset);
    wasm.scratch.fill(0x22, offset + bytes.length, offset + bytes.length + 32);
    assert.equal(wasm.isUserRecordInRange(wasm.scratch, offset, offset + bytes.length), isUserRecordInRange(bytes, 0, bytes.length), parts.join(''));
  }), { numRuns: 5000 });
  for (let padding = 995; padding < 1010; padding++) {
    const line = Buffer.from(`{"pad":"${'x'.repeat(padding)}","type":"user"}`);
    wasm.scratch.set(line, 7);
    assert.equal(wasm.isUserRecordInRange(wasm.scratch, 7, 7 + line.length), isUserRecordInRange(line, 0, line.length), String(padding));
  }
});
