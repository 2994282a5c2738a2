import { test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { readLinesSync } from '../../src/sources/readLinesSync';
import { isUserRecordInRange, USER_RECORD_HEAD_BYTES } from '../../src/sources/mayCarryUsageOrError';
import { createWasmJsonScan } from '../../src/sources/wasmJsonScan';
import { tempDir } from '../fixtures/sources/testKit';

const wasm = createWasmJsonScan() ?? assert.fail('no WebAssembly');

const line = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('{"type":"user","x":1}', '{"type":"assistant"}', '', '\r', 'é日本'));

test('a whole read gives every line of the file, with or without a last newline, in any chunk size, sized or read to the end', async () => {
  const temp = await tempDir();
  try {
    const file = path.join(temp.dir, 'lines.jsonl');
    await fc.assert(fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 48 }), fc.boolean(),
      async (lines, finalNewline, crlf, chunk, sized) => {
        const text = lines.map((l) => l.replace(/\n/g, ' ')).join(crlf ? '\r\n' : '\n') + (finalNewline && lines.length > 0 ? '\n' : '');
        writeFileSync(file, text);
        const bytes = Buffer.byteLength(text);
        const seen: string[] = [];
        const skipped: string[] = [];
        const result = readLinesSync(file, (l) => seen.push(l), {
          scratch: Buffer.alloc(chunk), size: sized ? bytes : Infinity,
          skipInPlace: (b, s, e) => {
            const isUser = isUserRecordInRange(b, s, e);
            if (isUser) skipped.push(b.toString('utf8', s, e));
            return isUser;
          },
        });
        const expected = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)).filter((l) => l.length > 0);
        assert.equal(result.status, 'read');
        if (result.status !== 'read') return;
        assert.equal(result.bytesRead, bytes);
        assert.equal(result.lineCount, expected.length);
        // Every non-empty line is tested once, in place or once joined: user records are skipped, the rest emitted.
        const isUser = (l: string): boolean => isUserRecordInRange(Buffer.from(l), 0, Buffer.byteLength(l));
        assert.deepEqual(skipped, expected.filter(isUser));
        assert.deepEqual(seen, expected.filter((l) => !isUser(l)));
      }), { numRuns: 400 });
  } finally {
    await temp.cleanup();
  }
});

test('a file listed without a size is not read through a link swapped in since; one listed with its size still is', async () => {
  const temp = await tempDir();
  try {
    const target = path.join(temp.dir, 'target.jsonl');
    const link = path.join(temp.dir, 'link.jsonl');
    writeFileSync(target, '{"a":1}\n');
    symlinkSync(target, link);
    const seen: string[] = [];
    const unsized = readLinesSync(link, (l) => seen.push(l), { scratch: Buffer.alloc(64), size: Infinity });
    assert.equal(unsized.status, 'unreadable');
    assert.equal(seen.length, 0);
    // A link the listing stat'd (and so sized) is followed as before.
    const sized = readLinesSync(link, (l) => seen.push(l), { scratch: Buffer.alloc(64), size: 8 });
    assert.equal(sized.status, 'read');
    assert.deepEqual(seen, ['{"a":1}']);
  } finally {
    await temp.cleanup();
  }
});

test('a long line tested from its head is skipped without being held: the same lines and bytes as when held, and one too long to hold counts as skipped', async () => {
  const temp = await tempDir();
  try {
    const file = path.join(temp.dir, 'long.jsonl');
    const pad = (n: number): string => 'x'.repeat(n);
    const longLine = fc.oneof(
      fc.nat({ max: 4000 }).map((n) => `{"type":"user","message":{"content":"${pad(n)}"}}`),
      fc.nat({ max: 4000 }).map((n) => `{"type":"assistant","message":{"content":"${pad(n)}","usage":{}}}`),
      fc.integer({ min: 1000, max: 1200 }).map((n) => `{"pad":"${pad(n)}","type":"user"}`),
      fc.nat({ max: 3000 }).map((n) => `{"type": "user" ,"a":[${'1,'.repeat(n)}1]}`),
      line,
    );
    await fc.assert(fc.asyncProperty(fc.array(longLine, { maxLength: 8 }), fc.boolean(), fc.integer({ min: 1024, max: 6000 }), fc.constantFrom(2000, 1 << 20),
      async (lines, crlf, chunk, maxLineBytes) => {
        writeFileSync(file, lines.map((l) => l.replace(/\n/g, ' ')).join(crlf ? '\r\n' : '\n'));
        const read = (headBytes: number | undefined, inModule = false) => {
          const seen: string[] = [];
          const result = readLinesSync(file, (l) => seen.push(l), {
            scratch: inModule ? wasm.scratch.subarray(0, chunk) : Buffer.alloc(chunk), size: Infinity, maxLineBytes,
            skipInPlace: inModule ? wasm.isUserRecordInRange : isUserRecordInRange, skipInPlaceHeadBytes: headBytes,
          });
          return { seen, result };
        };
        const held = read(undefined);
        const fromHead = read(USER_RECORD_HEAD_BYTES);
        // The WebAssembly head check, on bytes read into its memory, skips the same lines.
        assert.deepEqual(read(USER_RECORD_HEAD_BYTES, true), fromHead);
        assert.deepEqual(fromHead.seen, held.seen);
        const a = held.result;
        const b = fromHead.result;
        if (a.status !== 'read' || b.status !== 'read') return assert.fail('not read');
        assert.equal(b.bytesRead, a.bytesRead);
        // A skipped line too long to hold is a line skipped, not one given up: the counts differ by those alone.
        assert.equal(b.lineCount + b.oversizeLines, a.lineCount + a.oversizeLines);
        assert.ok(b.oversizeLines <= a.oversizeLines);
        if (maxLineBytes > 8000) assert.deepEqual(b, a);
      }), { numRuns: 300 });
  } finally {
    await temp.cleanup();
  }
});
