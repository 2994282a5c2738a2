import { valueEnd as jsValueEnd } from './jsonBytes';
import { hasUsageOrErrorNeedle as jsHasUsageOrErrorNeedle, isUserRecordInRange as jsIsUserRecordInRange } from './mayCarryUsageOrError';
import { JSON_SCAN_WASM } from './jsonScanWasm';

/**
 * The WebAssembly twins of `jsonBytes.valueEnd`, of the user-record head check, of the needle test and of the
 * reader's walk over a record's fields (wasm/jsonScan.ts), and its scan of a read buffer's lines, for the CLI's
 * blocking scan: files are read straight into the module's memory (`scratch`), and bytes inside it are checked
 * there, sixteen to sixty-four at a time and at full speed from the first line (the JS twins run unoptimised until
 * V8 has seen them often). Any other buffer, a value nested past the module's stack and a key with an escape go to
 * the JS code: the answers are the same.
 */
export interface WasmJsonScan {
  /** The read buffer, a view of the module's memory (which never grows, so the view stays valid). */
  readonly scratch: Buffer;
  /** `jsonBytes.valueEnd(b, i)`. */
  valueEnd(b: Uint8Array, i: number): number;
  /** `mayCarryUsageOrError.isUserRecordInRange(b, start, end)`. */
  isUserRecordInRange(b: Buffer, start: number, end: number): boolean;
  /** `mayCarryUsageOrError.hasUsageOrErrorNeedle(line)`, in one pass for the four needles. */
  hasUsageOrErrorNeedle(line: Buffer): boolean;
  /**
   * A reader of the fields of `tree` in an object, for bytes inside the module memory. The module holds one field
   * table: the same tree gets the same reader again, another tree none (undefined: read in JS), as does a tree
   * too large for the table.
   */
  fieldReader(tree: FieldTree): FieldReader | undefined;
}

/** The fields looked for at one level of an object, and for each, the level of its value when that is an object. */
export interface FieldTree {
  readonly keys: readonly string[];
  readonly nested: readonly (FieldTree | null)[];
}

/**
 * Checks a whole object as `jsonBytes.valueEnd` does, in the module, and notes where the value of each field of
 * its tree starts and ends: the JS side then reads only those few values. Slots hold addresses in the module's
 * memory: subtract the `byteOffset` of the buffer read.
 */
export interface FieldReader {
  /**
   * The index after the object at `b[i]` (`valueEnd`'s answer, -1 included), with the values noted; or
   * undefined when the module cannot answer (bytes outside its memory, a key with an escape, nesting past its
   * stack): the caller reads that object itself.
   */
  read(b: Uint8Array, i: number): number | undefined;
  /** The slot of `tree.keys[0]` (its other keys follow in order). */
  firstSlot(tree: FieldTree): number;
  /** Where each slot's value starts after the last `read`, or -1 where its key was not there. */
  readonly starts: Int32Array;
  /** Where each noted value ends. */
  readonly ends: Int32Array;
  /** For a noted number of at most 15 plain digits its value, for a string 1 when it is plain ASCII without escapes, else NaN or 0. */
  readonly numbers: Float64Array;
  /** `hash53` of the text [a, b) + `:` + [c, d), addresses as in the slots, for plain ASCII bytes. */
  hashKey(a: number, b: number, c: number, d: number): number;
  /** `parseIsoTime` of the text [a, b) where its fast path answers (a UTC time as logs write it), else NaN. */
  timeMs(a: number, b: number): number;
  /**
   * Tells the module the slots of the fields a plain request is read from, in the order of {@link PLAIN_FIELDS}
   * (false when one passes a byte: `plainRequest` then answers 0).
   */
  setPlainSlots(slots: readonly number[]): boolean;
  /**
   * After a `read`, whether the record is a plain request (wasm/jsonScan.ts `plainRequest`): 0, or bits of
   * {@link PlainBits}; a plain one is written as the first entry of `scanned`.
   */
  plainEntry(): number;
  readonly plainBits: PlainBits;
  /**
   * Scans the complete lines of `chunk` (a view of the module's read buffer) from `from` on, for as long as each is
   * settled in the module (wasm/jsonScan.ts `scanLines`): returns where it stopped (an index into `chunk`), with
   * `scanned` telling what it saw; undefined for a buffer outside the module memory, or before `setPlainSlots`.
   */
  scanLines(chunk: Buffer, from: number, maxLineBytes: number): number | undefined;
  readonly scanned: LineScan;
}

