import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { RejectionEvent } from '../../src/core/rejection';
import type { UsageEvent } from '../../src/core/usageEvent';
import { findClineTaskRoots } from '../../src/sources/clineTaskFolders';
import { failureText, parseClineTask } from '../../src/sources/parseClineTask';
import { readClineTask } from '../../src/sources/readClineTask';
import { scanClineTasks } from '../../src/sources/scanClineTasks';
import { emptyTailStates } from '../../src/sources/tailState';
import { FIXTURES, fakeClassifier, tempDir } from '../fixtures/sources/testKit';

const GLOBAL_STORAGE = path.join(FIXTURES, 'cline');
const CLINE_TASK = path.join(GLOBAL_STORAGE, 'saoudrizwan.claude-dev/tasks/1763712000000');
const context = { taskId: '1763712000000', source: 'cline' as const, classify: fakeClassifier().classify, isHistorical: true };

test('finds Cline, Roo Code and Kilo Code task folders beside our globalStorage, and ~/.cline', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    await fsp.mkdir(path.join(dir, '.cline', 'data', 'tasks'), { recursive: true });
    const roots = await findClineTaskRoots({ globalStorageRoot: GLOBAL_STORAGE, homedir: dir });
    assert.deepEqual(roots, [
      { source: 'roo-code', tasksDir: path.join(GLOBAL_STORAGE, 'rooveterinaryinc.roo-cline', 'tasks') },
      { source: 'cline', tasksDir: path.join(GLOBAL_STORAGE, 'saoudrizwan.claude-dev', 'tasks') },
      { source: 'cline', tasksDir: path.join(dir, '.cline', 'data', 'tasks') },
    ]);
  } finally {
    await cleanup();
  }
});

test('finished requests give usage with cost, per-message model or task_metadata model', async () => {
  const result = await readClineTask(CLINE_TASK, context);
  assert.equal(result.status, 'read');
  if (result.status !== 'read') return;
  assert.deepEqual(result.usage.map((u) => [u.dedupKey, u.model, u.costMicros, u.inputTokens, u.cacheCreationTokens]), [
    ['1763712000000:1763712001000', 'claude-opus-4-1-20250805', 74300, 12, 18000],
    ['1763712000000:1763712009000', 'claude-sonnet-4-5-20250929', 16700, 3, 2100],
  ]);
  assert.equal(result.usage[0]?.at, '2025-11-21T08:00:01.000Z');
  assert.deepEqual(result.pendingTs, [1763712015000]);
  assert.equal(result.malformed, 1);
});

test('failures are classified: error_retry detail and api_req_failed text', async () => {
  const result = await readClineTask(CLINE_TASK, context);
  assert.ok(result.status === 'read');
  assert.deepEqual(result.rejections.map((r: RejectionEvent) => [r.kind, r.httpStatus, r.origin.source]), [
    ['overloaded', null, 'cline'],
    ['extra-usage', 400, 'cline'],
  ]);
});

test('the cursor reports only newer messages, and a pending request once it finishes', async () => {
  const raw = JSON.parse(await fsp.readFile(path.join(CLINE_TASK, 'ui_messages.json'), 'utf8')) as { ts: number; say?: string; text?: string }[];
  const first = parseClineTask(raw, context);
  assert.equal(first.lastTs, 1763712020000);
  const pending = raw.find((m) => m.ts === 1763712015000)!;
  pending.text = JSON.stringify({ tokensIn: 5, tokensOut: 6, cost: 0.002 });
  raw.push({ ts: 1763712030000, say: 'error', text: 'Overloaded', ...{ type: 'say' } });
  const second = parseClineTask(raw, { ...context, isHistorical: false, afterTs: first.lastTs, pendingTs: first.pendingTs });
  assert.deepEqual(second.usage.map((u: UsageEvent) => u.dedupKey), ['1763712000000:1763712015000']);
  assert.deepEqual(second.rejections.map((r) => [r.kind, r.isHistorical]), [['overloaded', false]]);
  assert.deepEqual(second.pendingTs, []);
  assert.equal(second.lastTs, 1763712030000);
});

test('failureText reads only failure messages (error_retry text as-is when not JSON); a non-array is malformed', () => {
  assert.equal(failureText({ ts: 1, type: 'say', say: 'text', text: 'fine' }), undefined);
  assert.equal(failureText({ ts: 1, type: 'say', say: 'error_retry', text: 'not json' }), 'not json');
  assert.deepEqual(parseClineTask({ not: 'an array' }, context).malformed, 1);
});

test('scanClineTasks keeps per-task cursors and skips unchanged tasks', async () => {
  const states = emptyTailStates();
  const usage: UsageEvent[] = [];
  const rejections: RejectionEvent[] = [];
  const roots = await findClineTaskRoots({ globalStorageRoot: GLOBAL_STORAGE, homedir: '/nonexistent' });
  const options = { classify: fakeClassifier().classify, isHistorical: true, states, onUsage: (u: UsageEvent) => usage.push(u), onRejection: (r: RejectionEvent) => rejections.push(r) };
  const stats = await scanClineTasks(roots, options);
  assert.equal(stats.tasks, 2);
  assert.deepEqual(usage.map((u) => u.source).sort(), ['cline', 'cline', 'roo-code']);
  assert.deepEqual(rejections.map((r) => `${r.origin.source}:${r.kind}`), ['roo-code:overloaded', 'roo-code:auth', 'cline:overloaded', 'cline:extra-usage']);
  const again = await scanClineTasks(roots, { ...options, isHistorical: false });
  assert.equal(again.tasks, 0);
  assert.equal(usage.length, 3);
});
