// The CLI's fast path through a transcript line: the byte pre-check, the hand-written record check and the
// byte-level reader must each answer exactly as the plain path (the zod schema, UTF-8 decoding, JSON.parse) does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { asClaudeCodeRecord } from '../../src/sources/asClaudeCodeRecord';
import { claudeCodeRecordSchema } from '../../src/sources/claudeCodeRecordSchema';
import { hasUsageOrErrorNeedle, isUserRecordByHead, isUserRecordInRange, mayCarryUsageOrErrorBytes } from '../../src/sources/mayCarryUsageOrError';
import { parseClaudeCodeRecord, type ClaudeCodeRecordContext } from '../../src/sources/parseClaudeCodeRecord';
import { createClaudeCodeUsageReader } from '../../src/sources/createClaudeCodeUsageReader';
import { createWasmJsonScan, type WasmJsonScan } from '../../src/sources/wasmJsonScan';
import { variantFiles } from '../fixtures/sources/variantTree';
import { withoutReadHints } from '../fixtures/sources/testKit';

const anyValue = fc.oneof(
  fc.constant(undefined), fc.constant(null), fc.boolean(), fc.string({ maxLength: 8 }),
  fc.constantFrom(0, -0, 1, -1, 1.5, 1e400, -1e400, Number.NaN, 2 ** 53), fc.integer(), fc.double(),
  fc.constant([]), fc.constant({}), fc.array(fc.integer(), { maxLength: 2 }),
);
const nullish = fc.constantFrom(undefined, null);
const text = fc.oneof(nullish, fc.string({ maxLength: 8 }));
const tokens = fc.oneof(fc.nat(), fc.constantFrom(0, -0, 1.5, 1e400));
const count = fc.oneof(nullish, tokens);
const usage = fc.record({
  input_tokens: tokens, output_tokens: tokens, cache_creation_input_tokens: count, cache_read_input_tokens: count,
  cache_creation: fc.oneof(nullish, fc.record({ ephemeral_5m_input_tokens: count, ephemeral_1h_input_tokens: count, extra: anyValue }, { requiredKeys: [] })),
}, { requiredKeys: ['input_tokens', 'output_tokens'] });
const message = fc.record({ id: text, model: text, usage: fc.oneof(nullish, usage), content: anyValue }, { requiredKeys: [] });
/** Records the schema accepts: every field absent, null or of its type. */
const validRecord = fc.record({
  type: fc.oneof(nullish, fc.constantFrom('assistant', 'user', 'system')), subtype: text, level: text, timestamp: text, requestId: text,
  costUSD: fc.oneof(nullish, fc.double({ noNaN: true })), isApiErrorMessage: fc.oneof(nullish, fc.boolean()),
  apiErrorStatus: fc.oneof(nullish, fc.integer()), error: anyValue, content: anyValue, message: fc.oneof(nullish, message), other: anyValue,
}, { requiredKeys: [] });
const PATHS = [
  ['type'], ['subtype'], ['level'], ['timestamp'], ['requestId'], ['costUSD'], ['isApiErrorMessage'], ['apiErrorStatus'], ['message'],
  ['message', 'id'], ['message', 'model'], ['message', 'usage'], ['message', 'usage', 'input_tokens'], ['message', 'usage', 'output_tokens'],
  ['message', 'usage', 'cache_creation_input_tokens'], ['message', 'usage', 'cache_read_input_tokens'], ['message', 'usage', 'cache_creation'],
  ['message', 'usage', 'cache_creation', 'ephemeral_5m_input_tokens'], ['message', 'usage', 'cache_creation', 'ephemeral_1h_input_tokens'],
];

/** `record` with the value at `path` replaced (parents created as needed), or `value` itself for an empty path. */
function withValueAt(record: Record<string, unknown>, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const child = record[head];
  const parent = typeof child === 'object' && child !== null && !Array.isArray(child) ? (child as Record<string, unknown>) : {};
  return { ...record, [head]: rest.length === 0 ? value : withValueAt(parent, rest, value) };
}

