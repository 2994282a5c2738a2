// Scans a full-size hostile tree (1 GiB transcript, 100,000 small files and every hostile entry of
// test/hostile/makeHostileTree.ts) and prints the longest event-loop blocking slice and the scan figures;
// then runs `node dist/cli.js usage --json` on the same tree, when the CLI has that command, and says
// whether its totals match. Prints figures; asserts nothing.
//   node out/bench/hostileBench.js [--big-mb 1024] [--files 100000] [--per-folder 1000] [--near-cap-mb 7.5]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { classifyRejection } from '../src/core/classifyRejection';
import { listClaudeCodeTranscripts, scanClaudeCode } from '../src/sources/scanUsage';
import { measureBlocking } from '../test/hostile/eventLoopProbe';
import { makeHostileTree, type HostileTree } from '../test/hostile/makeHostileTree';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const MiB = 1024 * 1024;
const CLI = 'dist/cli.js';

async function scan(tree: HostileTree) {
  const totals = { records: 0, inputTokens: 0, outputTokens: 0, cacheCreationTokens: 0, cacheReadTokens: 0 };
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => void (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  const { value: stats, figures } = await measureBlocking(() => scanClaudeCode([tree.configDir], {
    classify: (text) => classifyRejection(text),
    onProgress: () => void tree.disturb(),
    onUsage: (u) => {
      totals.records++;
      totals.inputTokens += u.inputTokens;
      totals.outputTokens += u.outputTokens;
      totals.cacheCreationTokens += u.cacheCreationTokens;
      totals.cacheReadTokens += u.cacheReadTokens;
    },
  }));
  clearInterval(sampler);
  return { stats, figures, totals, peakRssMb: peakRss / MiB };
}

function expectedView(tree: HostileTree) {
  const e = tree.expected;
  return {
    records: e.usageEvents, inputTokens: e.inputTokens, outputTokens: e.outputTokens, cacheCreationTokens: e.cacheCreationTokens,
    cacheReadTokens: e.cacheReadTokens, duplicates: e.duplicates, malformed: e.malformedLines,
  };
}

function hasUsageCommand(): boolean {
  if (!existsSync(CLI)) return false;
  const help = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
  return /^\s+usage\b/m.test(help.stdout ?? '');
}

interface CliReport {
  readonly totals: { inputTokens: number; outputTokens: number; cacheCreationTokens: number; cacheReadTokens: number };
  readonly records: number;
  readonly duplicatesSkipped: number;
  readonly malformedLinesSkipped: number;
}

function runCli(tree: HostileTree): void {
  if (!hasUsageCommand()) {
    console.log(`cli: ${CLI} has no 'usage' command (see \`node ${CLI} --help\`); skipped`);
    return;
  }
  const started = performance.now();
  const out = execFileSync(process.execPath, [CLI, 'usage', '--json'], { env: { ...process.env, CLAUDE_CONFIG_DIR: tree.configDir }, encoding: 'utf8', maxBuffer: 64 * MiB, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - started;
  const report = JSON.parse(out) as CliReport;
  const got = { records: report.records, ...report.totals, duplicates: report.duplicatesSkipped, malformed: report.malformedLinesSkipped };
  const want = expectedView(tree);
  const mismatches = (Object.keys(want) as (keyof typeof want)[]).filter((k) => got[k] !== want[k]).map((k) => `${k} ${got[k]} (expected ${want[k]})`);
  console.log(`cli: \`${CLI} usage --json\` in ${(ms / 1000).toFixed(1)} s: totals ${mismatches.length === 0 ? 'match' : `DIFFER: ${mismatches.join(', ')}`}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const tree = await makeHostileTree({ bigFileBytes: arg('big-mb', 1024) * MiB, smallFiles: arg('files', 100_000), filesPerFolder: arg('per-folder', 1000), nearCapLineBytes: arg('near-cap-mb', 7.5) * MiB });
  try {
    console.log(`tree: ${tree.configDir}: ${tree.files} files, ${(tree.bytes / MiB).toFixed(0)} MiB, built in ${((performance.now() - started) / 1000).toFixed(1)} s`
      + `${tree.isPermissionEnforced ? '' : ' (running as root: chmod 000 entries are readable)'}${tree.hasFifo ? '' : ' (no FIFO: mkfifo failed)'}`);
    const listStarted = performance.now();
    const listing = await measureBlocking(() => listClaudeCodeTranscripts([tree.configDir]));
    console.log(`listing: ${listing.value.files.length} files in ${(performance.now() - listStarted).toFixed(0)} ms; longest slice ${listing.figures.longestSliceMs.toFixed(1)} ms`);
    const { stats, figures, totals, peakRssMb } = await scan(tree);
    const seconds = stats.durationMs / 1000;
    console.log(`scan: ${stats.files} files, ${(stats.bytes / MiB).toFixed(0)} MiB, ${stats.lines} lines in ${seconds.toFixed(1)} s (${(stats.bytes / MiB / seconds).toFixed(0)} MiB/s), peak RSS ${peakRssMb.toFixed(0)} MiB`);
    console.log(`scan: ${stats.usageEvents} usage, ${stats.duplicates} duplicates, ${stats.malformedLines} malformed, ${stats.oversizeLines} oversize, ${stats.unreadable.length} unreadable`);
    console.log(`scan: longest synchronous slice ${figures.longestSliceMs.toFixed(1)} ms (goal 50), event-loop delay max ${figures.maxDelayMs.toFixed(1)} ms, ${figures.turns} turns`);
    const want = expectedView(tree);
    const isExact = totals.records === want.records && totals.inputTokens === want.inputTokens && totals.outputTokens === want.outputTokens
      && totals.cacheCreationTokens === want.cacheCreationTokens && totals.cacheReadTokens === want.cacheReadTokens
      && stats.duplicates === want.duplicates && stats.malformedLines === want.malformed;
    console.log(`scan: totals ${isExact ? 'match' : `DIFFER: got ${JSON.stringify({ ...totals, duplicates: stats.duplicates, malformed: stats.malformedLines })}, expected ${JSON.stringify(want)}`}`);
    runCli(tree);
  } finally {
    await tree.cleanup();
  }
}

void main();
