// Properties over real files: the tail reader is independent of chunking and append points, and a
// transcript split on a line boundary into two files gives the same totals.
import assert from 'node:assert/strict';
import { mkdtempSync, promises as fsp, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { classifyRejection } from '../../src/core/classifyRejection';
import { localDateIn } from '../../src/core/localDateIn';
import { BUNDLED_PRICE_TABLE } from '../../src/core/priceTable';
import { createUsageLedger } from '../../src/core/usageLedger';
import { scanClaudeCode } from '../../src/sources/scanUsage';
import { elisionMark } from '../../src/sources/longStringElider';
import { readAppended, type TailOptions, type TailResult } from '../../src/sources/tailFile';
import type { FileTailState } from '../../src/sources/tailState';
import { anyText, logBytes } from './fuzzArbitraries';
import type { FuzzProperty } from './fuzzProperty';

/** One temporary folder per process for every file property; removed at exit. */
let scratchDir: string | undefined;
let fileCounter = 0;
function scratch(): string {
  if (!scratchDir) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'eug-fuzz-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    scratchDir = dir;
  }
  return path.join(scratchDir, String(fileCounter++));
}

function completeLines(bytes: Buffer): Buffer[] {
  const segments: Buffer[] = [];
  for (let from = 0, nl = bytes.indexOf(0x0a); nl >= 0; from = nl + 1, nl = bytes.indexOf(0x0a, from)) segments.push(bytes.subarray(from, nl));
  return segments;
}

/** What a reader must emit for `bytes` read whole: complete lines, CR dropped, empty and oversized ones skipped. */
function expectedLines(bytes: Buffer, maxLineBytes: number): string[] {
  const decoder = new TextDecoder();
  return completeLines(bytes)
    .filter((s) => s.length <= maxLineBytes)
    .map((s) => (s.at(-1) === 0x0d ? s.subarray(0, -1) : s))
    .filter((s) => s.length > 0)
    .map((s) => decoder.decode(s));
}

/** The skeleton of one whole line, byte by byte: a reference written apart from the streaming elider. */
function referenceSkeleton(line: Buffer, maxStringBytes: number): Buffer {
  const out: Buffer[] = [];
  let i = 0;
  while (i < line.length) {
    const quote = line.indexOf(0x22, i);
    if (quote < 0) return Buffer.concat([...out, line.subarray(i)]);
    out.push(line.subarray(i, quote + 1));
    let end = quote + 1;
    for (let isEscaped = false; end < line.length && (isEscaped || line[end] !== 0x22); end++) isEscaped = !isEscaped && line[end] === 0x5c;
    const contents = line.subarray(quote + 1, end);
    out.push(contents.length > maxStringBytes ? Buffer.from(elisionMark(contents.length)) : contents, line.subarray(end, end + 1));
    i = end + 1;
  }
  return Buffer.concat(out);
}

interface LineLimits {
  readonly maxLineBytes: number;
  readonly maxStringBytes: number;
}

/** What a reader must emit for `bytes` (ending with a newline) read whole: raw short lines, skeletons of long ones. */
function expectedSkeletons(bytes: Buffer, limits: LineLimits): { lines: string[]; oversize: number } {
  const decoder = new TextDecoder();
  const lines: string[] = [];
  let oversize = 0;
  for (const segment of completeLines(bytes)) {
    const kept = segment.length <= limits.maxLineBytes ? segment : referenceSkeleton(segment, limits.maxStringBytes);
    const line = kept.at(-1) === 0x0d ? kept.subarray(0, -1) : kept;
    if (kept.length > limits.maxLineBytes) oversize++;
    else if (line.length > 0) lines.push(decoder.decode(line));
  }
  return { lines, oversize };
}

function stateOf(result: TailResult): FileTailState {
  assert.equal(result.status, 'read');
  return result.state;
}

