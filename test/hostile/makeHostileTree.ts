// Builds a CLAUDE_CONFIG_DIR-shaped tree under os.tmpdir() that holds valid records with known totals
// next to everything hostile a disk can hold: a huge file, a 10 MB record, a record whose skeleton is over
// the line cap, binary junk, invalid UTF-8, files truncated, deleted and folders replaced while a scan
// runs, unreadable entries, a symlink loop, a FIFO and many small files. Generated at test time, never committed.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_MAX_LINE_BYTES } from '../../src/sources/tailFile';
import {
  addExpected, apiErrorLine, assistantBlocksLine, assistantKey, assistantLine, countUsage, emptyExpected, usageOf, userLine,
  type ExpectedTotals, type Usage,
} from './hostileRecords';

export interface HostileTreeOptions {
  /** Size of the big transcript (default 64 MiB; the bench uses 1 GiB). */
  readonly bigFileBytes?: number;
  /** Small session files (default 20,000; the bench uses 100,000). */
  readonly smallFiles?: number;
  /** Small files per project folder (default 1,000). */
  readonly filesPerFolder?: number;
  /** Length of the text of the huge record (default 10 MiB, past the line cap: streamed, its usage counted). */
  readonly hugeLineBytes?: number;
  /**
   * An assistant record of short blocks just under the line cap (default: the cap less 4 KiB; 0 leaves it
   * out): nothing to elide, so it is the biggest line that is parsed whole.
   */
  readonly nearCapLineBytes?: number;
  /** An assistant record of short blocks whose skeleton passes the line cap (default 4 MiB; 0 leaves it out): skipped, counted oversize. */
  readonly structureLineBytes?: number;
  /** Size of the files truncated and deleted while the scan reads them (default 16 MiB). */
  readonly chaosFileBytes?: number;
}

/** An entry a correct scan reports as not read. */
export interface ExpectedUnreadable {
  readonly path: string;
  readonly reason: string;
}

export interface HostileTree {
  /** The folder to scan (holds `projects`). */
  readonly configDir: string;
  readonly expected: ExpectedTotals;
  readonly unreadable: readonly ExpectedUnreadable[];
  /** The huge record: its dedup key and usage (counted in `expected`). */
  readonly huge: { readonly key: string; readonly bytes: number; readonly usage: Usage };
  /** False when this user can read a chmod 000 file (root): those entries then count as valid records. */
  readonly isPermissionEnforced: boolean;
  readonly hasFifo: boolean;
  readonly files: number;
  readonly bytes: number;
  /** Truncates, deletes and replaces the marked entries; call it once, after the scan has listed the tree. */
  disturb(): string[];
  cleanup(): Promise<void>;
}

interface Builder {
  readonly projects: string;
  readonly expected: ExpectedTotals;
  readonly unreadable: ExpectedUnreadable[];
  readonly disturbers: (() => string)[];
  readonly restore: (() => void)[];
  files: number;
  bytes: number;
}

const MiB = 1024 * 1024;
const lines = (items: readonly string[]): string => items.map((l) => `${l}\n`).join('');

async function write(b: Builder, rel: string, body: string | Buffer): Promise<string> {
  const file = path.join(b.projects, rel);
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, body);
  b.files++;
  b.bytes += Buffer.byteLength(body);
  return file;
}

/** Sessions with in-file streaming duplicates, an API error, a cut line, a sub-agent and a symlinked alias. */
async function validSessions(b: Builder): Promise<void> {
  const session: string[] = [];
  for (let n = 0; n < 60; n++) {
    session.push(userLine(n, 600), assistantLine('valid', n));
    countUsage(b.expected, usageOf(n));
    if (n % 4 === 0) {
      session.push(assistantLine('valid', n, 'second streamed block'));
      b.expected.duplicates++;
    }
  }
  session.push(apiErrorLine(61));
  await write(b, '-home-dev-app/11111111-1111-4111-8111-111111111111.jsonl', lines(session));
  await fsp.symlink('11111111-1111-4111-8111-111111111111.jsonl', path.join(b.projects, '-home-dev-app/alias.jsonl'));
  b.expected.duplicates += session.filter((l) => l.includes('"usage"')).length;
  // Cut inside its usage (as a crash mid-write leaves a line): it still names "usage", so it is parsed and counted bad.
  const cut = assistantLine('valid', 999).slice(0, -30);
  await write(b, '-home-dev-app/11111111-1111-4111-8111-111111111111/subagents/agent-1.jsonl', `${assistantLine('sub', 1)}\n${cut}\n`);
  countUsage(b.expected, usageOf(1));
  b.expected.malformedLines++;
}

