import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { localDateIn } from '../../src/core/localDateIn';
import { BUNDLED_PRICE_TABLE } from '../../src/core/priceTable';
import type { RejectionEvent } from '../../src/core/rejection';
import { createUsageLedger, restoreUsageLedger, type UsageLedger } from '../../src/core/usageLedger';
import { createClaimStore } from '../../src/sources/claimOnce';
import { createTranscriptWatcher } from '../../src/sources/createTranscriptWatcher';
import { MAX_SCAN_STATE_BYTES, readScanState, writeScanState, type ScanState } from '../../src/sources/scanStateFile';
import { createScanStateSaver } from '../../src/sources/scanStateSaver';
import type { TailStates } from '../../src/sources/tailState';
import { fakeClassifier, tempDir, waitFor } from '../fixtures/sources/testKit';

const ledgerOptions = { table: BUNDLED_PRICE_TABLE, localDate: localDateIn('UTC') };
const EXTRA_USAGE = 'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"You\'re out of extra usage. Add more at claude.ai/settings/usage and keep going."}}';

function assistant(n: number, withRequestId = true): string {
  return JSON.stringify({
    type: 'assistant', timestamp: new Date(Date.UTC(2026, 10, 25, 10, 0, n)).toISOString(),
    ...(withRequestId ? { requestId: `req_${n}` } : {}),
    message: { id: `msg_${n}`, model: 'claude-sonnet-4-5-20250929', usage: { input_tokens: 1000 * n, output_tokens: 10 } },
  }) + '\n';
}
const apiError = (n: number): string =>
  JSON.stringify({ type: 'assistant', timestamp: new Date(Date.UTC(2026, 10, 25, 11, 0, n)).toISOString(), isApiErrorMessage: true, message: { model: '<synthetic>', content: [{ type: 'text', text: EXTRA_USAGE }] } }) + '\n';

/** One editor session: resumes from `saved` when given, reads, and returns what it saw. */
async function session(dir: string, saved: ScanState | undefined) {
  const restored = saved ? restoreUsageLedger(ledgerOptions, saved.ledger) : undefined;
  const ledger: UsageLedger = restored ?? createUsageLedger(ledgerOptions);
  const rejections: RejectionEvent[] = [];
  const watcher = createTranscriptWatcher({
    folders: [dir], classify: fakeClassifier().classify, pollMs: 60_000, now: () => new Date('2026-11-26T00:00:00Z'),
    ...(restored && saved ? { states: saved.tail } : {}),
  });
  watcher.onDidSeeUsage((e) => ledger.add(e));
  watcher.onDidSeeRejection((e) => rejections.push(e));
  const stats = await watcher.start();
  const take = (): ScanState => ({ configKey: 'k', savedAt: new Date().toISOString(), tail: clone(watcher.states), ledger: ledger.snapshot() });
  return { watcher, ledger, rejections, stats, take };
}
const clone = (t: TailStates): TailStates => JSON.parse(JSON.stringify(t)) as TailStates;
const totals = (ledger: UsageLedger) => ({ days: ledger.totalsByDay(), points: ledger.spendPoints(), records: ledger.counts().records });

test('a restart from saved offsets reads only new bytes, announces nothing old, and counts nothing twice', async () => {
  const { dir, cleanup } = await tempDir('eug-resume-');
  const file = path.join(dir, 'projects', '-home-dev-app', 'session.jsonl');
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, assistant(1) + assistant(2) + apiError(1));
  try {
    const first = await session(dir, undefined);
    // Saved through the file, as the extension does.
    const stateFile = path.join(dir, 'state', 'scan-state.json');
    await writeScanState(stateFile, first.take());
    // After the save, more lines arrive; then the host is killed before the next save.
    await fsp.appendFile(file, assistant(3) + assistant(3) + assistant(4, false));
    await waitFor(() => first.ledger.counts().records === 4, 10_000);
    first.watcher.dispose();

    const saved = await readScanState(stateFile);
    assert.ok('state' in saved);
    const second = await session(dir, saved.state);
    assert.equal(second.stats.filesUnchanged + second.stats.files, 1);
    assert.equal(second.rejections.length, 0, 'the old rejection is not read again');
    // A fresh full scan of the same bytes is the truth to compare with.
    const fresh = await session(dir, undefined);
    assert.deepEqual(totals(second.ledger), totals(fresh.ledger));
    assert.equal(second.ledger.counts().records, 4);
    second.watcher.dispose();
    fresh.watcher.dispose();
  } finally {
    await cleanup();
  }
});

