import { asClaudeCodeRecord } from './asClaudeCodeRecord';
import { isPlainAscii, literalEnd, numberEnd, skipSpace, stringEnd, valueEnd } from './jsonBytes';
import type { UsageEvent } from '../core/usageEvent';
import { CLAUDE_CODE_SOURCE, usageOf, type ClaudeCodeRecordResult } from './parseClaudeCodeRecord';
import { ENTRY, PLAIN_FIELDS, type FieldReader, type FieldTree, type LineScan, type PlainBits } from './wasmJsonScan';

// Reads usage straight from a line's bytes: the whole line is checked against JSON's grammar, but only the
// fields `asClaudeCodeRecord` and `usageOf` look at become values. JSON.parse built every string and object of
// the line (its text included) and, for records whose keys come in ever new orders, a new V8 hidden class per
// order: in a tree with shuffled keys that was 4x slower and left ~1 KB of dead classes per record in the heap.

/** The fields read at one level of the record: a nested level, or null for a value kept as it is. */
interface Level {
  readonly names: readonly Buffer[];
  readonly keys: readonly string[];
  readonly nested: readonly (Level | null)[];
}

function level(fields: Record<string, Level | null>): Level {
  const keys = Object.keys(fields);
  return { names: keys.map((k) => Buffer.from(k)), keys, nested: Object.values(fields) };
}

const CACHE = level({ ephemeral_5m_input_tokens: null, ephemeral_1h_input_tokens: null });
const USAGE = level({ input_tokens: null, output_tokens: null, cache_creation_input_tokens: null, cache_read_input_tokens: null, cache_creation: CACHE });
const MESSAGE = level({ id: null, model: null, usage: USAGE });
const RECORD = level({
  type: null, subtype: null, level: null, timestamp: null, requestId: null, costUSD: null, isApiErrorMessage: null, apiErrorStatus: null, message: MESSAGE,
});

const MALFORMED_JSON: ClaudeCodeRecordResult = { kind: 'malformed', reason: 'json' };
const MALFORMED_SHAPE: ClaudeCodeRecordResult = { kind: 'malformed', reason: 'shape' };
const IGNORED: ClaudeCodeRecordResult = { kind: 'ignored' };
const utf8 = new TextDecoder('utf-8', { fatal: false });

/** How {@link createClaudeCodeUsageReader} checks the values it steps over. */
export interface UsageReaderOptions {
  /**
   * `jsonBytes.valueEnd`, or a twin with the same answers (the CLI's WebAssembly one, see `wasmJsonScan`): most of
   * a record's bytes are the message text, in a field the reader only checks.
   */
  readonly valueEnd?: (b: Uint8Array, i: number) => number;
  /**
   * A reader of the record's fields outside JS (the CLI's WebAssembly `fieldReader`): it checks the whole line and
   * notes where the kept values start, and the reader reads only those. Lines it cannot answer are read here.
   */
  readonly fieldReader?: (tree: FieldTree) => FieldReader | undefined;
  /**
   * A byte test the line must pass to be read at all (the scan's needle test, `hasUsageOrErrorNeedle`, or the
   * module's one-pass twin): the reader answers `gate(line) ? read(line) : ignored`, testing it first. It must
   * pass every line holding the bytes `"usage"`. Lines without one are most of a tree's bytes wherever a user
   * record's `type` comes late (too late for the head test): the needles are found several times faster than
   * the line could be checked against JSON's grammar.
   */
  readonly gate?: (line: Buffer) => boolean;
}

/**
 * A reader of `parseClaudeCodeRecord(line, { wantsRejections: false })` on the line decoded as UTF-8, from its
 * bytes: the same result (usage, ignored, or malformed for the same reason) without decoding or parsing the rest
 * of the line. The reader reuses one object per level of the record for every line (nothing keeps them: usage
 * is copied out), so a line costs no allocation but its kept strings and its usage event; a plain request read by
 * the module costs neither (its event is a view, valid until the reader reads again: see `createPlainEntryView`).
 */
