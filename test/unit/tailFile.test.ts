import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { elisionMark } from '../../src/sources/longStringElider';
import { readAppended, tailStateAtEnd, type TailResult } from '../../src/sources/tailFile';
import type { FileTailState } from '../../src/sources/tailState';
import { tempDir } from '../fixtures/sources/testKit';

function stateOf(result: TailResult): FileTailState {
  assert.equal(result.status, 'read');
  return result.state;
}

async function withFile(body: (file: string) => Promise<void>): Promise<void> {
  const { dir, cleanup } = await tempDir();
  try {
    await body(path.join(dir, 'session.jsonl'));
  } finally {
    await cleanup();
  }
}

test('reads complete lines, then only the bytes appended', () => withFile(async (file) => {
  await fsp.writeFile(file, 'one\ntwo\n');
  const first = await readAppended(file, undefined);
  assert.deepEqual(first.lines, ['one', 'two']);
  assert.equal(first.result.status === 'read' && first.result.restart, 'new');
  await fsp.appendFile(file, 'three\n');
  const second = await readAppended(file, stateOf(first.result));
  assert.deepEqual(second.lines, ['three']);
  assert.equal(second.result.status === 'read' && second.result.bytesRead, 6);
  const third = await readAppended(file, stateOf(second.result));
  assert.deepEqual(third.lines, []);
}));

test('holds a partial last line until its newline arrives', () => withFile(async (file) => {
  await fsp.writeFile(file, 'done\n{"half":');
  const first = await readAppended(file, undefined);
  assert.deepEqual(first.lines, ['done']);
  assert.equal(stateOf(first.result).offset, 5);
  await fsp.appendFile(file, '1}\n');
  const second = await readAppended(file, stateOf(first.result));
  assert.deepEqual(second.lines, ['{"half":1}']);
}));

test('restarts from the start after truncation', () => withFile(async (file) => {
  await fsp.writeFile(file, 'a long first line\nsecond\n');
  const first = await readAppended(file, undefined);
  await fsp.writeFile(file, 'new\n');
  const second = await readAppended(file, stateOf(first.result));
  assert.deepEqual(second.lines, ['new']);
  assert.equal(second.result.status === 'read' && second.result.restart, 'truncated');
}));

test('restarts when the file is replaced by a rename', () => withFile(async (file) => {
  await fsp.writeFile(file, 'old line\n');
  const first = await readAppended(file, undefined);
  const temp = `${file}.tmp`;
  await fsp.writeFile(temp, 'fresh line one\nfresh line two\n');
  await fsp.rename(temp, file);
  const second = await readAppended(file, stateOf(first.result));
  assert.deepEqual(second.lines, ['fresh line one', 'fresh line two']);
  assert.equal(second.result.status === 'read' && second.result.restart, 'replaced');
}));

test('restarts when the head bytes change in place (same inode, same or larger size)', () => withFile(async (file) => {
  await fsp.writeFile(file, 'AAAA\n');
  const first = await readAppended(file, undefined);
  const fh = await fsp.open(file, 'r+');
  await fh.write('BBBB\nCCCC\n', 0);
  await fh.close();
  const second = await readAppended(file, stateOf(first.result));
  assert.deepEqual(second.lines, ['BBBB', 'CCCC']);
  assert.equal(second.result.status === 'read' && second.result.restart, 'replaced');
}));

test('a deleted file is reported missing', () => withFile(async (file) => {
  await fsp.writeFile(file, 'x\n');
  const first = await readAppended(file, undefined);
  await fsp.rm(file);
  const second = await readAppended(file, stateOf(first.result));
  assert.deepEqual(second.result, { status: 'missing' });
}));

test('invalid UTF-8 never throws and becomes U+FFFD; CRLF endings are trimmed', () => withFile(async (file) => {
  await fsp.writeFile(file, Buffer.concat([Buffer.from('ok\r\n'), Buffer.from([0x61, 0xff, 0xfe, 0x62, 0x0a]), Buffer.from('\r\n\n')]));
  const { lines } = await readAppended(file, undefined);
  assert.deepEqual(lines, ['ok', 'a\uFFFD\uFFFDb']);
}));