test('asClaudeCodeRecord accepts exactly what claudeCodeRecordSchema accepts', () => {
  let accepted = 0;
  const mutated = fc.tuple(validRecord, fc.option(fc.constantFrom(...PATHS, []), { nil: undefined }), anyValue)
    .map(([r, path, value]) => (path === undefined ? r : withValueAt(r, path, value)));
  fc.assert(fc.property(mutated, (value) => {
    const isValid = claudeCodeRecordSchema.safeParse(value).success;
    if (isValid) accepted++;
    assert.equal(asClaudeCodeRecord(value) !== undefined, isValid, JSON.stringify(value));
  }), { numRuns: 5000 });
  assert.ok(accepted > 1000 && accepted < 4500, `${accepted} of 5000 accepted: the records should be a mix`);
});

test('asClaudeCodeRecord agrees with the schema on every field set to each edge value', () => {
  const base = { type: 'assistant', timestamp: 't', message: { id: 'm', usage: { input_tokens: 1, output_tokens: 2, cache_creation: { ephemeral_1h_input_tokens: 3 } } } };
  const edges = [Number.NaN, Infinity, -Infinity, -0, -1, 0, 1.5, 2 ** 53, '', '1', true, false, [], [1], {}, null, undefined];
  for (const path of [...PATHS, ['error'], ['content'], ['message', 'content'], ['other']]) {
    for (const edge of edges) {
      const value = withValueAt(base, path, edge);
      assert.equal(asClaudeCodeRecord(value) !== undefined, claudeCodeRecordSchema.safeParse(value).success, `${path.join('.')} = ${String(edge)}`);
    }
  }
});

test('asClaudeCodeRecord returns the record itself, unknown fields included', () => {
  const value = { type: 'assistant', message: { usage: { input_tokens: 1, output_tokens: 2 }, extra: [1] }, extra: true };
  assert.equal(asClaudeCodeRecord(value), value);
  assert.deepEqual(claudeCodeRecordSchema.parse(value), value);
});

test('the head check finds a top-level user type in any spacing, and nothing nested, quoted or cut off', () => {
  const yes = ['{"type":"user","message":{}}', '{ "type" : "user" }', '{"a":{"b":[1,{"c":2}]},"type":\t"user"}', '{"x":"a\\"b","type":"user"}',
    '{"messages":1,"type":"user"}', '{"a":{"message":1},"type":"user"}', '{"x":"message","type":"user"}', '{"type":"user","message":1}'];
  const no = [
    '{"message":{"type":"user"},"type":"assistant"}', '{"a":["type","user"],"type":"system"}', '{"note":"\\"type\\":\\"user\\"","type":"assistant"}',
    '{"type":"users"}', '{"kind":"type","type":"assistant"}', `{"pad":"${'x'.repeat(1100)}","type":"user"}`, '{"type":', '{"type":"us',
    // A message key before the type: Claude Code's order for assistant records, so the head stops there.
    '{"message":{},"type":"user"}', '{"message" :1,"type":"user"}', '{ "message"\t:\t"x", "type": "user" }',
  ];
  // Long values with escapes at every alignment, before the type: the skip over plain string bytes must not lose count.
  for (let shift = 0; shift < 4; shift++) {
    const pad = 'p'.repeat(shift);
    yes.push(`{"cwd":"${pad}${'abc\\\\'.repeat(20)}","id":"${pad}${'a\\"'.repeat(33)}","type":"user"}`);
    no.push(`{"note":"${pad}${'ab'.repeat(20)}\\",\\"type\\":\\"user","type":"assistant"}`);
  }
  // The window is 1024 bytes: a value ending on its last byte counts, one byte later it does not.
  const edge = (padding: number): string => `{"pad":"${'x'.repeat(padding)}","type":"user"}`;
  const fits = 1024 - edge(0).length + 1;
  assert.equal(edge(fits).indexOf('"user"') + 6, 1024);
  yes.push(edge(fits));
  no.push(edge(fits + 1));
  for (const line of yes) assert.equal(isUserRecordByHead(Buffer.from(line)), true, line);
  for (const line of no) assert.equal(isUserRecordByHead(Buffer.from(line)), false, line);
  assert.equal(mayCarryUsageOrErrorBytes(Buffer.from('{"message":{"content":[{"type":"tool_use","input":{"type":"user"}}],"usage":{}},"type":"assistant"}')), true);
});

/**
 * The head check as first written (a search for each `"type"`, then a count of the bytes before it), with the rule
 * added since (a top-level `"message"` key before the type ends it): the reference.
 */
