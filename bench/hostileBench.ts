// Scans a full-size hostile tree (1 GiB transcript, 100,000 small files and every hostile entry of
// test/hostile/makeHostileTree.ts) and prints the longest event-loop blocking slice, the scan figures and
// whether the usage of the 10 MiB record was counted; then runs `node dist/cli.js usage --json` on the same
// tree, when the CLI has that command, and says whether its totals match; last it times the line splitter
// alone on 10 MiB lines, 1 MiB per push as the tail reader feeds it. Prints figures; asserts nothing.
//   node out/bench/hostileBench.js [--big-mb 1024] [--files 100000] [--per-folder 1000] [--huge-mb 10]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { classifyRejection } from '../src/core/classifyRejection';
import type { UsageEvent } from '../src/core/usageEvent';
import { createLineSplitter } from '../src/sources/lineSplitter';
import { mayCarryUsageOrErrorBytes } from '../src/sources/parseClaudeCodeRecord';
import { listClaudeCodeTranscripts, scanClaudeCode } from '../src/sources/scanUsage';
import { DEFAULT_CHUNK_BYTES, DEFAULT_MAX_LINE_BYTES } from '../src/sources/tailFile';
import { measureBlocking } from '../test/hostile/eventLoopProbe';
import { assistantBlocksLine, assistantLine } from '../test/hostile/hostileRecords';
import { makeHostileTree, type HostileTree } from '../test/hostile/makeHostileTree';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const MiB = 1024 * 1024;
const CLI = 'dist/cli.js';

interface PushCost {
  /** Longest push, wall clock (what blocks the loop) and CPU time of this process (what a loaded machine does not inflate). */
  readonly ms: number;
  readonly cpuMs: number;
}

/** Longest single push of `line` through a splitter, 1 MiB at a time: in a first (cold) round, then in two more. */
function longestPush(line: Buffer): { cold: PushCost; warm: PushCost; lines: number; oversize: number } {
  const rounds: PushCost[] = [];
  let lines = 0;
  let oversize = 0;
  for (let round = 0; round < 3; round++) {
    const splitter = createLineSplitter(0, false, { maxLineBytes: DEFAULT_MAX_LINE_BYTES, accept: mayCarryUsageOrErrorBytes }, () => void lines++);
    let longest = { ms: 0, cpuMs: 0 };
    for (let at = 0; at < line.length; at += DEFAULT_CHUNK_BYTES) {
      const [started, cpu] = [performance.now(), process.cpuUsage()];
      splitter.push(line.subarray(at, at + DEFAULT_CHUNK_BYTES), at);
      const used = process.cpuUsage(cpu);
      const ms = performance.now() - started;
      if (ms > longest.ms) longest = { ms, cpuMs: (used.user + used.system) / 1000 };
    }
    rounds.push(longest);
    oversize += splitter.oversizeLines;
  }
  const warm = rounds[1]!.ms >= rounds[2]!.ms ? rounds[1]! : rounds[2]!;
  return { cold: rounds[0]!, warm, lines: lines / 3, oversize: oversize / 3 };
}

/** Times the splitter alone on huge lines of a few shapes (after the scan, so the scan ran it cold). */
function chunkCosts(hugeBytes: number): void {
  const quoted = '{"type":"assistant","message":{"usage":{"input_tokens":1,"output_tokens":1},"content":';
  const cases: [string, string][] = [
    ['one giant text', assistantLine('bench', 1, 'x'.repeat(hugeBytes))],
    ['dense \\" escapes', `${quoted}"${'\\"'.repeat(hugeBytes / 2)}"}}`],
    ['code with escapes and UTF-8', assistantLine('bench', 2, 'const s = "ändern 日本 🎉" \\ \t\n'.repeat(hugeBytes / 40))],
    ['short blocks (skeleton over the cap)', assistantBlocksLine('bench', 3, hugeBytes)],
  ];
  for (const [name, text] of cases) {
    const line = Buffer.from(`${text}\n`);
    const { cold, warm, lines, oversize } = longestPush(line);
    const show = (c: PushCost): string => `${c.ms.toFixed(1)} ms (cpu ${c.cpuMs.toFixed(1)})`;
    console.log(`splitter: ${(line.length / MiB).toFixed(1)} MiB line, ${name}: longest 1 MiB push ${show(cold)} cold, ${show(warm)} warm; `
      + `${lines ? 'emitted' : oversize ? 'skipped (oversize)' : 'filtered'}`);
  }
}