test('any chunk size gives the same lines, multi-byte characters included', () => withFile(async (file) => {
  let seed = 7;
  const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  const words = ['plain', 'déjà vu', '日本語テキスト', '🎉 emoji', '{"usage":1}', ''];
  const expected: string[] = [];
  let text = '';
  for (let i = 0; i < 300; i++) {
    const line = Array.from({ length: 1 + random(6) }, () => words[random(words.length)]).join(' ').trim();
    text += `${line}${random(4) === 0 ? '\r\n' : '\n'}`;
    if (line !== '') expected.push(line);
  }
  await fsp.writeFile(file, text);
  for (const chunkBytes of [1, 2, 3, 5, 7, 64, 1000, 1 << 20]) {
    const { lines } = await readAppended(file, undefined, { chunkBytes });
    assert.deepEqual(lines, expected, `chunk ${chunkBytes}`);
  }
}));

test('appends read in random slices give the same lines as one read', () => withFile(async (file) => {
  const all = Array.from({ length: 200 }, (_, i) => `{"n":${i},"text":"ü${'x'.repeat(i % 37)}"}`);
  const bytes = Buffer.from(all.join('\n') + '\n');
  let seen: string[] = [];
  let state: FileTailState | undefined;
  let written = 0;
  let seed = 42;
  await fsp.writeFile(file, '');
  while (written < bytes.length) {
    seed = (seed * 48271) % 2147483647;
    const take = Math.min(bytes.length - written, 1 + (seed % 97));
    await fsp.appendFile(file, bytes.subarray(written, written + take));
    written += take;
    const { lines, result } = await readAppended(file, state, { chunkBytes: 16 });
    seen = seen.concat(lines);
    state = stateOf(result);
  }
  assert.deepEqual(seen, all);
}));

test('a line over the cap is skipped and counted, across reads, without being buffered', () => withFile(async (file) => {
  const maxLineBytes = 1024;
  await fsp.writeFile(file, `before\n${'y'.repeat(3000)}`);
  const first = await readAppended(file, undefined, { maxLineBytes, chunkBytes: 256 });
  assert.deepEqual(first.lines, ['before']);
  assert.equal(first.result.status === 'read' && first.result.oversizeLines, 1);
  const state = stateOf(first.result);
  assert.equal(state.isSkippingLine, true);
  assert.equal(state.offset, 7 + 3000, 'skipped bytes are not read again');
  await fsp.appendFile(file, `${'y'.repeat(500)}\nafter\n`);
  const second = await readAppended(file, state, { maxLineBytes, chunkBytes: 256 });
  assert.deepEqual(second.lines, ['after']);
  assert.equal(second.result.status === 'read' && second.result.oversizeLines, 0);
}));

test('a 9 MiB line with no long string (its skeleton is itself) is skipped with the default 1 MiB cap', () => withFile(async (file) => {
  const fh = await fsp.open(file, 'w');
  await fh.write('{"first":1}\n');
  const block = Buffer.alloc(1 << 20, 0x7a);
  for (let i = 0; i < 9; i++) await fh.write(block);
  await fh.write('\n{"last":1}\n');
  await fh.close();
  const { lines, result } = await readAppended(file, undefined);
  assert.deepEqual(lines, ['{"first":1}', '{"last":1}']);
  assert.equal(result.status === 'read' && result.oversizeLines, 1);
}));

test('a 9 MiB record is streamed through the elider: its skeleton is emitted, usage included', () => withFile(async (file) => {
  const fh = await fsp.open(file, 'w');
  await fh.write('{"first":1}\n{"type":"assistant","message":{"content":[{"type":"text","text":"');
  const block = Buffer.alloc(1 << 20, 0x7a);
  for (let i = 0; i < 9; i++) await fh.write(block);
  await fh.write('"}],"usage":{"input_tokens":4,"output_tokens":2}}}\r\n{"last":1}\n');
  await fh.close();
  const { lines, result } = await readAppended(file, undefined);
  assert.equal(lines.length, 3);
  assert.deepEqual(JSON.parse(lines[1]!), {
    type: 'assistant', message: { content: [{ type: 'text', text: elisionMark(9 << 20) }], usage: { input_tokens: 4, output_tokens: 2 } },
  });
  assert.deepEqual([lines[0], lines[2]], ['{"first":1}', '{"last":1}']);
  assert.equal(result.status === 'read' && result.oversizeLines, 0);
}));

const SMALL = { maxLineBytes: 80, maxStringBytes: 16, chunkBytes: 32 };