export function createClaudeCodeUsageReader(options: UsageReaderOptions = {}): UsageReader {
  const objects = new Map<Level, Record<string, unknown>>();
  // Every field present from the start and in one order, so the objects keep one hidden class.
  const objectFor = (spec: Level): Record<string, unknown> => {
    let out = objects.get(spec);
    if (!out) objects.set(spec, (out = Object.fromEntries(spec.keys.map((k) => [k, undefined]))));
    for (const key of spec.keys) out[key] = undefined;
    return out;
  };
  const context: ReadContext = { objectFor, skipValue: options.valueEnd ?? valueEnd, recentString: createRecentStrings() };
  const fields = options.fieldReader?.(RECORD);
  const hasPlain = fields !== undefined && setPlainSlots(fields);
  const plain = hasPlain ? createPlainEntryView(fields.plainBits, context.recentString) : undefined;
  const gate = options.gate;
  const readLine = (line: Buffer, start: number): ClaudeCodeRecordResult => {
    if (line[start] !== 0x7b) return resultOf(line, valueEnd(line, start), undefined);
    const record = objectFor(RECORD);
    return resultOf(line, readObject(line, start, RECORD, record, context), record);
  };
  // The line `scanLines` stopped at after reading its object (the slots hold its fields), and where that object ends.
  let stoppedAt = -1;
  let stoppedEnd = -1;
  const read = (line: Buffer): ClaudeCodeRecordResult => {
    const isStopLine = line.byteOffset === stoppedAt && fields !== undefined && line.buffer === fields.starts.buffer;
    stoppedAt = -1;
    // The UTF-8 decoder drops one byte-order mark at the start.
    const start = skipSpace(line, line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf ? 3 : 0);
    if (gate && !gate(line)) return IGNORED;
    const end = line[start] !== 0x7b ? undefined : isStopLine ? stoppedEnd - line.byteOffset : fields?.read(line, start);
    if (end === undefined) return readLine(line, start);
    const isWhole = end >= 0 && skipSpace(line, end) === line.length;
    if (isWhole && plain && fields) {
      // A plain request (or a `<synthetic>` one, which has no usage), read from the module's table.
      const flags = fields.plainEntry();
      if (flags !== 0) return flags & fields.plainBits.usage ? plain.point(line, fields.scanned, 0) : IGNORED;
    }
    const record = objectFor(RECORD);
    if (isWhole) readNoted(line, RECORD, record, fields as FieldReader, context);
    return resultOf(line, end, record);
  };
  const scanLines = (chunk: Buffer, from: number, maxLineBytes: number, report: (result: ClaudeCodeRecordResult) => void): LineScanResult | undefined => {
    if (!plain || !fields) return undefined;
    const next = fields.scanLines(chunk, from, maxLineBytes);
    if (next === undefined) return undefined;
    const { scanned } = fields;
    for (let k = 0; k < scanned.entries; k++) report(plain.point(chunk, scanned, k));
    stoppedAt = scanned.stopEnd >= 0 ? chunk.byteOffset + next : -1;
    stoppedEnd = scanned.stopEnd;
    return { next, lines: scanned.lines };
  };
  return Object.assign(read, { scanLines });
}

/** Where a bulk scan of lines stopped (an index into the chunk), and the non-empty lines it went past. */
export interface LineScanResult {
  readonly next: number;
  readonly lines: number;
}

/**
 * A usage reader (`(line) => result`), and where the module can read whole lines itself, `scanLines`: the complete
 * lines of `chunk` from `from` on, each reported as the reader would answer it (plain requests only: the rest are
 * user records, lines without a needle and `<synthetic>` requests, all ignored), up to the first line the module
 * leaves to the reader (the next line given to the reader, when it is that one, is not read a second time).
 */
