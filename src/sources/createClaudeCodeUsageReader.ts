import { asClaudeCodeRecord } from './asClaudeCodeRecord';
import { isPlainAscii, literalEnd, numberEnd, skipSpace, stringEnd, valueEnd } from './jsonBytes';
import type { UsageEvent } from '../core/usageEvent';
import { usageOf, type ClaudeCodeRecordResult } from './parseClaudeCodeRecord';
import type { FieldReader, FieldTree } from './wasmJsonScan';

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
 * is copied out), so a line costs no allocation but its kept strings and its usage event.
 */
export function createClaudeCodeUsageReader(options: UsageReaderOptions = {}): (line: Buffer) => ClaudeCodeRecordResult {
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
  const gate = options.gate;
  const readLine = (line: Buffer, start: number): ClaudeCodeRecordResult => {
    if (line[start] !== 0x7b) return resultOf(line, valueEnd(line, start), undefined);
    const record = objectFor(RECORD);
    return resultOf(line, readObject(line, start, RECORD, record, context), record);
  };
  return (line) => {
    // The UTF-8 decoder drops one byte-order mark at the start.
    const start = skipSpace(line, line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf ? 3 : 0);
    if (gate && !gate(line)) return IGNORED;
    const end = line[start] === 0x7b ? fields?.read(line, start) : undefined;
    if (end === undefined) return readLine(line, start);
    const isWhole = end >= 0 && skipSpace(line, end) === line.length;
    const plain = isWhole ? plainRequest(line, fields as FieldReader, context) : undefined;
    if (plain) return plain;
    const record = objectFor(RECORD);
    if (isWhole) readNoted(line, RECORD, record, fields as FieldReader, context);
    return resultOf(line, end, record);
  };
}

// The fields `plainRequest` reads: their slot is the first of their level's plus this.
/** Where `key` is in `spec`: a field of the tree above, so never -1. */
const fieldIndex = (spec: Level, key: string): number => spec.keys.indexOf(key);
const TYPE = fieldIndex(RECORD, 'type');
const SUBTYPE = fieldIndex(RECORD, 'subtype');
const LEVEL = fieldIndex(RECORD, 'level');
const TIMESTAMP = fieldIndex(RECORD, 'timestamp');
const REQUEST_ID = fieldIndex(RECORD, 'requestId');
const COST_USD = fieldIndex(RECORD, 'costUSD');
const IS_API_ERROR = fieldIndex(RECORD, 'isApiErrorMessage');
const API_ERROR_STATUS = fieldIndex(RECORD, 'apiErrorStatus');
const MESSAGE_FIELD = fieldIndex(RECORD, 'message');
const ID = fieldIndex(MESSAGE, 'id');
const MODEL = fieldIndex(MESSAGE, 'model');
const USAGE_FIELD = fieldIndex(MESSAGE, 'usage');
const INPUT = fieldIndex(USAGE, 'input_tokens');
const OUTPUT = fieldIndex(USAGE, 'output_tokens');
const CACHE_WRITE = fieldIndex(USAGE, 'cache_creation_input_tokens');
const CACHE_READ = fieldIndex(USAGE, 'cache_read_input_tokens');
const CACHE_SPLIT = fieldIndex(USAGE, 'cache_creation');
const ONE_HOUR = fieldIndex(CACHE, 'ephemeral_1h_input_tokens');
const FIVE_MINUTES = fieldIndex(CACHE, 'ephemeral_5m_input_tokens');
const ASSISTANT = Buffer.from('"assistant"');
const SYNTHETIC_MODEL = '<synthetic>';
const SOURCE = 'claude-code';
const QUOTE = 0x22;

/**
 * The usage of a well-formed line whose kept fields the module noted, read from the slots alone when the line is a
 * plain request as Claude Code writes one: type `assistant`, a UTC timestamp, plain ASCII ids and model, token counts
 * of plain digits, the other fields of their type, null or absent. Its time and
 * dedup key are read where the bytes are (`atMs`, `dedupHash`). Undefined for any other line: `readNoted` reads it.
 * Every answer is the one `usageOf(asClaudeCodeRecord(...))` gives (property-tested with the other readers).
 */
