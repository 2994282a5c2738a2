// `extra-usage-guard usage --json` against `ccusage daily --json --offline` on the same generated Claude Code
// tree: token totals per day (must be identical), cost, wall time and peak RSS of each child process, beside a
// raw read of the same bytes (also a child process, so Node's start-up counts on both sides). Prints figures only.
//   node out/bench/ccusageBench.js [--bytes 300000000] [--files 2000] [--runs 5] [--ccusage-runs 2] [--tz America/New_York]
//     [--layout claude-code|varied|tools|chat] [--tree DIR] [--cli dist/cli.js]
// `--tree DIR` compares on an existing Claude Code folder (DIR/projects/…, e.g. a tree generated elsewhere) instead
// of a generated one; nothing is written into it.
// `--layout varied` writes the same kind of tree otherwise (shuffled keys, spacing, CRLF, no final newline, copies of
// requests across files), so a reader tuned to Claude Code's exact layout shows up as a mismatch or a slowdown.
// `--layout tools` writes sessions whose bytes are mostly requests (thinking, code written by a tool, one line per
// content block, keys in Claude Code's order), where the first two layouts are mostly tool results. `--layout chat`
// writes ten times the records in the same bytes (short answers, results and prompts): the cost per record shows.
import { spawn } from 'node:child_process';
import { existsSync, promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { listTranscriptFiles } from '../src/sources/listTranscriptFiles';
import { generateTree } from './genTranscriptTree';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const BYTES = Number(arg('bytes', '300000000'));
const FILES = Number(arg('files', String(BYTES >= 300_000_000 ? 2000 : Math.max(20, Math.round(BYTES / 150_000)))));
const RUNS = Number(arg('runs', '5'));
const CCUSAGE_RUNS = Number(arg('ccusage-runs', '2'));
const TZ = arg('tz', 'America/New_York');
const LAYOUTS = ['claude-code', 'varied', 'tools', 'chat'] as const;
const LAYOUT = LAYOUTS.find((l) => l === arg('layout', 'claude-code')) ?? 'claude-code';
// The same tree as bench:scan, so either bench reuses what the other generated.
const TREE = arg('tree', '');
const DIR = TREE ? path.resolve(TREE) : path.resolve('bench/.data', `tree-${BYTES}-${FILES}${LAYOUT === 'claude-code' ? '' : `-${LAYOUT}`}`);
const OUR_CLI = path.resolve(arg('cli', 'dist/cli.js'));
const CCUSAGE = path.resolve('node_modules/ccusage/dist/index.js');
const TIME = '/usr/bin/time';
const MB = 1024 * 1024;
const KINDS = ['inputTokens', 'outputTokens', 'cacheCreationTokens', 'cacheReadTokens'] as const;

interface Run {
  readonly ms: number;
  readonly peakRssMb: number;
  readonly stdout: string;
}

type DayTokens = Record<(typeof KINDS)[number], number> & { cost: number };

/** Runs a command to its end, with its peak RSS from `/usr/bin/time -v` when present, else polled from /proc. */
async function runChild(command: string, args: readonly string[]): Promise<Run> {
  const env = { ...process.env, CLAUDE_CONFIG_DIR: DIR, TZ, NO_COLOR: '1', CI: '1' };
  const hasTime = existsSync(TIME);
  const started = performance.now();
  const child = spawn(hasTime ? TIME : command, hasTime ? ['-v', command, ...args] : args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  let stderr = '';
  let polledKb = 0;
  const poll = setInterval(() => void fsp.readFile(`/proc/${child.pid}/status`, 'utf8').then((s) => {
    polledKb = Math.max(polledKb, Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0));
  }, () => undefined), 20);
  child.stdout.on('data', (d: Buffer) => chunks.push(d));
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  clearInterval(poll);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr.slice(-2000)}`);
  const timedKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
  return { ms, peakRssMb: (timedKb || polledKb) / 1024, stdout: Buffer.concat(chunks).toString() };
}

/** Runs `body` `runs` times: the least time (the work's cost, least disturbed by the machine), the greatest peak RSS. */
async function best(runs: number, body: () => Promise<Run>, times: number[] = []): Promise<Run> {
  let result = await body();
  times.push(result.ms);
  for (let i = 1; i < runs; i++) {
    const next = await body();
    times.push(next.ms);
    result = { ...next, ms: Math.min(result.ms, next.ms), peakRssMb: Math.max(result.peakRssMb, next.peakRssMb) };
  }
  return result;
}

const merge = (a: Run | undefined, b: Run): Run => (a === undefined ? b : { ...b, ms: Math.min(a.ms, b.ms), peakRssMb: Math.max(a.peakRssMb, b.peakRssMb) });
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

// Reads every byte of every file with a 1 MiB buffer, one file at a time: the floor for any full scan.
const RAW_READ = `const fs=require('fs');const files=JSON.parse(fs.readFileSync(process.argv[1],'utf8'));const b=Buffer.allocUnsafe(1<<20);let t=0;
for(const f of files){const fd=fs.openSync(f,'r');let n;while((n=fs.readSync(fd,b,0,b.length,null))>0)t+=n;fs.closeSync(fd)}console.log(t)`;

function oursByDay(stdout: string): Map<string, DayTokens> {
  const report = JSON.parse(stdout) as { byDay: ({ date: string; costUsd: number | null } & Record<(typeof KINDS)[number], number>)[] };
  return new Map(report.byDay.map((d) => [d.date, { ...pickKinds(d), cost: d.costUsd ?? 0 }]));
}

function ccusageByDay(stdout: string): Map<string, DayTokens> {
  const report = JSON.parse(stdout) as { daily: ({ date: string; totalCost: number } & Record<(typeof KINDS)[number], number>)[] };
  return new Map(report.daily.map((d) => [d.date, { ...pickKinds(d), cost: d.totalCost }]));
}

function pickKinds(d: Record<(typeof KINDS)[number], number>): Record<(typeof KINDS)[number], number> {
  return { inputTokens: d.inputTokens, outputTokens: d.outputTokens, cacheCreationTokens: d.cacheCreationTokens, cacheReadTokens: d.cacheReadTokens };
}

/** Prints one MATCH/MISMATCH line per day; returns the number of mismatched days. */
function compareDays(ours: Map<string, DayTokens>, theirs: Map<string, DayTokens>): number {
  const dates = [...new Set([...ours.keys(), ...theirs.keys()])].sort();
  const int = (n: number | undefined): string => (n === undefined ? '-' : n.toLocaleString('en-US')).padStart(14);
  let mismatches = 0;
  console.log(`${'date'.padEnd(10)}  ${'kind'.padEnd(19)}  ${'ours'.padStart(14)}  ${'ccusage'.padStart(14)}`);
  for (const date of dates) {
    const a = ours.get(date);
    const b = theirs.get(date);
    const same = a !== undefined && b !== undefined && KINDS.every((k) => a[k] === b[k]);
    if (!same) mismatches++;
    console.log(`${date}  ${same ? 'MATCH' : 'MISMATCH'}  cost ours $${(a?.cost ?? 0).toFixed(2)} ccusage $${(b?.cost ?? 0).toFixed(2)}`);
    for (const k of KINDS) console.log(`${''.padEnd(10)}  ${k.padEnd(19)}  ${int(a?.[k])}  ${int(b?.[k])}${a?.[k] === b?.[k] ? '' : '  <<'}`);
  }
  console.log(`days: ${dates.length}, ${dates.length - mismatches} MATCH, ${mismatches} MISMATCH`);
  return mismatches;
}

async function main(): Promise<void> {
  if (!existsSync(OUR_CLI)) throw new Error(`${OUR_CLI} missing: run node esbuild.mjs`);
  if (TREE && !existsSync(path.join(DIR, 'projects'))) throw new Error(`${DIR} has no projects folder`);
  if (!TREE && !existsSync(path.join(DIR, '.complete'))) {
    console.log(`generating ${(BYTES / MB).toFixed(0)} MiB in ${FILES} files under ${DIR} …`);
    const summary = await generateTree(DIR, { targetBytes: BYTES, files: FILES, seed: 20261125, duplicateRate: 0.3, malformedRate: 0.001, layout: LAYOUT });
    await fsp.writeFile(path.join(DIR, '.complete'), JSON.stringify(summary));
  }
  const files = (await listTranscriptFiles(path.join(DIR, 'projects'))).files;
  // The list of files for the raw read, beside the generated tree, or in a temporary folder for a tree given.
  const listDir = TREE ? await fsp.mkdtemp(path.join(os.tmpdir(), 'eug-bench-')) : DIR;
  const listFile = path.join(listDir, '.files.json');
  await fsp.writeFile(listFile, JSON.stringify(files.map((f) => f.path)));
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  const raw = () => runChild(process.execPath, ['-e', RAW_READ, listFile]);
  await raw(); // warm the page cache: every run below reads from memory
  const rawRun = await best(RUNS, raw);
  const startRun = await best(RUNS, () => runChild(process.execPath, ['-e', '0']));
  // Each ccusage run follows a round of ours, so both sides see the machine in the same state (this VM's speed
  // drifts by 10% over minutes); the fastest of each side is compared.
  let ours: Run | undefined;
  let theirs: Run | undefined;
  const ourTimes: number[] = [];
  const theirTimes: number[] = [];
  for (let round = 0; round < CCUSAGE_RUNS; round++) {
    ours = merge(ours, await best(RUNS, () => runChild(process.execPath, [OUR_CLI, 'usage', '--json']), ourTimes));
    theirs = merge(theirs, await best(1, () => runChild(process.execPath, [CCUSAGE, 'daily', '--json', '--offline']), theirTimes));
  }
  if (!ours || !theirs) throw new Error('--ccusage-runs must be at least 1');
  if (TREE) await fsp.rm(listDir, { recursive: true, force: true });
  console.log(`tree: ${files.length} files, ${(bytes / MB).toFixed(1)} MiB, ${TREE ? DIR : `${LAYOUT} layout`}; TZ=${TZ}; best of ${RUNS} × ${CCUSAGE_RUNS} (ccusage ${CCUSAGE_RUNS}); page cache warm`);
  // Every child starts a Node process: what that alone costs here (NODE_EXTRA_CA_CERTS, when set, is parsed by each).
  console.log(`node start-up alone (node -e 0): ${(startRun.ms / 1000).toFixed(3)} s${process.env.NODE_EXTRA_CA_CERTS ? ', with NODE_EXTRA_CA_CERTS set (certificates parsed at every start)' : ''}`);
  console.log(`times (ms): ours median ${median(ourTimes).toFixed(0)} of ${ourTimes.length}, ccusage median ${median(theirTimes).toFixed(0)} of ${theirTimes.length}`);
  const mismatches = compareDays(oursByDay(ours.stdout), ccusageByDay(theirs.stdout));
  const line = (label: string, r: Run): string => `${label}: ${(r.ms / 1000).toFixed(2)} s, ${(bytes / MB / (r.ms / 1000)).toFixed(0)} MiB/s, peak RSS ${r.peakRssMb.toFixed(0)} MiB`;
  console.log(line('raw read (node, 1 file at a time)', rawRun));
  console.log(line('extra-usage-guard usage --json   ', ours));
  console.log(line('ccusage daily --json --offline   ', theirs));
  const oursCost = [...oursByDay(ours.stdout).values()].reduce((s, d) => s + d.cost, 0);
  const theirCost = [...ccusageByDay(theirs.stdout).values()].reduce((s, d) => s + d.cost, 0);
  console.log(`cost: ours $${oursCost.toFixed(2)}, ccusage $${theirCost.toFixed(2)}, difference $${(oursCost - theirCost).toFixed(2)} (${((oursCost / theirCost - 1) * 100).toFixed(2)}%)`);
  const speed = theirs.ms / ours.ms;
  const memory = ours.peakRssMb / theirs.peakRssMb;
  const overRaw = ours.ms / rawRun.ms;
  console.log(`speed: ${speed.toFixed(1)}x faster than ccusage (goal ≥25x) ${speed >= 25 ? 'MET' : 'NOT MET'}`);
  console.log(`memory: ${memory.toFixed(3)} of ccusage's peak RSS (goal ≤0.1) ${memory <= 0.1 ? 'MET' : 'NOT MET'}`);
  console.log(`raw: ${overRaw.toFixed(2)}x the raw read (goal ≤5x) ${overRaw <= 5 ? 'MET' : 'NOT MET'}`);
  console.log(`summary: ${mismatches === 0 ? 'MATCH' : 'MISMATCH'} on tokens per day`);
  process.exitCode = mismatches === 0 ? 0 : 1;
}

void main();