async function readInPieces(file: string, bytes: Buffer, cuts: number[], options: TailOptions) {
  const points = [...new Set([...cuts.map((c) => c % (bytes.length + 1)), bytes.length])].sort((a, b) => a - b);
  await fsp.writeFile(file, '');
  const lines: string[] = [];
  let oversize = 0;
  let state: FileTailState | undefined;
  let written = 0;
  for (const point of points) {
    await fsp.appendFile(file, bytes.subarray(written, point));
    written = point;
    const read = await readAppended(file, state, options);
    state = stateOf(read.result);
    lines.push(...read.lines);
    if (read.result.status === 'read') oversize += read.result.oversizeLines;
  }
  return { lines, oversize, offset: state?.offset };
}

const tailCase = fc.record({
  bytes: logBytes,
  cuts: fc.array(fc.nat(), { maxLength: 6 }),
  chunkBytes: fc.integer({ min: 1, max: 64 }),
  maxLineBytes: fc.oneof(fc.constant(1 << 20), fc.integer({ min: 1, max: 24 })),
});

/** Text with escapes, quotes, backslashes and multi-byte characters: a JSON string's contents or not. */
const stringish = fc.array(fc.constantFrom('a', 'é', '日', '🎉', '\\"', '\\\\', '\\n', '\\u00e9', ' ', '"', '\\', '\r'), { maxLength: 60 }).map((p) => p.join(''));
const longLine = fc.oneof(
  fc.tuple(fc.nat({ max: 9 }), stringish, stringish).map(([n, a, b]) => `{"type":"assistant","message":{"content":[{"text":"${a}"},"${b}"],"usage":{"input_tokens":${n}}}}`),
  fc.array(fc.oneof(stringish, fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('{', '}', '[1,2]', ':', ',')), { maxLength: 12 }).map((p) => p.join('')),
);
const longLinesCase = fc.record({
  bytes: fc.array(fc.tuple(longLine, fc.constantFrom('\n', '\r\n')), { maxLength: 12 }).map((ls) => Buffer.from(ls.map(([l, end]) => l + end).join(''))),
  cuts: fc.array(fc.nat(), { maxLength: 6 }),
  chunkBytes: fc.integer({ min: 1, max: 64 }),
  limits: fc.record({ maxLineBytes: fc.integer({ min: 4, max: 120 }), maxStringBytes: fc.nat({ max: 16 }) }),
});

const DAY0 = Date.UTC(2026, 10, 1);
const MODELS = ['claude-sonnet-4-5-20250929', 'claude-opus-4-1-20250805', 'claude-haiku-4-5-20251001', 'no-such-model'];

/** A Claude Code assistant record whose usage, time and model depend only on its key (as streaming chunks share them). */
function assistant(key: number, uuid: number): string {
  return JSON.stringify({
    parentUuid: null, type: 'assistant', uuid: `u${uuid}`, timestamp: new Date(DAY0 + key * 7_919_000).toISOString(), requestId: `req_${key}`,
    message: { id: `msg_${key}`, model: MODELS[key % MODELS.length], content: [{ type: 'text', text: `reply ${uuid}` }], usage: { input_tokens: key, output_tokens: 100 * key + 7, cache_creation_input_tokens: 1000 * (key % 3), cache_read_input_tokens: 5000 * (key % 4) } },
  });
}