function referenceIsUser(line: Buffer): boolean {
  const head = line.length > 1024 ? line.subarray(0, 1024) : line;
  const typeKey = Buffer.from('"type"');
  let depth = 0;
  let isInString = false;
  let scanned = 0;
  for (let at = head.indexOf(typeKey); at >= 0; at = head.indexOf(typeKey, at + 1)) {
    for (; scanned < at; scanned++) {
      const c = head[scanned];
      if (isInString) {
        if (c === 0x5c) scanned++;
        else if (c === 0x22) isInString = false;
      } else if (c === 0x22) {
        // A top-level "message" key before the type ends the test.
        if (depth === 1 && head.subarray(scanned, scanned + 9).equals(Buffer.from('"message"'))) {
          let k = scanned + 9;
          while (head[k] === 0x20 || head[k] === 0x0a || head[k] === 0x0d || head[k] === 0x09) k++;
          if (head[k] === 0x3a) return false;
        }
        isInString = true;
      }
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) depth--;
    }
    if (scanned !== at || isInString || depth !== 1) continue;
    let i = at + typeKey.length;
    while (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09) i++;
    if (head[i] !== 0x3a) continue;
    i++;
    while (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09) i++;
    return head.subarray(i, i + 6).equals(Buffer.from('"user"'));
  }
  return false;
}

test('the in-place head check agrees with the reference on generated heads, anywhere in a larger buffer', () => {
  const piece = fc.constantFrom('{', '}', '[', ']', '"type"', '"user"', ':', ' ', ',', '"', '\\', '\\"', 'abcd', '"x":"', '"type":"user"', 'é', '\t', 'x'.repeat(300),
    '"message"', '"message":', '"messages"', '"messag', 'e":');
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.nat({ max: 9 }), fc.nat({ max: 9 }), (parts, before, after) => {
    const line = Buffer.from(parts.join(''));
    const host = Buffer.concat([Buffer.from('{"type":"user"'.slice(0, before)), line, Buffer.from('"type":"user"}'.slice(0, after))]);
    assert.equal(isUserRecordInRange(host, before, before + line.length), referenceIsUser(line), parts.join(''));
    assert.equal(isUserRecordByHead(line), referenceIsUser(line), parts.join(''));
  }), { numRuns: 5000 });
});

test('the byte pre-check finds exactly the lines that hold one of its needles (or are no user record)', () => {
  const needles = ['"usage"', '"error"', 'isApiErrorMessage', 'API Error'];
  const pieces = fc.constantFrom(...needles, 'rror', 'error', 'Error', 'API', 'API ', 'isApi', 'isApiError', '"', 'API E', 'isApiE', 'Message', 'x', ' ', '"type":"user",', '{', 'é');
  fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
    const line = Buffer.from(parts.join(''));
    const expected = !isUserRecordByHead(line) && needles.some((n) => line.includes(n));
    assert.equal(mayCarryUsageOrErrorBytes(line), expected, parts.join(''));
  }), { numRuns: 5000 });
});

const context: ClaudeCodeRecordContext = { classify: () => undefined, isHistorical: true, wantsRejections: false, isPrefiltered: true };
const decoder = new TextDecoder();
const plain = (raw: Buffer) => parseClaudeCodeRecord(decoder.decode(raw), context);
const readUsage = createClaudeCodeUsageReader();
const gatedUsage = createClaudeCodeUsageReader({ gate: hasUsageOrErrorNeedle });
const IGNORED = { kind: 'ignored' };

/** A reader over its own WebAssembly module (one field table each, gated by its needle test as the scan is), and the module's read buffer. */
function wasmReader(gated: boolean): { wasm: WasmJsonScan; read: (line: Buffer) => unknown } {
  const wasm = createWasmJsonScan();
  if (!wasm) throw new Error('no WebAssembly');
  return { wasm, read: createClaudeCodeUsageReader({ valueEnd: wasm.valueEnd, fieldReader: wasm.fieldReader, ...(gated ? { gate: wasm.hasUsageOrErrorNeedle } : {}) }) };
}
const inModule = wasmReader(false);
const gatedInModule = wasmReader(true);

/** `raw` placed at `offset` in the module's read buffer, with quotes after it (a read past its end would show). */
function placed(wasm: WasmJsonScan, raw: Buffer, offset: number): Buffer {
  wasm.scratch.set(raw, offset);
  wasm.scratch.fill(0x22, offset + raw.length, Math.min(wasm.scratch.length, offset + raw.length + 32));
  return wasm.scratch.subarray(offset, offset + raw.length);
}

