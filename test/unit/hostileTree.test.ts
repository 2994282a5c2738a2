// A scan over a hostile CLAUDE_CONFIG_DIR (see test/hostile/makeHostileTree.ts) reports exactly the valid
// records, counts each problem once, never hangs, and never blocks the event loop for long.
// HOSTILE_BIG_MB / HOSTILE_FILES make the tree bigger (`npm run bench:hostile` builds the full size).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyRejection } from '../../src/core/classifyRejection';
import { scanClaudeCode } from '../../src/sources/scanUsage';
import type { ScanStats } from '../../src/sources/scanStats';
import { measureBlocking } from '../hostile/eventLoopProbe';
import { makeHostileTree, type HostileTree } from '../hostile/makeHostileTree';

const MiB = 1024 * 1024;
const SCAN_TIMEOUT_MS = 60_000;
const MAX_SLICE_MS = 200;
const GOAL_SLICE_MS = 50;

async function scanWithTimeout(tree: HostileTree) {
  const totals = { usageEvents: 0, inputTokens: 0, outputTokens: 0, cacheCreationTokens: 0, cacheReadTokens: 0 };
  const keys = new Set<string>();
  const disturbed: string[] = [];
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`scan did not finish within ${SCAN_TIMEOUT_MS} ms (hang)`));
    }, SCAN_TIMEOUT_MS);
  });
  const scan = scanClaudeCode([tree.configDir], {
    classify: (text) => classifyRejection(text),
    signal: controller.signal,
    onProgress: () => void disturbed.push(...tree.disturb()),
    onUsage: (u) => {
      if (u.dedupKey !== undefined) keys.add(u.dedupKey);
      totals.usageEvents++;
      totals.inputTokens += u.inputTokens;
      totals.outputTokens += u.outputTokens;
      totals.cacheCreationTokens += u.cacheCreationTokens;
      totals.cacheReadTokens += u.cacheReadTokens;
    },
  });
  try {
    const { value: stats, figures } = await measureBlocking(() => Promise.race([scan, timeout]));
    return { stats, totals, keys, figures, disturbed };
  } finally {
    clearTimeout(timer);
  }
}

const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function assertCounts(tree: HostileTree, stats: ScanStats, totals: Record<string, number>): void {
  const { usageEvents, inputTokens, outputTokens, cacheCreationTokens, cacheReadTokens, duplicates, malformedLines, oversizeLines } = tree.expected;
  assert.deepEqual(totals, { usageEvents, inputTokens, outputTokens, cacheCreationTokens, cacheReadTokens });
  assert.equal(stats.usageEvents, usageEvents);
  assert.equal(stats.duplicates, duplicates);
  assert.equal(stats.malformedLines, malformedLines);
  assert.equal(stats.oversizeLines, oversizeLines);
  assert.deepEqual([...stats.unreadable].sort(byPath), [...tree.unreadable].sort(byPath));
}

test('a scan of a hostile tree gives exactly the valid totals, counts each problem once, and keeps the loop turning', { timeout: 180_000 }, async () => {
  const started = Date.now();
  const tree = await makeHostileTree({
    bigFileBytes: (Number(process.env.HOSTILE_BIG_MB) || 64) * MiB,
    smallFiles: Number(process.env.HOSTILE_FILES) || 20_000,
  });
  try {
    console.log(`hostile tree: ${tree.files} files, ${(tree.bytes / MiB).toFixed(0)} MiB, built in ${Date.now() - started} ms`);
    if (!tree.isPermissionEnforced) console.log('hostile tree: permission-denied check skipped: this user (root) reads chmod 000 entries, so they count as valid records');
    if (!tree.hasFifo) console.log('hostile tree: mkfifo failed, no FIFO in the tree');
    const { stats, totals, keys, figures, disturbed } = await scanWithTimeout(tree);
    console.log(`hostile scan: ${stats.files} files, ${(stats.bytes / MiB).toFixed(0)} MiB, ${stats.lines} lines in ${stats.durationMs} ms; `
      + `${stats.usageEvents} usage, ${stats.duplicates} duplicates, ${stats.malformedLines} malformed, ${stats.oversizeLines} oversize, ${stats.unreadable.length} unreadable`);
    console.log(`hostile scan: longest synchronous slice ${figures.longestSliceMs.toFixed(1)} ms (goal ${GOAL_SLICE_MS}, limit ${MAX_SLICE_MS}), `
      + `event-loop delay max ${figures.maxDelayMs.toFixed(1)} ms, ${figures.turns} turns`);
    assert.equal(disturbed.length, 3, 'the truncate / delete / replace happened during the scan');
    assertCounts(tree, stats, totals);
    assert.ok(keys.has(tree.huge.key), 'the usage of the 10 MiB record is counted');
    assert.ok(figures.longestSliceMs <= MAX_SLICE_MS, `event loop blocked ${figures.longestSliceMs.toFixed(1)} ms`);
  } finally {
    await tree.cleanup();
  }
});