/**
 * What the last `scanLines` saw: the non-empty lines it went past, the plain requests among them as entries (see
 * {@link ENTRY}) of `numbers` and `offsets` (addresses in the module's memory), and where the object of the line it
 * stopped at ends when the slots hold that line's fields (else -1).
 */
export interface LineScan {
  readonly lines: number;
  readonly entries: number;
  readonly stopEnd: number;
  readonly numbers: Float64Array;
  readonly offsets: Int32Array;
}

/**
 * Where each value of a plain request is in an entry of the module's table (wasm/jsonScan.ts `writeEntry`): entry
 * `k` starts at `numbers[k * numbersPerEntry]` and `offsets[k * offsetsPerEntry]`. `modelNumber` is the number of the
 * entry's model name in the module's names table (the same bytes, the same number, for as long as the module lives),
 * or -1 for a name it could not store.
 */
export const ENTRY = {
  numbersPerEntry: 13, time: 0, hash: 1, input: 2, output: 3, cacheWrite: 4, cacheRead: 5, oneHour: 6,
  offsetsPerEntry: 26, flags: 14, model: 15, timestamp: 17, id: 19, requestId: 21, cost: 23, modelNumber: 25,
} as const;

/** The fields a plain request is read from, in the order the module takes their slots. */
export const PLAIN_FIELDS = [
  'type', 'subtype', 'level', 'timestamp', 'requestId', 'costUSD', 'isApiErrorMessage', 'apiErrorStatus', 'message',
  'message.id', 'message.model', 'message.usage', 'usage.input_tokens', 'usage.output_tokens', 'usage.cache_creation_input_tokens',
  'usage.cache_read_input_tokens', 'usage.cache_creation', 'cache_creation.ephemeral_5m_input_tokens', 'cache_creation.ephemeral_1h_input_tokens',
] as const;

/** The bits of `plainRequest`'s answer. */
export interface PlainBits {
  readonly usage: number;
  readonly synthetic: number;
  readonly cacheWrite: number;
  readonly cacheRead: number;
  readonly oneHour: number;
  readonly cost: number;
  readonly dedup: number;
}

// The little of the WebAssembly API used here (the project's TypeScript libraries do not declare it).
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: unknown };
};

interface Exports {
  readonly memory: { readonly buffer: ArrayBuffer };
  readonly SCRATCH: { readonly value: number };
  readonly SCRATCH_BYTES: { readonly value: number };
  readonly TOO_DEEP: { readonly value: number };
  readonly FIELDS: { readonly value: number };
  readonly FIELDS_BYTES: { readonly value: number };
  readonly SLOTS: { readonly value: number };
  readonly ENDS: { readonly value: number };
  readonly NUMBERS: { readonly value: number };
  readonly SLOT_COUNT: { readonly value: number };
  valueEnd(i: number, n: number): number;
  isUserRecord(start: number, end: number): number;
  hasNeedle(start: number, end: number): number;
  readFields(i: number, n: number): number;
  hashKey(a: number, b: number, c: number, d: number): number;
  isoTimeMs(a: number, b: number): number;
  plainEntry(): number;
  scanLines(from: number, end: number, maxLineBytes: number): number;
  readonly LINES: { readonly value: number };
  readonly LINE_ENTRY_BYTES: { readonly value: number };
  readonly LINES_CAP: { readonly value: number };
  readonly LINES_WRITTEN: { readonly value: number };
  readonly PLAIN: { readonly value: number };
  readonly PLAIN_USAGE: { readonly value: number };
  readonly PLAIN_SYNTHETIC: { readonly value: number };
  readonly PLAIN_CACHE_WRITE: { readonly value: number };
  readonly PLAIN_CACHE_READ: { readonly value: number };
  readonly PLAIN_ONE_HOUR: { readonly value: number };
  readonly PLAIN_COST: { readonly value: number };
  readonly PLAIN_DEDUP: { readonly value: number };
}