/**
 * Every reader answers as parsing the decoded line does: the JS one on any buffer, the WebAssembly one on the line
 * in its memory, and gated by the needle test, what the scan's needle test then parse would give.
 */
function assertReadersAgree(raw: Buffer, offset = raw.length % 17): void {
  const expected = plain(raw);
  const gated = hasUsageOrErrorNeedle(raw) ? expected : IGNORED;
  const label = decoder.decode(raw).slice(0, 160);
  assert.deepEqual(readUsage(raw), expected, label);
  assert.deepEqual(gatedUsage(raw), gated, label);
  // A line longer than the read buffer is never in it.
  if (offset + raw.length > inModule.wasm.scratch.length) return;
  const inModuleResult = inModule.read(placed(inModule.wasm, raw, offset));
  if (isPlainRead(inModuleResult)) plainReads++;
  assert.deepEqual(withoutHints(inModuleResult), expected, label);
  assert.deepEqual(withoutHints(gatedInModule.read(placed(gatedInModule.wasm, raw, offset))), gated, label);
}

/** How many lines the module's reader read from its slots alone (its usage comes with `atMs`). */
let plainReads = 0;
const isPlainRead = (result: unknown): boolean => (result as { usage?: { atMs?: number } }).usage?.atMs !== undefined;
const withoutHints = (result: unknown): unknown => {
  const r = result as { kind: string; usage?: unknown };
  return r.usage === undefined ? r : { ...r, usage: withoutReadHints(r.usage) };
};

test('reading usage from the bytes gives what parsing the decoded line gives, on every line of the variant tree', () => {
  let lines = 0;
  for (const body of Object.values(variantFiles())) {
    for (const raw of splitLines(body)) {
      lines++;
      assertReadersAgree(raw);
    }
  }
  assert.ok(lines >= 25, `only ${lines} lines checked`);
});

test('a byte-order mark, a non-ASCII model or id, escapes and invalid UTF-8 are read as UTF-8 decoding reads them', () => {
  const line = '{"type":"assistant","timestamp":"2026-11-20T10:00:00Z","requestId":"req_é","message":{"id":"msg_1","model":"modèle","usage":{"input_tokens":1,"output_tokens":2}}}';
  const cases = [
    Buffer.from(line), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line)]),
    Buffer.from(line.replace('modèle', 'm\\u00e8le')), Buffer.from(line.replace('"req_é"', '"req_\udfff"')),
    Buffer.concat([Buffer.from(line.slice(0, 40)), Buffer.from([0xe2, 0x82]), Buffer.from(line.slice(40))]),
    Buffer.from(line.replace('2026-11-20T10:00:00Z', '２０２６')),
    Buffer.from(line.replace('"model"', '"mod\\u0065l"').replace('"usage"', '"\\u0075sage"')),
    Buffer.from(line.replace('"type":"assistant"', '"type":"user","type":"assistant"').replace('"usage":{', '"usage":null,"usage":{')),
    Buffer.from(line.replace('"message":{', '"message":{"usage":{"input_tokens":-1,"output_tokens":2},')),
    Buffer.from(line.replace('"input_tokens":1', '"input_tokens":1e400')), Buffer.from(line.replace('"input_tokens":1', '"input_tokens":-0')),
    Buffer.from(line.replace('"input_tokens":1', '"input_tokens":01')), Buffer.from(line.replace('}}}', '}}} ')), Buffer.from(line.replace('}}}', '}},}')),
    Buffer.from(`[${line}]`), Buffer.from('"usage"'), Buffer.from(`\t ${line}\r`), Buffer.from(line.replace('"msg_1"', '"msg\\x"')),
  ];
  for (const raw of cases) assertReadersAgree(raw);
  const first = readUsage(cases[0]!);
  assert.equal(first.kind === 'record' ? first.usage?.model : undefined, 'modèle');
});

test('reading usage from bytes agrees with the decoded parse on arbitrary JSON-ish lines', () => {
  const fragments = fc.constantFrom('{', '}', '"usage"', ':', ',', '"type":"assistant"', '"message":{', '"model":"é"', '"input_tokens":1', '"output_tokens":2', '"timestamp":"2026-01-01T00:00:00Z"', ' ', '"', '\\', 'é', '\u0001', '[', ']');
  fc.assert(fc.property(fc.array(fragments, { maxLength: 30 }), fc.uint8Array({ maxLength: 4 }), (parts, noise) => {
    const raw = Buffer.concat([Buffer.from(parts.join('')), Buffer.from(noise)]);
    assertReadersAgree(raw);
  }), { numRuns: 2000 });
});