/** Repeated realistic records (a tenth streamed twice) up to `bytes`, written in 4 MiB slabs. */
async function bigFile(b: Builder, bytes: number): Promise<void> {
  const file = path.join(b.projects, '-home-dev-big/22222222-2222-4222-8222-222222222222.jsonl');
  await fsp.mkdir(path.dirname(file), { recursive: true });
  const fh = await fsp.open(file, 'w');
  let written = 0;
  let n = 0;
  try {
    while (written < bytes) {
      const slab: string[] = [];
      for (let size = 0; size < 4 * MiB && written + size < bytes; n++) {
        const batch = [userLine(n, 2000 + ((n * 131) % 12_000)), assistantLine('big', n)];
        if (n % 10 === 0) batch.push(assistantLine('big', n, 'tool_use block'));
        for (const l of batch) size += Buffer.byteLength(l) + 1;
        slab.push(...batch);
        countUsage(b.expected, usageOf(n));
        if (n % 10 === 0) b.expected.duplicates++;
      }
      const body = lines(slab);
      await fh.write(body);
      written += Buffer.byteLength(body);
    }
  } finally {
    await fh.close();
  }
  b.files++;
  b.bytes += written;
}

/**
 * A huge record (a giant text: streamed through the elider, its usage counted), a record of short blocks
 * just under the line cap (parsed whole) and one of so many blocks that even its skeleton passes the cap.
 */
async function longLines(b: Builder, hugeBytes: number, nearCapBytes: number, structureBytes: number): Promise<void> {
  const huge = assistantLine('huge', 1, 'x'.repeat(hugeBytes));
  await write(b, '-home-dev-long/huge.jsonl', `${assistantLine('huge', 0)}\n${huge}\n${assistantLine('huge', 2)}\n`);
  [0, 1, 2].forEach((n) => countUsage(b.expected, usageOf(n)));
  if (nearCapBytes > 0) {
    await write(b, '-home-dev-long/near-cap.jsonl', `${assistantBlocksLine('nearcap', 3, nearCapBytes)}\n`);
    countUsage(b.expected, usageOf(3));
  }
  if (structureBytes <= 0) return;
  await write(b, '-home-dev-long/structure.jsonl', `${assistantBlocksLine('structure', 4, structureBytes)}\n${assistantLine('structure', 5)}\n`);
  countUsage(b.expected, usageOf(5));
  b.expected.oversizeLines++;
}

/** Random bytes with no ASCII letter or quote (so no line can look like a record), and one line that does. */
async function binaryJunk(b: Builder): Promise<void> {
  let seed = 42;
  const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
  const junk = Buffer.alloc(2 * MiB);
  for (let i = 0; i < junk.length; i++) {
    const r = random();
    junk[i] = r < 0.002 ? 0x0a : r < 0.1 ? Math.floor(random() * 0x0a) : 0x80 + Math.floor(random() * 0x80);
  }
  const looksLikeRecord = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"type":"assistant","message":{"usage":'), Buffer.from([0x00, 0x9f, 0x0a])]);
  await write(b, '-home-dev-junk/binary.jsonl', Buffer.concat([junk, Buffer.from('\n'), looksLikeRecord, junk.subarray(0, 4096)]));
  b.expected.malformedLines++;
}

/** Invalid UTF-8 inside a string (decoded as U+FFFD: still a record) and in the structure (a bad line). */
async function invalidUtf8(b: Builder): Promise<void> {
  const [head, tail] = assistantLine('utf8', 7, 'MARK').split('MARK') as [string, string];
  const bad = Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xf8, 0x88, 0x80, 0x80, 0x80, 0xe2, 0x82]);
  const good = Buffer.concat([Buffer.from(head), bad, Buffer.from(tail), Buffer.from('\n')]);
  const broken = Buffer.concat([Buffer.from('{"type":"assistant","message":{"usage":{"input_tokens":'), bad, Buffer.from('}}}\n')]);
  await write(b, '-home-dev-utf8/invalid.jsonl', Buffer.concat([good, broken, Buffer.from(`${assistantLine('utf8', 8)}\n`)]));
  countUsage(b.expected, usageOf(7));
  countUsage(b.expected, usageOf(8));
  b.expected.malformedLines++;
}

function fillerTo(bytes: number, from: number): string {
  const out: string[] = [];
  for (let size = 0, n = from; size < bytes; n++) {
    const l = userLine(n, 8000);
    out.push(l);
    size += l.length + 1;
  }
  return lines(out);
}

/**
 * Files disturbed while the scan runs. They sort first (`-0-chaos`), so when the first file is done (the
 * first progress report) the others are being read: one is cut back to its records (only filler is lost),
 * one deleted (it held filler only); `zz-replaced` sorts last, so its folder is a file before it is opened.
 */
async function chaosFiles(b: Builder, bytes: number): Promise<void> {
  await write(b, '-0-chaos/a-first.jsonl', `${assistantLine('first', 1)}\n`);
  countUsage(b.expected, usageOf(1));
  const records = lines(Array.from({ length: 20 }, (_, n) => assistantLine('trunc', n)));
  for (let n = 0; n < 20; n++) countUsage(b.expected, usageOf(n));
  const truncated = await write(b, '-0-chaos/b-truncated.jsonl', records + fillerTo(bytes, 0));
  const deleted = await write(b, '-0-chaos/c-deleted.jsonl', fillerTo(bytes, 1));
  const folder = path.join(b.projects, 'zz-replaced');
  await write(b, 'zz-replaced/session.jsonl', `${assistantLine('replaced', 1)}\n`);
  b.disturbers.push(
    () => (fs.truncateSync(truncated, Buffer.byteLength(records)), `truncated ${truncated}`),
    () => (fs.rmSync(deleted), `deleted ${deleted}`),
    () => (fs.rmSync(folder, { recursive: true }), fs.writeFileSync(folder, 'not a folder'), `replaced ${folder} by a file`),
  );
}