function plainRequest(b: Buffer, fields: FieldReader, context: ReadContext): ClaudeCodeRecordResult | undefined {
  const { starts, ends, numbers } = fields;
  const base = b.byteOffset;
  const r = fields.firstSlot(RECORD);
  const m = fields.firstSlot(MESSAGE);
  const u = fields.firstSlot(USAGE);
  const c = fields.firstSlot(CACHE);
  // type "assistant", as its bytes
  if (isNullish(b, starts, r + TYPE) || (ends[r + TYPE] as number) - (starts[r + TYPE] as number) !== ASSISTANT.length) return undefined;
  const typeAt = (starts[r + TYPE] as number) - base;
  for (let k = 0; k < ASSISTANT.length; k++) if (b[typeAt + k] !== ASSISTANT[k]) return undefined;
  // Fields that need only be of their type (or null, or absent).
  const subtype = firstByte(b, starts, r + SUBTYPE);
  const level = firstByte(b, starts, r + LEVEL);
  const isApiError = firstByte(b, starts, r + IS_API_ERROR);
  const cost = firstByte(b, starts, r + COST_USD);
  if ((subtype !== NULLISH && subtype !== QUOTE) || (level !== NULLISH && level !== QUOTE)) return undefined;
  if (isApiError !== NULLISH && isApiError !== 0x74 && isApiError !== 0x66) return undefined;
  if (!(isNullish(b, starts, r + API_ERROR_STATUS) || isCount(b, fields, r + API_ERROR_STATUS))) return undefined;
  if (cost !== NULLISH && cost !== 0x2d && !(cost >= 0x30 && cost <= 0x39)) return undefined;
  if (!isPlainString(b, fields, r + TIMESTAMP) || !(isNullish(b, starts, r + REQUEST_ID) || isPlainString(b, fields, r + REQUEST_ID))) return undefined;
  if (firstByte(b, starts, r + MESSAGE_FIELD) !== 0x7b || !(isNullish(b, starts, m + ID) || isPlainString(b, fields, m + ID))) return undefined;
  if (!isPlainString(b, fields, m + MODEL) || firstByte(b, starts, m + USAGE_FIELD) !== 0x7b) return undefined;
  if (!isCount(b, fields, u + INPUT) || !isCount(b, fields, u + OUTPUT)) return undefined;
  const cacheWrite = !isNullish(b, starts, u + CACHE_WRITE);
  const cacheRead = !isNullish(b, starts, u + CACHE_READ);
  if ((cacheWrite && !isCount(b, fields, u + CACHE_WRITE)) || (cacheRead && !isCount(b, fields, u + CACHE_READ))) return undefined;
  const split = firstByte(b, starts, u + CACHE_SPLIT);
  if (split !== NULLISH && split !== 0x7b) return undefined;
  const hasOneHour = split !== NULLISH && !isNullish(b, starts, c + ONE_HOUR);
  if (hasOneHour && !isCount(b, fields, c + ONE_HOUR)) return undefined;
  if (split !== NULLISH && !(isNullish(b, starts, c + FIVE_MINUTES) || isCount(b, fields, c + FIVE_MINUTES))) return undefined;
  const timeFrom = (starts[r + TIMESTAMP] as number) + 1;
  const timeTo = (ends[r + TIMESTAMP] as number) - 1;
  const atMs = fields.timeMs(timeFrom, timeTo);
  if (Number.isNaN(atMs)) return undefined;
  const model = context.recentString(b, (starts[m + MODEL] as number) + 1 - base, (ends[m + MODEL] as number) - 1 - base);
  if (model === SYNTHETIC_MODEL) return IGNORED;
  const event: { -readonly [K in keyof UsageEvent]: UsageEvent[K] } = {
    at: b.toString('latin1', timeFrom - base, timeTo - base),
    source: SOURCE,
    model,
    inputTokens: numbers[u + INPUT] as number,
    outputTokens: numbers[u + OUTPUT] as number,
    cacheCreationTokens: cacheWrite ? (numbers[u + CACHE_WRITE] as number) : 0,
    cacheReadTokens: cacheRead ? (numbers[u + CACHE_READ] as number) : 0,
    atMs,
  };
  if (hasOneHour) event.cacheCreation1hTokens = numbers[c + ONE_HOUR] as number;
  // A cost as JSON.parse reads the number (the same conversion as Number's).
  if (cost !== NULLISH) event.costMicros = Math.round(Number(b.toString('latin1', (starts[r + COST_USD] as number) - base, (ends[r + COST_USD] as number) - base)) * 1_000_000);
  const idFrom = (starts[m + ID] as number) + 1;
  const idTo = (ends[m + ID] as number) - 1;
  const requestFrom = (starts[r + REQUEST_ID] as number) + 1;
  const requestTo = (ends[r + REQUEST_ID] as number) - 1;
  // A dedup key needs both ids, neither empty (`usageOf` tests them for truth).
  if (!isNullish(b, starts, m + ID) && !isNullish(b, starts, r + REQUEST_ID) && idTo > idFrom && requestTo > requestFrom) {
    event.dedupKey = `${b.toString('latin1', idFrom - base, idTo - base)}:${b.toString('latin1', requestFrom - base, requestTo - base)}`;
    event.dedupHash = fields.hashKey(idFrom, idTo, requestFrom, requestTo);
  }
  return { kind: 'record', usage: event };
}

/** What `firstByte` answers for a field that was not there or is null (zod's `.nullish()` takes both alike). */
const NULLISH = -1;
const NULL_BYTE = 0x6e;
/** The first byte of the value noted in `slot`, which tells its JSON type (the line is well-formed); {@link NULLISH} for none or null. */
const firstByte = (b: Buffer, starts: Int32Array, slot: number): number => {
  const at = starts[slot] as number;
  const first = at < 0 ? NULLISH : (b[at - b.byteOffset] as number);
  return first === NULL_BYTE ? NULLISH : first;
};
const isNullish = (b: Buffer, starts: Int32Array, slot: number): boolean => firstByte(b, starts, slot) === NULLISH;
/** True for a string of plain ASCII without escapes: its bytes are its text. */
const isPlainString = (b: Buffer, fields: FieldReader, slot: number): boolean => firstByte(b, fields.starts, slot) === QUOTE && fields.numbers[slot] === 1;
/** True for a number of plain digits (at most 15), whose value the module summed: a count `>= 0` as zod checks it. */
const isCount = (b: Buffer, fields: FieldReader, slot: number): boolean => {
  const first = firstByte(b, fields.starts, slot);
  return first >= 0x30 && first <= 0x39 && !Number.isNaN(fields.numbers[slot]);
};

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
