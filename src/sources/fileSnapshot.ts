import type { FileHandle } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { FileTailState } from './tailState';

/** Bytes fingerprinted at the start of a file. */
export const HEAD_BYTES = 256;

/** What an open file looks like now: identity, size and its first bytes. */
export interface FileSnapshot {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: string;
  readonly dev: string;
  readonly head: Buffer;
}

/** Why reading starts again from byte 0. */
export type RestartReason = 'new' | 'truncated' | 'replaced';

/** A short fingerprint of some bytes. */
export const hashOf = (bytes: Uint8Array): string => createHash('sha1').update(bytes).digest('base64');

/** Stats the open file and reads its first bytes (unless `withHead` is false: a caller reading from 0 has them). */
export async function snapshotOf(fh: FileHandle, withHead = true): Promise<FileSnapshot> {
  const st = await fh.stat({ bigint: true });
  const size = Number(st.size);
  const head = Buffer.alloc(withHead ? Math.min(HEAD_BYTES, size) : 0);
  const { bytesRead } = head.length > 0 ? await fh.read(head, 0, head.length, 0) : { bytesRead: 0 };
  return { size, mtimeMs: Number(st.mtimeMs), ino: String(st.ino), dev: String(st.dev), head: head.subarray(0, bytesRead) };
}

/** Undefined when reading may go on from `prev.offset`; else why it must restart from byte 0. */
export function restartReason(prev: FileTailState | undefined, now: FileSnapshot): RestartReason | undefined {
  if (!prev) return 'new';
  if (prev.ino !== now.ino || prev.dev !== now.dev) return 'replaced';
  if (now.size < prev.offset || now.size < prev.headLength) return 'truncated';
  if (hashOf(now.head.subarray(0, prev.headLength)) !== prev.headHash) return 'replaced';
  return undefined;
}

/** The state after reading up to `offset` of the file as `now` shows it. */
export function tailStateOf(now: FileSnapshot, offset: number, isSkippingLine: boolean): FileTailState {
  return {
    offset, size: now.size, mtimeMs: now.mtimeMs, ino: now.ino, dev: now.dev,
    headLength: now.head.length, headHash: hashOf(now.head), isSkippingLine,
  };
}