export interface UsageReader {
  (line: Buffer): ClaudeCodeRecordResult;
  readonly scanLines: (chunk: Buffer, from: number, maxLineBytes: number, report: (result: ClaudeCodeRecordResult) => void) => LineScanResult | undefined;
}

/**
 * The usage of the plain request in an entry of the module's table, as one object a reader re-points at each entry
 * (wasm/jsonScan.ts `plainRequest`: type `assistant`, a UTC timestamp, plain ASCII ids and model, token counts of
 * plain digits, the other fields of their type, null or absent). Its time and dedup key hash are the module's
 * (`atMs`, `dedupHash`); `at` and `dedupKey` are read from the bytes only when asked for (the ledger needs neither:
 * they were three strings a request). Every answer is the one `usageOf(asClaudeCodeRecord(...))` gives for the line
 * (property-tested with the other readers), while the entry's buffer holds the line: a view is valid until its
 * reader reads again, so whoever keeps an event copies it (`{ ...event }` copies every field).
 */
interface PlainEntryView {
  /** Points the view at entry `k` of `scan`, read from the buffer `b`; answers the view's result. */
  point(b: Buffer, scan: LineScan, k: number): ClaudeCodeRecordResult;
}

function createPlainEntryView(bits: PlainBits, recentString: ReadContext['recentString']): PlainEntryView {
  let b: Buffer = Buffer.alloc(0);
  let offsets: Int32Array = new Int32Array(0);
  let o = 0;
  // The model names by their number in the module's table: one string per name.
  const models: string[] = [];
  const text = (at: number): string => b.toString('latin1', (offsets[at] as number) + 1 - b.byteOffset, (offsets[at + 1] as number) - 1 - b.byteOffset);
  // Every field present from the start, so the object keeps one hidden class; an absent optional one is undefined.
  const event = {
    get at(): string {
      return text(o + ENTRY.timestamp);
    },
    source: CLAUDE_CODE_SOURCE,
    model: '',
    inputTokens: 0,
    outputTokens: 0,
    cacheCreationTokens: 0,
    cacheReadTokens: 0,
    cacheCreation1hTokens: undefined as number | undefined,
    costMicros: undefined as number | undefined,
    get dedupKey(): string | undefined {
      return event.dedupHash === undefined ? undefined : `${text(o + ENTRY.id)}:${text(o + ENTRY.requestId)}`;
    },
    atMs: 0,
    dedupHash: undefined as number | undefined,
  } satisfies UsageEvent;
  const result: ClaudeCodeRecordResult = { kind: 'record', usage: event };
  return {
    point(buffer, scan, k) {
      const { numbers } = scan;
      b = buffer;
      offsets = scan.offsets;
      o = k * ENTRY.offsetsPerEntry;
      const n = k * ENTRY.numbersPerEntry;
      const flags = offsets[o + ENTRY.flags] as number;
      const base = b.byteOffset;
      const number = offsets[o + ENTRY.modelNumber] as number;
      const from = (offsets[o + ENTRY.model] as number) + 1 - base;
      const to = (offsets[o + ENTRY.model + 1] as number) - 1 - base;
      event.model = number < 0 ? recentString(b, from, to) : (models[number] ??= b.toString('latin1', from, to));
      event.inputTokens = numbers[n + ENTRY.input] as number;
      event.outputTokens = numbers[n + ENTRY.output] as number;
      event.cacheCreationTokens = numbers[n + ENTRY.cacheWrite] as number;
      event.cacheReadTokens = numbers[n + ENTRY.cacheRead] as number;
      event.cacheCreation1hTokens = flags & bits.oneHour ? (numbers[n + ENTRY.oneHour] as number) : undefined;
      // A cost as JSON.parse reads the number (the same conversion as Number's).
      event.costMicros = flags & bits.cost ? Math.round(Number(b.toString('latin1', (offsets[o + ENTRY.cost] as number) - base, (offsets[o + ENTRY.cost + 1] as number) - base)) * 1_000_000) : undefined;
      event.atMs = numbers[n + ENTRY.time] as number;
      event.dedupHash = flags & bits.dedup ? (numbers[n + ENTRY.hash] as number) : undefined;
      return result;
    },
  };
}