/**
 * A new instance of the module, with its own memory (19 pages, 1.2 MiB; compiling its 12 KB takes about a
 * millisecond), for one scan; undefined where WebAssembly (with SIMD) is not available.
 */
export function createWasmJsonScan(): WasmJsonScan | undefined {
  let exports: Exports;
  try {
    const module = new WebAssembly.Module(Buffer.from(JSON_SCAN_WASM, 'base64'));
    exports = new WebAssembly.Instance(module, {}).exports as unknown as Exports;
  } catch {
    return undefined;
  }
  const memory = exports.memory.buffer;
  const tooDeep = exports.TOO_DEEP.value;
  const check = exports.valueEnd;
  const isUser = exports.isUserRecord;
  const hasNeedle = exports.hasNeedle;
  let installed: { readonly tree: FieldTree; readonly reader: FieldReader | undefined } | undefined;
  return {
    scratch: Buffer.from(memory, exports.SCRATCH.value, exports.SCRATCH_BYTES.value),
    valueEnd(b, i) {
      if (b.buffer !== memory) return jsValueEnd(b, i);
      const base = b.byteOffset;
      const end = check(base + i, base + b.length);
      if (end === tooDeep) return jsValueEnd(b, i);
      return end < 0 ? -1 : end - base;
    },
    isUserRecordInRange(b, start, end) {
      if (b.buffer !== memory) return jsIsUserRecordInRange(b, start, end);
      return isUser(b.byteOffset + start, b.byteOffset + end) !== 0;
    },
    hasUsageOrErrorNeedle(line) {
      if (line.buffer !== memory) return jsHasUsageOrErrorNeedle(line);
      return hasNeedle(line.byteOffset, line.byteOffset + line.length) !== 0;
    },
    fieldReader: (tree) => {
      if (!installed) installed = { tree, reader: createFieldReader(exports, tree) };
      return installed.tree === tree ? installed.reader : undefined;
    },
  };
}

