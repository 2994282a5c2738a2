import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { RejectionEvent } from '../../src/core/rejection';
import type { UsageEvent } from '../../src/core/usageEvent';
import { createTranscriptWatcher, type TranscriptWatcherOptions } from '../../src/sources/createTranscriptWatcher';
import type { UnreadableEntry } from '../../src/sources/scanStats';
import { fakeClassifier, tempDir, waitFor } from '../fixtures/sources/testKit';

const EXTRA_USAGE = 'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Third-party apps now draw from your extra usage, not your plan limits."},"request_id":"req_011CZqpMLV2mFDafSPRNAc8Y"}';

function assistant(n: number): string {
  return JSON.stringify({
    type: 'assistant', timestamp: new Date(Date.UTC(2026, 10, 25, 10, 0, n)).toISOString(), requestId: `req_${n}`,
    message: { id: `msg_${n}`, model: 'claude-sonnet-4-5-20250929', usage: { input_tokens: n, output_tokens: 1 } },
  }) + '\n';
}
const apiError = (at: string): string =>
  JSON.stringify({ type: 'assistant', timestamp: at, isApiErrorMessage: true, message: { model: '<synthetic>', content: [{ type: 'text', text: EXTRA_USAGE }] } }) + '\n';

async function setup(extra: Partial<TranscriptWatcherOptions> = {}) {
  const { dir, cleanup } = await tempDir('eug-watch-');
  const session = path.join(dir, 'projects', '-home-dev-app', 'session.jsonl');
  await fsp.mkdir(path.dirname(session), { recursive: true });
  await fsp.writeFile(session, assistant(1) + apiError('2026-11-25T09:00:00Z'));
  const watcher = createTranscriptWatcher({ folders: [dir], classify: fakeClassifier().classify, pollMs: 60_000, ...extra });
  const usage: UsageEvent[] = [];
  const rejections: RejectionEvent[] = [];
  const unreadable: UnreadableEntry[] = [];
  watcher.onDidSeeUsage((e) => usage.push(e));
  watcher.onDidSeeRejection((e) => rejections.push(e));
  watcher.onDidFindUnreadable((e) => unreadable.push(e));
  const done = async (): Promise<void> => {
    watcher.dispose();
    await cleanup();
  };
  return { dir, session, watcher, usage, rejections, unreadable, done };
}

test('the first scan is historical; an appended line is a live event within 2 s', { timeout: 20_000 }, async () => {
  const t = await setup();
  try {
    const stats = await t.watcher.start();
    assert.equal(stats.usageEvents, 1);
    assert.deepEqual(t.rejections.map((r) => [r.kind, r.isHistorical]), [['extra-usage', true]]);
    await fsp.appendFile(t.session, apiError('2026-11-25T10:00:00Z'));
    const ms = await waitFor(() => t.rejections.length === 2, 10_000);
    assert.ok(ms < 2000, `event took ${ms} ms`);
    assert.deepEqual(t.rejections.map((r) => r.isHistorical), [true, false]);
    assert.equal(t.rejections[1]?.origin.location, path.join('-home-dev-app', 'session.jsonl'));
    await fsp.appendFile(t.session, assistant(2) + assistant(2));
    await waitFor(() => t.usage.length === 2, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(t.usage.length, 2, 'the duplicate chunk is not emitted');
  } finally {
    await t.done();
  }
});

test('a new session file in a new project folder is picked up', { timeout: 20_000 }, async () => {
  const t = await setup();
  try {
    await t.watcher.start();
    const other = path.join(t.dir, 'projects', '-home-dev-new', 'sess', 'subagents', 'agent-1.jsonl');
    await fsp.mkdir(path.dirname(other), { recursive: true });
    await fsp.writeFile(other, assistant(9));
    await waitFor(() => t.usage.some((u) => u.dedupKey === 'msg_9:req_9'), 8_000);
  } finally {
    await t.done();
  }
});

test('with fs events off, the poll alone finds appended lines; a partial line waits for its newline', { timeout: 20_000 }, async () => {
  const t = await setup({ useFsEvents: false, pollMs: 100 });
  try {
    await t.watcher.start();
    const line = assistant(3);
    await fsp.appendFile(t.session, line.slice(0, 40));
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(t.usage.length, 1);
    await fsp.appendFile(t.session, line.slice(40));
    await waitFor(() => t.usage.length === 2, 8_000);
    assert.equal(t.usage[1]?.dedupKey, 'msg_3:req_3');
  } finally {
    await t.done();
  }
});

test('files older than maxAgeDays are not announced, but their later appends are', { timeout: 20_000 }, async () => {
  const t = await setup({ useFsEvents: false, pollMs: 100 });
  try {
    const old = new Date(Date.now() - 40 * 86_400_000);
    await fsp.utimes(t.session, old, old);
    const stats = await t.watcher.start();
    assert.equal(stats.filesTooOld, 1);
    assert.equal(t.rejections.length + t.usage.length, 0);
    await fsp.appendFile(t.session, apiError('2026-11-25T11:00:00Z'));
    await waitFor(() => t.rejections.length === 1, 8_000);
    assert.equal(t.rejections[0]?.isHistorical, false);
  } finally {
    await t.done();
  }
});

test('states carry over: a new watcher with the saved states announces nothing old', { timeout: 20_000 }, async () => {
  const t = await setup();
  try {
    await t.watcher.start();
    const saved = JSON.parse(JSON.stringify(t.watcher.states));
    t.watcher.dispose();
    const again = createTranscriptWatcher({ folders: [t.dir], classify: fakeClassifier().classify, states: saved });
    const seen: unknown[] = [];
    again.onDidSeeUsage((e) => seen.push(e));
    again.onDidSeeRejection((e) => seen.push(e));
    const stats = await again.start();
    again.dispose();
    assert.equal(seen.length, 0);
    assert.equal(stats.filesUnchanged, 1);
  } finally {
    await t.done();
  }
});

test('dispose stops events and timers', { timeout: 20_000 }, async () => {
  const t = await setup({ pollMs: 50 });
  try {
    await t.watcher.start();
    t.watcher.dispose();
    await fsp.appendFile(t.session, apiError('2026-11-25T12:00:00Z'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(t.rejections.length, 1);
  } finally {
    await t.done();
  }
});
