import { valueEnd as jsValueEnd } from './jsonBytes';
import { isUserRecordInRange as jsIsUserRecordInRange } from './mayCarryUsageOrError';
import { JSON_SCAN_WASM } from './jsonScanWasm';

/**
 * The WebAssembly twins of `jsonBytes.valueEnd` and of the user-record head check (wasm/jsonScan.ts), for the
 * CLI's blocking scan: files are read straight into the module's memory (`scratch`), and bytes inside it are
 * checked there, sixteen at a time and at full speed from the first line (the JS twins run unoptimised until V8
 * has seen them often). Any other buffer, and a value nested past the module's stack, go to the JS twins: the
 * answers are the same.
 */
export interface WasmJsonScan {
  /** The read buffer, a view of the module's memory (which never grows, so the view stays valid). */
  readonly scratch: Buffer;
  /** `jsonBytes.valueEnd(b, i)`. */
  valueEnd(b: Uint8Array, i: number): number;
  /** `mayCarryUsageOrError.isUserRecordInRange(b, start, end)`. */
  isUserRecordInRange(b: Buffer, start: number, end: number): boolean;
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
  valueEnd(i: number, n: number): number;
  isUserRecord(start: number, end: number): number;
}

/**
 * A new instance of the module, with its own memory (1.1 MiB; compiling 2 KB takes well under a millisecond), for
 * one scan; undefined where WebAssembly (with SIMD) is not available.
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
  };
}
