import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { RejectionEvent } from '../../src/core/rejection';
import type { UsageEvent } from '../../src/core/usageEvent';
import { scanClaudeCode } from '../../src/sources/scanUsage';
import type { ScanProgress } from '../../src/sources/scanStats';
import { emptyTailStates } from '../../src/sources/tailState';
import { FIXTURES, fakeClassifier, tempDir } from '../fixtures/sources/testKit';

const CLAUDE = path.join(FIXTURES, 'claude');

async function collect(folders: string[], extra: Partial<Parameters<typeof scanClaudeCode>[1]> = {}) {
  const usage: UsageEvent[] = [];
  const rejections: RejectionEvent[] = [];
  const progress: ScanProgress[] = [];
  const stats = await scanClaudeCode(folders, {
    classify: fakeClassifier().classify, onUsage: (e) => usage.push(e), onRejection: (e) => rejections.push(e),
    onProgress: (p) => progress.push(p), ...extra,
  });
  return { usage, rejections, progress, stats };
}

test('scans the fixture tree: usage deduplicated, sub-agents included, bad lines counted', async () => {
  const { usage, rejections, progress, stats } = await collect([CLAUDE]);
  assert.deepEqual(usage.map((u) => u.dedupKey).sort(), [
    'msg_01AbCdEfGh:req_011CAaaa1111', 'msg_01IjKlMnOp:req_011CAbbb2222',
    'msg_01OpusReply:req_011CAopus0001', 'msg_01SubAgent1:req_011CAsub0001',
  ]);
  assert.deepEqual(rejections.map((r) => r.kind), ['extra-usage', 'overloaded']);
  assert.ok(rejections.every((r) => r.isHistorical));
  assert.equal(stats.files, 3);
  assert.equal(stats.duplicates, 1);
  assert.equal(stats.malformedLines, 2);
  assert.equal(stats.usageEvents, 4);
  assert.equal(stats.rejections, 2);
  assert.deepEqual(stats.unreadable, []);
  assert.equal(progress.at(-1)?.isDone, true);
  assert.equal(progress.at(-1)?.filesTotal, 3);
});

test('with states, a second scan reads nothing new and unchanged files are not opened', async () => {
  const states = emptyTailStates();
  await collect([CLAUDE], { states });
  assert.equal(Object.keys(states.files).length, 3);
  const again = await collect([CLAUDE], { states, isHistorical: false });
  assert.equal(again.usage.length, 0);
  assert.equal(again.stats.filesUnchanged, 3);
  assert.equal(again.stats.bytes, 0);
});

test('old files are marked read, not read, unless usage of old files is wanted', async () => {
  const later = () => new Date(Date.now() + 90 * 86_400_000);
  const states = emptyTailStates();
  const skipped = await collect([CLAUDE], { maxAgeDays: 30, now: later, states });
  assert.equal(skipped.stats.filesTooOld, 3);
  assert.equal(skipped.usage.length + skipped.rejections.length, 0);
  assert.equal(Object.keys(states.files).length, 3);
  const usageOnly = await collect([CLAUDE], { maxAgeDays: 30, now: later, includeOldUsage: true });
  assert.equal(usageOnly.usage.length, 4);
  assert.equal(usageOnly.rejections.length, 0);
});

test('states of deleted files are pruned; a missing folder is simply empty', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const file = path.join(dir, 'projects', 'p', 's.jsonl');
    await fsp.mkdir(path.dirname(file), { recursive: true });
    await fsp.writeFile(file, '{"type":"user"}\n');
    const states = emptyTailStates();
    states.files['/elsewhere/kept.jsonl'] = { offset: 0, size: 0, mtimeMs: 0, ino: '1', dev: '1', headLength: 0, headHash: '', isSkippingLine: false };
    await collect([dir, path.join(dir, 'missing')], { states });
    assert.ok(states.files[file]);
    await fsp.rm(file);
    await collect([dir], { states });
    assert.deepEqual(Object.keys(states.files), ['/elsewhere/kept.jsonl']);
  } finally {
    await cleanup();
  }
});

test('an unreadable file is reported by path and code, and the scan goes on', { skip: process.getuid?.() === 0 ? 'root reads everything' : false }, async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const file = path.join(dir, 'projects', 'p', 'locked.jsonl');
    await fsp.mkdir(path.dirname(file), { recursive: true });
    await fsp.writeFile(file, '{}\n', { mode: 0o000 });
    const { stats } = await collect([dir]);
    assert.deepEqual(stats.unreadable, [{ path: file, reason: 'EACCES' }]);
  } finally {
    await cleanup();
  }
});

test('an aborted scan stops with an AbortError', async () => {
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(collect([CLAUDE], { signal: controller.signal }), { name: 'AbortError' });
});