test('reading usage from bytes agrees with the decoded parse on generated records, respaced and damaged', () => {
  const withTimes = validRecord.chain((r) => fc.constantFrom('2026-11-20T10:00:00.000Z', '2026-11-20', 'x').map((t) => ({ ...r, timestamp: t, type: 'assistant' })));
  const mutated = fc.tuple(fc.oneof(validRecord, withTimes), fc.option(fc.constantFrom(...PATHS), { nil: undefined }), anyValue)
    .map(([r, path, value]) => (path === undefined ? r : withValueAt(r, path, value)));
  const damage = fc.record({ at: fc.nat(), bytes: fc.uint8Array({ maxLength: 3 }), drop: fc.nat({ max: 3 }), spaced: fc.boolean(), damaged: fc.boolean() });
  fc.assert(fc.property(mutated, damage, (record, d) => {
    const text = d.spaced ? JSON.stringify(record, null, 1).replace(/\n/g, ' ') : JSON.stringify(record) ?? 'null';
    let raw = Buffer.from(text);
    if (d.damaged) {
      const at = d.at % (raw.length + 1);
      raw = Buffer.concat([raw.subarray(0, at), Buffer.from(d.bytes), raw.subarray(Math.min(raw.length, at + d.drop))]);
    }
    assertReadersAgree(raw, d.at % 41);
  }), { numRuns: 5000 });
});

/**
 * `value` as JSON with each object's keys in an order drawn from `random`, and now and then one key written twice
 * (first with another value: JSON.parse keeps the last).
 */