const LEVELS: Readonly<Record<string, Level>> = { message: MESSAGE, usage: USAGE, cache_creation: CACHE };

/** Tells the module where the fields of a plain request are (see PLAIN_FIELDS); false when it cannot take them. */
function setPlainSlots(fields: FieldReader): boolean {
  const slotOf = (name: string): number => {
    const [parent, child] = name.split('.') as [string, string | undefined];
    const spec = child === undefined ? RECORD : (LEVELS[parent] as Level);
    return fields.firstSlot(spec) + spec.keys.indexOf(child ?? parent);
  };
  return fields.setPlainSlots(PLAIN_FIELDS.map(slotOf));
}

/** The result for a line read to `end` (-1 for a JSON error) into `record` (undefined for a value not an object). */
function resultOf(line: Buffer, end: number, record: Record<string, unknown> | undefined): ClaudeCodeRecordResult {
  if (end < 0 || skipSpace(line, end) !== line.length) return MALFORMED_JSON;
  const checked = record && asClaudeCodeRecord(record);
  if (!checked) return MALFORMED_SHAPE;
  const usage = usageOf(checked);
  if (usage === 'bad') return MALFORMED_SHAPE;
  return usage ? { kind: 'record', usage } : IGNORED;
}

/** How a reader reads: its reused objects, and how it steps over the values of fields it does not keep. */
interface ReadContext {
  readonly objectFor: (spec: Level) => Record<string, unknown>;
  readonly skipValue: (b: Uint8Array, i: number) => number;
  readonly recentString: (b: Buffer, from: number, to: number) => string;
}

/** Reads the object at `i` into `out` (the fields of `spec`; a repeated key keeps its last value, as JSON.parse does). */
function readObject(b: Buffer, i: number, spec: Level, out: Record<string, unknown>, context: ReadContext): number {
  i = skipSpace(b, i + 1);
  if (b[i] === 0x7d) return i + 1;
  for (;;) {
    const keyEnd = b[i] === 0x22 ? stringEnd(b, i) : -1;
    if (keyEnd < 0) return -1;
    const field = fieldOf(b, i, keyEnd, spec);
    i = skipSpace(b, keyEnd);
    if (b[i] !== 0x3a) return -1;
    i = skipSpace(b, i + 1);
    // A string is stepped over here (ids, paths: short); an object or array (the message text) by `skipValue`.
    if (field < 0) i = b[i] === 0x22 ? stringEnd(b, i) : context.skipValue(b, i);
    else {
      const nested = spec.nested[field];
      const key = spec.keys[field] as string;
      if (nested && b[i] === 0x7b) {
        const child = context.objectFor(nested);
        out[key] = child;
        i = readObject(b, i, nested, child, context);
      } else i = readValue(b, i, out, key, context);
    }
    if (i < 0) return -1;
    i = skipSpace(b, i);
    if (b[i] === 0x7d) return i + 1;
    if (b[i] !== 0x2c) return -1;
    i = skipSpace(b, i + 1);
  }
}

/**
 * Reads into `out` the fields of `spec` whose values `fields` noted in `b` (the line is known to be well-formed
 * JSON): plain strings and numbers as the module saw them, anything else as `readValue` reads it.
 */