test('two windows resuming from the same saved state agree on every total', async () => {
  const { dir, cleanup } = await tempDir('eug-two-');
  const file = path.join(dir, 'projects', 'p', 's.jsonl');
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await fsp.writeFile(file, assistant(1));
  try {
    const a = await session(dir, undefined);
    const saved = a.take();
    const b = await session(dir, saved);
    await fsp.appendFile(file, assistant(2) + assistant(5));
    await waitFor(() => a.ledger.counts().records === 3 && b.ledger.counts().records === 3, 10_000);
    assert.deepEqual(totals(a.ledger), totals(b.ledger));
    // Whichever window saves last, the state it leaves resumes to the same totals.
    for (const w of [a, b]) {
      const c = await session(dir, w.take());
      assert.deepEqual(totals(c.ledger), totals(a.ledger));
      c.watcher.dispose();
    }
    a.watcher.dispose();
    b.watcher.dispose();
  } finally {
    await cleanup();
  }
});

test('a damaged, foreign or oversized state file is reported and ignored, never trusted', async () => {
  const { dir, cleanup } = await tempDir('eug-state-');
  const file = path.join(dir, 'scan-state.json');
  try {
    assert.deepEqual(await readScanState(file), { problem: 'missing' });
    await fsp.writeFile(file, '{"version":1,"configKey":"k","savedAt":"x","tail":{},"ledger":');
    assert.deepEqual(await readScanState(file), { problem: 'damaged' });
    await fsp.writeFile(file, JSON.stringify({ version: 1, configKey: 'k', savedAt: 'x', tail: {}, ledger: { version: 1 } }));
    assert.deepEqual(await readScanState(file), { problem: 'damaged' });
    await fsp.truncate(file, MAX_SCAN_STATE_BYTES + 1);
    assert.deepEqual(await readScanState(file), { problem: 'too-large' });
    // A bad tail entry loses only that entry (its file is read again; dedup makes that harmless).
    const ledger = createUsageLedger(ledgerOptions).snapshot();
    await fsp.writeFile(file, JSON.stringify({ version: 1, configKey: 'k', savedAt: 'x', ledger, tail: { version: 1, files: { '/a': { offset: -1 } }, tasks: {} } }));
    const read = await readScanState(file);
    assert.ok('state' in read);
    assert.deepEqual(read.state.tail.files, {});
  } finally {
    await cleanup();
  }
});

test('the saver never writes while the reader is busy, and writes once more when disposed', async () => {
  const { dir, cleanup } = await tempDir('eug-saver-');
  const file = path.join(dir, 'sub', 'scan-state.json');
  let isBusy = true;
  const errors: unknown[] = [];
  const saver = createScanStateSaver({
    file, configKey: 'k', tail: () => ({ version: 1, files: {}, tasks: {} }), ledger: () => createUsageLedger(ledgerOptions).snapshot(),
    isBusy: () => isBusy, delayMs: 10, onError: (e) => errors.push(e),
  });
  try {
    saver.markDirty();
    await saver.saveNow();
    assert.equal(fs.existsSync(file), false, 'busy: nothing written');
    saver.settle();
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(fs.existsSync(file), false, 'still busy: the save waits');
    isBusy = false;
    await waitFor(() => fs.existsSync(file), 2000);
    await fsp.rm(file);
    saver.markDirty();
    saver.dispose();
    assert.ok(fs.existsSync(file), 'the last save is synchronous');
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ['scan-state.json'], 'no temporary file left behind');
    assert.deepEqual(errors, []);
  } finally {
    saver.dispose();
    await cleanup();
  }
});

test('a claim is granted to exactly one of several stores sharing a folder; an unusable folder grants all', async () => {
  const { dir, cleanup } = await tempDir('eug-claims-');
  try {
    const windows = [createClaimStore(path.join(dir, 'claims')), createClaimStore(path.join(dir, 'claims'))];
    assert.deepEqual(windows.map((w) => w.claim('rejection:req_1')), [true, false]);
    assert.deepEqual(windows.map((w) => w.claim('rejection:req_2')).reverse(), [true, false].reverse());
    assert.equal(windows[0]!.claim('rejection:req_1'), false);
    await fsp.writeFile(path.join(dir, 'file'), '');
    const broken = createClaimStore(path.join(dir, 'file', 'claims'));
    assert.equal(broken.claim('x'), true);
    assert.equal(broken.claim('x'), true);
  } finally {
    await cleanup();
  }
});