function shuffledJson(value: unknown, random: () => number): string {
  if (Array.isArray(value)) return `[${value.map((v) => shuffledJson(v ?? null, random)).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  for (let k = entries.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [entries[k], entries[j]] = [entries[j]!, entries[k]!];
  }
  const members = entries.map(([k, v]) => `${JSON.stringify(k)}:${shuffledJson(v, random)}`);
  const twice = Math.floor(random() * entries.length);
  if (entries.length > 0 && random() < 0.3) {
    const other = [null, 7, '"x"', '{}', '{"input_tokens":1,"output_tokens":2}', '{"usage":{"input_tokens":3,"output_tokens":4}}'][Math.floor(random() * 6)];
    // Mostly before the real value (so it wins, and most records stay whole), sometimes after it.
    const at = random() < 0.8 ? Math.floor(random() * (twice + 1)) : twice + 1;
    members.splice(at, 0, `${JSON.stringify(entries[twice]![0])}:${other}`);
  }
  return `{${members.join(',')}}`;
}

test('reading usage from bytes agrees with the decoded parse on records with shuffled keys and keys written twice, at every level', () => {
  const withTimes = validRecord.map((r) => ({ ...r, timestamp: '2026-11-20T10:00:00.000Z', type: 'assistant' }));
  fc.assert(fc.property(fc.oneof(validRecord, withTimes), fc.integer(), (record, seed) => {
    let state = seed >>> 0;
    const random = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    assertReadersAgree(Buffer.from(shuffledJson(record, random)), seed & 31);
  }), { numRuns: 5000 });
});

function* splitLines(body: Buffer): Generator<Buffer> {
  let from = 0;
  for (let nl = body.indexOf(0x0a); nl >= 0; nl = body.indexOf(0x0a, from)) {
    const end = nl > from && body[nl - 1] === 0x0d ? nl - 1 : nl;
    yield body.subarray(from, end);
    from = nl + 1;
  }
}

test('a plain request is read from the module slots alone, with the answer of the decoded parse, in any key order, spacing and damage', () => {
  // Records as Claude Code writes them, and near misses of every condition the slot reader checks: times at the
  // edges of its fast path, ids empty or not plain, counts past 15 digits, fields it leaves to the full read.
  const ascii = fc.stringMatching(/^[A-Za-z0-9_]{0,12}$/);
  const id = fc.oneof({ arbitrary: ascii, weight: 12 }, { arbitrary: fc.constantFrom('é', 'a\\"b', 'a"b', undefined), weight: 1 });
  const time = fc.oneof(
    { arbitrary: fc.constant('2026-11-20T10:00:00.000Z'), weight: 2 },
    fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.date({ noInvalidDate: true, min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z') }).map((d) => d.toISOString().replace('.000Z', 'Z').replace(/\.\d{3}Z$/, 'Z')),
    fc.constantFrom('2024-02-29T10:00:00.000Z', '2025-02-29T10:00:00.000Z', '2100-02-29T00:00:00Z', '2000-02-29T00:00:00Z', '2026-04-31T00:00:00Z',
      '2026-12-31T24:00:00Z', '2026-12-31T23:59:60Z', '2026-00-10T00:00:00Z', '2026-13-10T00:00:00Z', '2026-11-20T10:00:00.000z', '2026-11-20 10:00:00.000Z',
      '2026-11-20T10:00:00+00:00', '2026-11-20T10:00:00.0000Z', '20a6-11-20T10:00:00.000Z', '2026-11-20T1a:00:00.000Z', '+02026-11-20T10:00:00Z', '2026-11-20T10:00:00.1Z', ''),
  );
  // Absent seven times in eight (fc.option's `freq` is the chance of the other way round).
  const rarely = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.oneof({ arbitrary: fc.constant(undefined), weight: 7 }, { arbitrary: arb, weight: 1 });
  const orNull = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.oneof({ arbitrary: arb, weight: 8 }, { arbitrary: fc.constant(null), weight: 1 });
  const count = fc.oneof({ arbitrary: fc.nat({ max: 2_000_000 }), weight: 20 }, { arbitrary: fc.nat(), weight: 4 }, { arbitrary: fc.constantFrom(0, 999_999_999_999_999, 1_000_000_000_000_000, 2 ** 53 - 1), weight: 1 });
  const plain = fc.record({
    type: fc.constantFrom('assistant', 'assistant', 'assistant', 'assistant', 'assistant', 'user', 'assistan', 'assistantt', 'assistent', 'Assistant', 'assistanT'),
    subtype: fc.option(orNull(fc.constantFrom('x', 'é')), { nil: undefined }),
    level: fc.option(orNull(fc.constantFrom('info', 'error')), { nil: undefined }),
    isApiErrorMessage: fc.option(orNull(fc.boolean()), { nil: undefined }),
    costUSD: rarely(fc.oneof(fc.double(), fc.constantFrom(null, 0.0123, -0, 1e-7, 12345678901234567890))),
    apiErrorStatus: rarely(fc.oneof(fc.integer({ min: -1, max: 600 }), fc.constantFrom(null, 1.5, 1e20))),
    timestamp: time,
    requestId: orNull(id),
    message: fc.record({
      id: orNull(id),
      model: fc.oneof(fc.constantFrom('claude-sonnet-4-5-20250929', 'claude-opus-4-1', '<synthetic>', 'modèle', ''), ascii),
      usage: fc.record({
        input_tokens: count, output_tokens: count, cache_creation_input_tokens: fc.option(orNull(count), { nil: undefined }), cache_read_input_tokens: fc.option(orNull(count), { nil: undefined }),
        cache_creation: fc.option(orNull(fc.record({ ephemeral_5m_input_tokens: orNull(count), ephemeral_1h_input_tokens: orNull(count) }, { requiredKeys: [] })), { nil: undefined }),
      }, { requiredKeys: ['input_tokens', 'output_tokens'] }),
      content: fc.constant([{ type: 'text', text: 'a "usage" b' }]),
    }, { requiredKeys: ['model', 'usage'] }),
  }, { requiredKeys: ['type', 'timestamp', 'message'] });
  const before = plainReads;
  fc.assert(fc.property(plain, rarely(fc.constantFrom(...PATHS)), anyValue, fc.integer(), fc.boolean(), (record, path, value, seed, spaced) => {
    const changed = path === undefined ? record : withValueAt(record, path, value);
    let state = seed >>> 0;
    const random = (): number => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    const text = seed % 3 === 0 ? shuffledJson(changed, random) : JSON.stringify(changed, null, spaced ? 1 : undefined).replace(/\n/g, ' ');
    assertReadersAgree(Buffer.from(text), seed & 31);
  }), { numRuns: 8000 });
  // A good share of those are plain requests, so the slot reader itself was tested (not only its fallback).
  assert.ok(plainReads - before > 1500, `only ${plainReads - before} lines were read from the slots alone`);
});