function readNoted(b: Buffer, spec: Level, out: Record<string, unknown>, fields: FieldReader, context: ReadContext): void {
  const first = fields.firstSlot(spec);
  const base = b.byteOffset;
  for (let f = 0; f < spec.keys.length; f++) {
    const slot = first + f;
    const at = fields.starts[slot] as number;
    if (at < 0) continue;
    const i = at - base;
    const c = b[i];
    const key = spec.keys[f] as string;
    const nested = spec.nested[f];
    const value = fields.numbers[slot] as number;
    if (c === 0x22 && value === 1) {
      const end = (fields.ends[slot] as number) - base - 1;
      out[key] = plainString(b, i + 1, end, key, context);
    } else if (c !== 0x22 && !Number.isNaN(value)) out[key] = value;
    else if (nested && c === 0x7b) {
      const child = context.objectFor(nested);
      out[key] = child;
      readNoted(b, nested, child, fields, context);
    } else readValue(b, i, out, key, context);
  }
}

/** Which field of `spec` the key in [start, end) (quotes included) names, or -1; a key with escapes is decoded first. */
function fieldOf(b: Buffer, start: number, end: number, spec: Level): number {
  const from = start + 1;
  const length = end - from - 1;
  for (let f = 0; f < spec.names.length; f++) {
    const name = spec.names[f] as Buffer;
    if (name.length !== length) continue;
    let k = 0;
    while (k < length && b[from + k] === name[k]) k++;
    if (k === length) return f;
  }
  for (let j = from; j < end - 1; j++) {
    if (b[j] === 0x5c) return spec.keys.indexOf(JSON.parse(utf8.decode(b.subarray(start, end))) as string);
  }
  return -1;
}

/** Keeps the value at `i` as `out[key]`: strings, numbers and literals exactly, an object or array as {} or []. */
function readValue(b: Buffer, i: number, out: Record<string, unknown>, key: string, context: ReadContext): number {
  const c = b[i];
  let end: number;
  if (c === 0x22) {
    end = stringEnd(b, i);
    if (end >= 0) {
      out[key] = isPlainAscii(b, i + 1, end - 1) ? plainString(b, i + 1, end - 1, key, context) : JSON.parse(utf8.decode(b.subarray(i, end)));
    }
  } else if (c === 0x2d || (c !== undefined && c >= 0x30 && c <= 0x39)) {
    end = numberEnd(b, i);
    if (end >= 0) out[key] = numberAt(b, i, end);
  } else if (c === 0x7b || c === 0x5b) {
    end = context.skipValue(b, i);
    out[key] = c === 0x7b ? {} : [];
  } else {
    end = literalEnd(b, i);
    out[key] = c === 0x74 ? true : c === 0x66 ? false : null;
  }
  return end;
}

/** The text of a plain ASCII string value in [from, to) of `key`: a recent string object for `type` and `model`. */
function plainString(b: Buffer, from: number, to: number, key: string, context: ReadContext): string {
  return key === 'type' || key === 'model' ? context.recentString(b, from, to) : b.toString('latin1', from, to);
}

const RECENT_SLOTS = 8;

/**
 * The plain ASCII strings in [from, to) of `type` and `model` values: the same string object as for a recent
 * record when the bytes match one of the last few (a handful of strings most records repeat).
 */
function createRecentStrings(): (b: Buffer, from: number, to: number) => string {
  const recent: string[] = [];
  let next = 0;
  return (b, from, to) => {
    const length = to - from;
    for (const text of recent) {
      if (text.length !== length) continue;
      let k = 0;
      while (k < length && text.charCodeAt(k) === b[from + k]) k++;
      if (k === length) return text;
    }
    const text = b.toString('latin1', from, to);
    recent[next] = text;
    next = (next + 1) % RECENT_SLOTS;
    return text;
  };
}

/** The number in [from, to): plain digits of a safe integer summed here, anything else read by Number() (the same value). */
function numberAt(b: Buffer, from: number, to: number): number {
  if (to - from > 15) return Number(b.toString('latin1', from, to));
  let value = 0;
  for (let j = from; j < to; j++) {
    const d = (b[j] as number) - 0x30;
    if (d < 0 || d > 9) return Number(b.toString('latin1', from, to));
    value = value * 10 + d;
  }
  return value;
}
