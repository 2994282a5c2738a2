import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classifyRejection } from '../../src/core/classifyRejection';
import type { RejectionEvent } from '../../src/core/rejection';
import { createOutputLogWatcher } from '../../src/sources/createOutputLogWatcher';
import { listOutputLogFiles } from '../../src/sources/outputLogFiles';

const LINE =
  '2026-11-25 10:00:01.123 [error] API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Third-party apps now draw from your extra usage, not your plan limits. Add more at claude.ai/settings/usage and keep going."}}';

function exthostFolder(): { dir: string; claude: string; cline: string; other: string; ours: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eug-exthost-'));
  const file = (...parts: string[]) => {
    fs.mkdirSync(path.join(dir, ...parts.slice(0, -1)), { recursive: true });
    const p = path.join(dir, ...parts);
    fs.writeFileSync(p, `${LINE}\n`); // present before start: history, never reported
    return p;
  };
  return {
    dir,
    claude: file('Anthropic.claude-code', 'Claude Code.log'),
    cline: file('output_logging_20261125T100000', '3-Cline.log'),
    other: file('output_logging_20261125T100000', '4-Git.log'),
    ours: file('extra-usage-guard.extra-usage-guard', 'Extra Usage Guard.log'),
  };
}

async function until(probe: () => boolean, ms = 3000): Promise<void> {
  const start = Date.now();
  while (!probe()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('only known AI tools\' channels are listed, never ours or other extensions\'', async () => {
  const f = exthostFolder();
  const files = await listOutputLogFiles(f.dir);
  assert.deepEqual(files.map((x) => [x.tool, x.channel]).sort(), [['claude-code', 'Claude Code'], ['cline', 'Cline']]);
  fs.rmSync(f.dir, { recursive: true, force: true });
});

test('lines present at start are history; an appended rejection is reported once with its tool', async () => {
  const f = exthostFolder();
  const seen: RejectionEvent[] = [];
  const watcher = createOutputLogWatcher({ logsDir: f.dir, classify: (t) => classifyRejection(t), pollMs: 30 });
  watcher.onDidSeeRejection((e) => seen.push(e));
  await watcher.start();
  await new Promise((r) => setTimeout(r, 120));
  assert.equal(seen.length, 0);
  fs.appendFileSync(f.cline, `${LINE}\n`);
  fs.appendFileSync(f.other, `${LINE}\n`);
  fs.appendFileSync(f.ours, `${LINE}\n`);
  await until(() => seen.length > 0);
  await new Promise((r) => setTimeout(r, 120));
  assert.equal(seen.length, 1);
  assert.equal(seen[0]!.kind, 'extra-usage');
  assert.equal(seen[0]!.origin.source, 'cline');
  assert.equal(seen[0]!.isHistorical, false);
  watcher.dispose();
  fs.rmSync(f.dir, { recursive: true, force: true });
});

test('a log file that appears later is read from its start', async () => {
  const f = exthostFolder();
  const seen: RejectionEvent[] = [];
  const watcher = createOutputLogWatcher({ logsDir: f.dir, classify: (t) => classifyRejection(t), pollMs: 30 });
  watcher.onDidSeeRejection((e) => seen.push(e));
  await watcher.start();
  fs.mkdirSync(path.join(f.dir, 'output_logging_20261125T110000'));
  fs.writeFileSync(path.join(f.dir, 'output_logging_20261125T110000', '1-Roo-Code.log'), `${LINE}\n`);
  await until(() => seen.length > 0);
  assert.equal(seen[0]!.origin.source, 'roo-code');
  watcher.dispose();
  fs.rmSync(f.dir, { recursive: true, force: true });
});

test('a missing log folder is not an error', async () => {
  const watcher = createOutputLogWatcher({ logsDir: path.join(os.tmpdir(), 'eug-no-such-folder'), classify: () => undefined });
  assert.deepEqual(await watcher.start(), []);
  watcher.dispose();
});