test('an unfinished elided line is read again from its start, and emitted once its newline arrives', () => withFile(async (file) => {
  const text = 'é'.repeat(100);
  await fsp.writeFile(file, `{"a":1}\n{"usage":{"input_tokens":1},"text":"${text.slice(0, 60)}`);
  const first = await readAppended(file, undefined, SMALL);
  assert.deepEqual(first.lines, ['{"a":1}']);
  assert.equal(stateOf(first.result).offset, 8);
  assert.equal(stateOf(first.result).isSkippingLine, false);
  await fsp.appendFile(file, `${text.slice(60)}","n":2}\n`);
  const second = await readAppended(file, stateOf(first.result), SMALL);
  assert.deepEqual(second.lines, [`{"usage":{"input_tokens":1},"text":"${elisionMark(200)}","n":2}`]);
}));

test('an unfinished line longer than maxPendingBytes is given up: counted once, skipped to its newline', () => withFile(async (file) => {
  const options = { ...SMALL, maxPendingBytes: 1000 };
  await fsp.writeFile(file, `{"a":1}\n{"text":"${'q'.repeat(2000)}`);
  const first = await readAppended(file, undefined, options);
  assert.deepEqual(first.lines, ['{"a":1}']);
  assert.equal(first.result.status === 'read' && first.result.oversizeLines, 1);
  const state = stateOf(first.result);
  assert.deepEqual([state.offset, state.isSkippingLine], [8 + 9 + 2000, true]);
  await fsp.appendFile(file, 'q"}\n{"b":2}\n');
  const second = await readAppended(file, state, options);
  assert.deepEqual(second.lines, ['{"b":2}']);
  assert.equal(second.result.status === 'read' && second.result.oversizeLines, 0);
}));

test('a long line that is not JSON stays not JSON (the parser counts it malformed); a cut one too', () => withFile(async (file) => {
  const junk = `junk "usage" ${'"'.repeat(3)} \\ no structure ${'z'.repeat(100)}`;
  const cut = `{"usage":{"input_tokens":1},"text":"${'c'.repeat(100)}`;
  await fsp.writeFile(file, `${junk}\n${cut}\n`);
  const { lines } = await readAppended(file, undefined, SMALL);
  assert.equal(lines.length, 2);
  for (const line of lines) assert.throws(() => JSON.parse(line));
  assert.equal(lines[1], `{"usage":{"input_tokens":1},"text":"${elisionMark(100)}`);
}));

test('acceptLine sees the skeleton of an elided line, never its raw bytes', () => withFile(async (file) => {
  await fsp.writeFile(file, `{"type":"user","text":"${'"usage" '.replace(/"/g, '\\"').repeat(40)}"}\n{"usage":{"input_tokens":1},"t":"${'w'.repeat(90)}"}\n`);
  const seen: string[] = [];
  const { lines } = await readAppended(file, undefined, { ...SMALL, acceptLine: (bytes) => (seen.push(bytes.toString()), bytes.includes('"usage"')) });
  assert.deepEqual(seen, [`{"type":"user","text":"${elisionMark(40 * 10)}"}`, `{"usage":{"input_tokens":1},"t":"${elisionMark(90)}"}`]);
  assert.deepEqual(lines, [seen[1]]);
}));

test('tailStateAtEnd marks a file read without reading, mid-line when it ends mid-line', () => withFile(async (file) => {
  await fsp.writeFile(file, 'old\nold partial');
  const atEnd = stateOf(await tailStateAtEnd(file));
  assert.equal(atEnd.offset, 15);
  assert.equal(atEnd.isSkippingLine, true);
  await fsp.appendFile(file, ' rest\nnew\n');
  const { lines } = await readAppended(file, atEnd);
  assert.deepEqual(lines, ['new']);
}));

test('an unreadable path is reported with its code, never thrown', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const { result } = await readAppended(dir, undefined);
    assert.equal(result.status, 'unreadable');
    assert.equal(result.status === 'unreadable' && result.reason, 'EISDIR');
  } finally {
    await cleanup();
  }
});

test('acceptLine filters on bytes: rejected lines are counted but never decoded or emitted', () => withFile(async (file) => {
  await fsp.writeFile(file, 'keep 1\nskip\nkeep 2\n');
  const seen: string[] = [];
  const { lines, result } = await readAppended(file, undefined, {
    acceptLine: (bytes) => (seen.push(bytes.toString()), bytes.includes('keep')),
  });
  assert.deepEqual(lines, ['keep 1', 'keep 2']);
  assert.deepEqual(seen, ['keep 1', 'skip', 'keep 2']);
  assert.equal(result.status === 'read' && result.lineCount, 3);
}));