async function scan(tree: HostileTree) {
  const totals = { records: 0, inputTokens: 0, outputTokens: 0, cacheCreationTokens: 0, cacheReadTokens: 0 };
  let huge: UsageEvent | undefined;
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => void (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  const { value: stats, figures } = await measureBlocking(() => scanClaudeCode([tree.configDir], {
    classify: (text) => classifyRejection(text),
    onProgress: () => void tree.disturb(),
    onUsage: (u) => {
      if (u.dedupKey === tree.huge.key) huge = u;
      totals.records++;
      totals.inputTokens += u.inputTokens;
      totals.outputTokens += u.outputTokens;
      totals.cacheCreationTokens += u.cacheCreationTokens;
      totals.cacheReadTokens += u.cacheReadTokens;
    },
  }));
  clearInterval(sampler);
  return { stats, figures, totals, huge, peakRssMb: peakRss / MiB };
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
  const tree = await makeHostileTree({ bigFileBytes: arg('big-mb', 1024) * MiB, smallFiles: arg('files', 100_000), filesPerFolder: arg('per-folder', 1000), hugeLineBytes: arg('huge-mb', 10) * MiB });
  try {
    console.log(`tree: ${tree.configDir}: ${tree.files} files, ${(tree.bytes / MiB).toFixed(0)} MiB, built in ${((performance.now() - started) / 1000).toFixed(1)} s`
      + `${tree.isPermissionEnforced ? '' : ' (running as root: chmod 000 entries are readable)'}${tree.hasFifo ? '' : ' (no FIFO: mkfifo failed)'}`);
    const listStarted = performance.now();
    const listing = await measureBlocking(() => listClaudeCodeTranscripts([tree.configDir]));
    console.log(`listing: ${listing.value.files.length} files in ${(performance.now() - listStarted).toFixed(0)} ms; longest slice ${listing.figures.longestSliceMs.toFixed(1)} ms`);
    const { stats, figures, totals, huge, peakRssMb } = await scan(tree);
    const seconds = stats.durationMs / 1000;
    console.log(`scan: ${stats.files} files, ${(stats.bytes / MiB).toFixed(0)} MiB, ${stats.lines} lines in ${seconds.toFixed(1)} s (${(stats.bytes / MiB / seconds).toFixed(0)} MiB/s), peak RSS ${peakRssMb.toFixed(0)} MiB`);
    console.log(`scan: ${stats.usageEvents} usage, ${stats.duplicates} duplicates, ${stats.malformedLines} malformed, ${stats.oversizeLines} oversize, ${stats.unreadable.length} unreadable`);
    const want = tree.huge.usage;
    console.log(`scan: the ${(tree.huge.bytes / MiB).toFixed(0)} MiB record (${tree.huge.key}): ${huge
      ? `usage counted (${huge.inputTokens} in, ${huge.outputTokens} out, ${huge.cacheCreationTokens} cache write, ${huge.cacheReadTokens} cache read; expected ${want.input}/${want.output}/${want.cacheCreation}/${want.cacheRead})`
      : 'usage NOT counted'}`);
    console.log(`scan: longest synchronous slice ${figures.longestSliceMs.toFixed(1)} ms (goal 50), event-loop delay max ${figures.maxDelayMs.toFixed(1)} ms, ${figures.turns} turns`);
    const expected = expectedView(tree);
    const isExact = totals.records === expected.records && totals.inputTokens === expected.inputTokens && totals.outputTokens === expected.outputTokens
      && totals.cacheCreationTokens === expected.cacheCreationTokens && totals.cacheReadTokens === expected.cacheReadTokens
      && stats.duplicates === expected.duplicates && stats.malformedLines === expected.malformed;
    console.log(`scan: totals ${isExact ? 'match' : `DIFFER: got ${JSON.stringify({ ...totals, duplicates: stats.duplicates, malformed: stats.malformedLines })}, expected ${JSON.stringify(expected)}`}`);
    runCli(tree);
  } finally {
    await tree.cleanup();
  }
  chunkCosts(arg('huge-mb', 10) * MiB);
}

void main();