/** Writes `tree` into the module's field table; undefined when it does not fit (the caller reads in JS). */
function createFieldReader(exports: Exports, tree: FieldTree): FieldReader | undefined {
  const memory = exports.memory.buffer;
  const table = encodeFieldTree(tree, exports.SLOT_COUNT.value);
  if (!table || table.bytes.length > exports.FIELDS_BYTES.value) return undefined;
  new Uint8Array(memory).set(table.bytes, exports.FIELDS.value);
  const count = exports.SLOT_COUNT.value;
  const { firstSlots } = table;
  const readFields = exports.readFields;
  const plainEntry = exports.plainEntry;
  const scanLines = exports.scanLines;
  let isPlainReady = false;
  const entryBytes = exports.LINE_ENTRY_BYTES.value;
  const cap = exports.LINES_CAP.value;
  // Written, seen, stop end: three i32 after the table.
  const counts = new Int32Array(memory, exports.LINES_WRITTEN.value, 3);
  const scanned = {
    lines: 0, entries: 0, stopEnd: -1,
    numbers: new Float64Array(memory, exports.LINES.value, (cap * entryBytes) / 8),
    offsets: new Int32Array(memory, exports.LINES.value, (cap * entryBytes) / 4),
  };
  return {
    read(b, i) {
      if (b.buffer !== memory) return undefined;
      const base = b.byteOffset;
      const end = readFields(base + i, base + b.length);
      if (end === -1) return -1;
      // The module's other answers below zero: nested past its stack, or a key with an escape.
      return end < 0 ? undefined : end - base;
    },
    firstSlot: (level) => firstSlots.get(level) ?? -1,
    starts: new Int32Array(memory, exports.SLOTS.value, count),
    ends: new Int32Array(memory, exports.ENDS.value, count),
    numbers: new Float64Array(memory, exports.NUMBERS.value, count),
    hashKey: exports.hashKey,
    timeMs: exports.isoTimeMs,
    setPlainSlots(slots) {
      const table = new Uint8Array(memory, exports.PLAIN.value, PLAIN_FIELDS.length);
      const fits = entryBytes === ENTRY.numbersPerEntry * 8 && entryBytes === ENTRY.offsetsPerEntry * 4 && slots.length === PLAIN_FIELDS.length && slots.every((slot) => Number.isInteger(slot) && slot >= 0 && slot < Math.min(count, 256));
      table.set(fits ? slots : PLAIN_FIELDS.map(() => 0));
      isPlainReady = fits;
      return fits;
    },
    plainEntry: () => (isPlainReady ? plainEntry() : 0),
    plainBits: {
      usage: exports.PLAIN_USAGE.value, synthetic: exports.PLAIN_SYNTHETIC.value, cacheWrite: exports.PLAIN_CACHE_WRITE.value, cacheRead: exports.PLAIN_CACHE_READ.value,
      oneHour: exports.PLAIN_ONE_HOUR.value, cost: exports.PLAIN_COST.value, dedup: exports.PLAIN_DEDUP.value,
    },
    scanLines(chunk, from, maxLineBytes) {
      if (!isPlainReady || chunk.buffer !== memory) return undefined;
      const base = chunk.byteOffset;
      const next = scanLines(base + from, base + chunk.length, maxLineBytes) - base;
      scanned.lines = counts[1] as number;
      scanned.entries = counts[0] as number;
      scanned.stopEnd = counts[2] as number;
      return next;
    },
    scanned,
  };
}

/**
 * The table layout wasm/jsonScan.ts reads: per level, [field count][first slot][end slot], then per field [name
 * length][slot][offset of its nested level, u16 little-endian, 0 for none][name]; the root level at offset 0.
 * Slots are numbered level by level, each level's below it. Undefined when a name or a slot number passes a byte, or a level appears twice.
 */
export function encodeFieldTree(tree: FieldTree, slotCount: number): { bytes: Uint8Array; firstSlots: Map<FieldTree, number> } | undefined {
  const bytes: number[] = [];
  const firstSlots = new Map<FieldTree, number>();
  let nextSlot = 0;
  const write = (level: FieldTree): number | undefined => {
    const at = bytes.length;
    const first = nextSlot;
    nextSlot += level.keys.length;
    if (firstSlots.has(level) || nextSlot > Math.min(slotCount, 255)) return undefined;
    firstSlots.set(level, first);
    bytes.push(level.keys.length, first, 0);
    const nestedAt: number[] = [];
    for (const [f, key] of level.keys.entries()) {
      const name = Buffer.from(key);
      if (name.length > 255) return undefined;
      nestedAt.push(bytes.length + 2);
      bytes.push(name.length, first + f, 0, 0, ...name);
    }
    for (const [f, child] of level.nested.entries()) {
      if (!child) continue;
      const offset = write(child);
      if (offset === undefined || offset > 0xffff) return undefined;
      bytes[nestedAt[f] as number] = offset & 0xff;
      bytes[(nestedAt[f] as number) + 1] = offset >> 8;
    }
    bytes[at + 2] = nextSlot;
    return at;
  };
  return write(tree) === 0 ? { bytes: Uint8Array.from(bytes), firstSlots } : undefined;
}