/** A chmod 000 file and folder with records: unreadable, unless this user reads everything (root). */
async function lockedEntries(b: Builder): Promise<boolean> {
  const file = await write(b, '-home-dev-locked/file.jsonl', `${assistantLine('locked', 1)}\n`);
  const dirFile = await write(b, '-home-dev-locked/dir/inner.jsonl', `${assistantLine('locked', 2)}\n`);
  const dir = path.dirname(dirFile);
  fs.chmodSync(file, 0o000);
  fs.chmodSync(dir, 0o000);
  b.restore.push(() => fs.chmodSync(dir, 0o755), () => fs.chmodSync(file, 0o644));
  let isEnforced = true;
  try {
    fs.closeSync(fs.openSync(file, 'r'));
    fs.readdirSync(dir);
    isEnforced = false;
  } catch {
    // expected for a normal user
  }
  if (isEnforced) b.unreadable.push({ path: file, reason: 'EACCES' }, { path: dir, reason: 'EACCES' });
  else [1, 2].forEach((n) => countUsage(b.expected, usageOf(n)));
  return isEnforced;
}

/** A folder link back to `projects`, a link to itself and a dangling link; a FIFO named like a transcript. */
async function linksAndFifo(b: Builder): Promise<boolean> {
  const loop = path.join(b.projects, 'loop');
  await fsp.mkdir(loop, { recursive: true });
  await fsp.symlink('..', path.join(loop, 'up'));
  await fsp.symlink('self.jsonl', path.join(loop, 'self.jsonl'));
  await fsp.symlink('nowhere.jsonl', path.join(loop, 'dangling.jsonl'));
  b.unreadable.push({ path: path.join(loop, 'up'), reason: 'symlink loop or folder seen twice' });
  await fsp.mkdir(path.join(b.projects, 'fifo'), { recursive: true });
  try {
    execFileSync('mkfifo', [path.join(b.projects, 'fifo/pipe.jsonl')]);
    await fsp.symlink('pipe.jsonl', path.join(b.projects, 'fifo/link-to-pipe.jsonl'));
    return true;
  } catch {
    return false;
  }
}

/** Many one-request sessions, `perFolder` to a project folder (written synchronously: it is much faster). */
function smallFiles(b: Builder, count: number, perFolder: number): void {
  for (let n = 0; n < count; n++) {
    const dir = path.join(b.projects, `many-${Math.floor(n / perFolder)}`);
    if (n % perFolder === 0) fs.mkdirSync(dir, { recursive: true });
    const body = `${userLine(n, 200)}\n${assistantLine('many', n)}\n`;
    fs.writeFileSync(path.join(dir, `s-${n}.jsonl`), body);
    b.files++;
    b.bytes += Buffer.byteLength(body);
    countUsage(b.expected, usageOf(n));
  }
}

/** Builds the tree (see the file comment); remove it with `cleanup`. */
export async function makeHostileTree(options: HostileTreeOptions = {}): Promise<HostileTree> {
  const configDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'eug-hostile-'));
  const b: Builder = { projects: path.join(configDir, 'projects'), expected: emptyExpected(), unreadable: [], disturbers: [], restore: [], files: 0, bytes: 0 };
  await validSessions(b);
  await bigFile(b, options.bigFileBytes ?? 64 * MiB);
  const hugeBytes = options.hugeLineBytes ?? 10 * MiB;
  await longLines(b, hugeBytes, options.nearCapLineBytes ?? DEFAULT_MAX_LINE_BYTES - 4096, options.structureLineBytes ?? 4 * MiB);
  await binaryJunk(b);
  await invalidUtf8(b);
  await chaosFiles(b, options.chaosFileBytes ?? 16 * MiB);
  const isPermissionEnforced = await lockedEntries(b);
  const hasFifo = await linksAndFifo(b);
  smallFiles(b, options.smallFiles ?? 20_000, options.filesPerFolder ?? 1000);
  let isDisturbed = false;
  return {
    configDir, expected: b.expected, unreadable: b.unreadable, isPermissionEnforced, hasFifo, files: b.files, bytes: b.bytes,
    huge: { key: assistantKey('huge', 1), bytes: hugeBytes, usage: usageOf(1) },
    disturb: () => (isDisturbed ? [] : ((isDisturbed = true), b.disturbers.map((d) => d()))),
    cleanup: async () => {
      for (const restore of b.restore) restore();
      await fsp.rm(configDir, { recursive: true, force: true });
    },
  };
}

export { addExpected, type ExpectedTotals };