const transcriptLine = fc.oneof(
  { arbitrary: fc.tuple(fc.integer({ min: 0, max: 15 }), fc.nat()).map(([key, uuid]) => assistant(key, uuid)), weight: 5 },
  { arbitrary: fc.string({ maxLength: 40 }).map((text) => JSON.stringify({ type: 'user', message: { role: 'user', content: text } })), weight: 2 },
  { arbitrary: fc.constant(JSON.stringify({ type: 'system', subtype: 'api_error', level: 'error', timestamp: '2026-11-02T10:00:00Z', error: { message: '529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', status: 529 } })), weight: 1 },
  { arbitrary: fc.integer({ min: 0, max: 15 }).map((key) => assistant(key, 0).replace(/"timestamp":"[^"]*",/, '')), weight: 1 },
  { arbitrary: anyText.map((t) => t.replace(/[\r\n]/g, ' ')), weight: 2 },
);

async function scanTotals(folder: string) {
  const ledger = createUsageLedger({ table: BUNDLED_PRICE_TABLE, localDate: localDateIn('UTC') });
  const stats = await scanClaudeCode([folder], { classify: (text) => classifyRejection(text), onUsage: (u) => void ledger.add(u) });
  const { usageEvents, duplicates, malformedLines, rejections, lines, oversizeLines, unreadable } = stats;
  return { byDay: ledger.totalsByDay(), byModel: ledger.totalsByModel(), usageEvents, duplicates, malformedLines, rejections, lines, oversizeLines, unreadable: unreadable.length };
}

async function writeTranscript(file: string, lines: readonly string[]): Promise<void> {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, lines.map((l) => `${l}\n`).join(''));
}

/** File properties (slow: each case writes and reads files). */
export function fileProperties(): FuzzProperty[] {
  return [
    {
      name: 'tail reader: any chunk size and any append points give the lines of one whole read',
      share: 0.3,
      property: () => fc.asyncProperty(tailCase, async ({ bytes, cuts, chunkBytes, maxLineBytes }) => {
        const pieceFile = scratch();
        const pieces = await readInPieces(pieceFile, bytes, cuts, { chunkBytes, maxLineBytes });
        const wholeFile = scratch();
        await fsp.writeFile(wholeFile, bytes);
        const whole = await readAppended(wholeFile, undefined, { maxLineBytes });
        assert.deepEqual(whole.lines, expectedLines(bytes, maxLineBytes));
        assert.deepEqual(pieces.lines, whole.lines);
        assert.equal(pieces.oversize, whole.result.status === 'read' ? whole.result.oversizeLines : -1);
        assert.equal(pieces.offset, stateOf(whole.result).offset);
        await Promise.all([pieceFile, wholeFile].map((f) => fsp.rm(f, { force: true })));
      }),
    },
    {
      name: 'tail reader: files with long lines give the same skeletons at any chunk size and append points',
      share: 0.2,
      property: () => fc.asyncProperty(longLinesCase, async ({ bytes, cuts, chunkBytes, limits }) => {
        const pieceFile = scratch();
        const pieces = await readInPieces(pieceFile, bytes, cuts, { chunkBytes, ...limits });
        const wholeFile = scratch();
        await fsp.writeFile(wholeFile, bytes);
        const whole = await readAppended(wholeFile, undefined, { chunkBytes, ...limits });
        const expected = expectedSkeletons(bytes, limits);
        assert.deepEqual(whole.lines, expected.lines);
        assert.equal(whole.result.status === 'read' ? whole.result.oversizeLines : -1, expected.oversize);
        assert.deepEqual(pieces.lines, whole.lines);
        assert.equal(pieces.oversize, expected.oversize);
        assert.equal(pieces.offset, bytes.length);
        await Promise.all([pieceFile, wholeFile].map((f) => fsp.rm(f, { force: true })));
      }),
    },
    {
      name: 'scan: a transcript split on a line boundary into two files gives the same totals',
      share: 0.1,
      property: () => fc.asyncProperty(fc.array(transcriptLine, { maxLength: 30 }), fc.nat(), async (lines, cut) => {
        const at = cut % (lines.length + 1);
        const one = scratch();
        const two = scratch();
        await writeTranscript(path.join(one, 'projects', 'p', 'session.jsonl'), lines);
        await writeTranscript(path.join(two, 'projects', 'p', 'session.jsonl'), lines.slice(0, at));
        await writeTranscript(path.join(two, 'projects', 'q', 'sub', 'agent.jsonl'), lines.slice(at));
        assert.deepEqual(await scanTotals(two), await scanTotals(one));
        await Promise.all([one, two].map((dir) => fsp.rm(dir, { recursive: true, force: true })));
      }),
    },
  ];
}
