// Cold-scan throughput and memory of the Claude Code source beside a raw read of the same bytes, and
// append-to-event latency of the watcher. Prints figures only.
//   node --expose-gc out/bench/scanBench.js [--bytes 300000000] [--files 2000] [--appends 200]
import { existsSync, promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Rejection } from '../src/core/rejection';
import { createTranscriptWatcher } from '../src/sources/createTranscriptWatcher';
import { listTranscriptFiles } from '../src/sources/listTranscriptFiles';
import { scanClaudeCode } from '../src/sources/scanUsage';
import { DEFAULT_CHUNK_BYTES } from '../src/sources/tailFile';
import { emptyTailStates, type TailStates } from '../src/sources/tailState';
import { generateTree } from './genTranscriptTree';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const BYTES = arg('bytes', 300_000_000);
const FILES = arg('files', BYTES >= 300_000_000 ? 2000 : Math.max(20, Math.round(BYTES / 150_000)));
const APPENDS = arg('appends', 200);
/** Each figure is the best of this many runs: the machine may be shared. */
const RUNS = arg('runs', 3);
const DIR = path.resolve('bench/.data', `tree-${BYTES}-${FILES}`);
const MB = 1024 * 1024;

// A cheap stand-in for the core classifier: the bench measures reading, not classification.
const classify = (text: string): Rejection | undefined => (/overloaded/i.test(text)
  ? { kind: 'overloaded', httpStatus: 529, requestId: null, creditOfferUsd: null, orgAdmin: false, resetsAt: null, settingsUrl: null, message: 'Overloaded' }
  : undefined);

interface Measured<T> {
  readonly value: T;
  readonly ms: number;
  /** User + system CPU time of this process: steadier than wall time on a shared machine. */
  readonly cpuMs: number;
  readonly peakRssMb: number;
}

async function best<T>(body: () => Promise<T>): Promise<Measured<T>> {
  let result = await measure(body);
  for (let i = 1; i < RUNS; i++) {
    const next = await measure(body);
    result = { value: next.value, ms: Math.min(result.ms, next.ms), cpuMs: Math.min(result.cpuMs, next.cpuMs), peakRssMb: Math.max(result.peakRssMb, next.peakRssMb) };
  }
  return result;
}

async function measure<T>(body: () => Promise<T>): Promise<Measured<T>> {
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => void (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await body();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { value, ms, cpuMs: (used.user + used.system) / 1000, peakRssMb: peak / MB };
}

/** Reads every byte of every file in chunks, `concurrency` files at a time; returns the bytes read. */
async function rawRead(files: readonly string[], concurrency: number): Promise<number> {
  let total = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    const buffer = Buffer.allocUnsafe(DEFAULT_CHUNK_BYTES);
    while (next < files.length) total += await readWhole(files[next++]!, buffer);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return total;
}

async function readWhole(file: string, buffer: Buffer): Promise<number> {
  {
    const fh = await fsp.open(file, 'r');
    let position = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      position += bytesRead;
    }
    await fh.close();
    return position;
  }
}

async function coldScan(states: TailStates) {
  let tokens = 0;
  const stats = await scanClaudeCode([DIR], { classify, states, onUsage: (u) => void (tokens += u.outputTokens) });
  return { stats, tokens };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Appends one line at a time and waits for its usage event; the touched files are cut back after. */
async function appendLatency(states: TailStates): Promise<number[]> {
  const listed = (await listTranscriptFiles(path.join(DIR, 'projects'))).files;
  const files = listed.map((f) => f.path);
  const watcher = createTranscriptWatcher({ folders: [DIR], classify, states });
  const waiting = new Map<string, (at: number) => void>();
  watcher.onDidSeeUsage((u) => waiting.get(u.dedupKey ?? '')?.(performance.now()));
  await watcher.start();
  const latencies: number[] = [];
  for (let i = 0; i < APPENDS; i++) {
    const key = `msg_bench${i}:req_bench${i}`;
    const line = JSON.stringify({ type: 'assistant', timestamp: new Date().toISOString(), requestId: `req_bench${i}`, message: { id: `msg_bench${i}`, model: 'claude-sonnet-4-5-20250929', usage: { input_tokens: 1, output_tokens: 1 } } });
    const seen = new Promise<number>((resolve) => waiting.set(key, resolve));
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(NaN), 10_000));
    const started = performance.now();
    await fsp.appendFile(files[(i * 7919) % files.length]!, `${line}\n`);
    latencies.push((await Promise.race([seen, timeout])) - started);
    waiting.delete(key);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  watcher.dispose();
  for (const file of listed) if ((await fsp.stat(file.path)).size !== file.size) await fsp.truncate(file.path, file.size);
  return latencies;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIR, '.complete'))) {
    console.log(`generating ${(BYTES / MB).toFixed(0)} MiB in ${FILES} files under ${DIR} …`);
    const summary = await generateTree(DIR, { targetBytes: BYTES, files: FILES, seed: 20261125, duplicateRate: 0.3, malformedRate: 0.001 });
    await fsp.writeFile(path.join(DIR, '.complete'), JSON.stringify(summary));
  }
  const files = (await listTranscriptFiles(path.join(DIR, 'projects'))).files.map((f) => f.path);
  await rawRead(files, 1); // warm the page cache so every run reads from memory
  const raw1 = await best(() => rawRead(files, 1));
  const raw4 = await best(() => rawRead(files, 4));
  let states = emptyTailStates();
  const scan = await best(() => coldScan((states = emptyTailStates())));
  const idle = await best(() => coldScan(states));
  const mb = scan.value.stats.bytes / MB;
  const line = (label: string, r: Measured<unknown>): string =>
    `${label}: ${(r.ms / 1000).toFixed(2)} s, ${(mb / (r.ms / 1000)).toFixed(0)} MiB/s, CPU ${(r.cpuMs / 1000).toFixed(2)} s, peak RSS ${r.peakRssMb.toFixed(0)} MiB`;
  console.log(`tree: ${files.length} files, ${mb.toFixed(1)} MiB, ${scan.value.stats.lines} lines; best of ${RUNS} runs, page cache warm`);
  console.log(line('raw read, 1 file at a time ', raw1));
  console.log(line('raw read, 4 files at a time', raw4));
  console.log(line('cold scan (4 at a time)    ', scan));
  console.log(`cold scan / raw: wall ${(scan.ms / raw1.ms).toFixed(2)}x raw-1, ${(scan.ms / raw4.ms).toFixed(2)}x raw-4; CPU ${(scan.cpuMs / raw1.cpuMs).toFixed(2)}x raw-1`);
  console.log(`idle sweep (nothing changed, what each poll costs): ${idle.ms.toFixed(0)} ms wall, ${idle.cpuMs.toFixed(0)} ms CPU`);
  const s = scan.value.stats;
  console.log(`records  : ${s.usageEvents} usage, ${s.duplicates} duplicates, ${s.malformedLines} malformed, ${s.rejections} rejections, ${s.oversizeLines} oversize`);
  if (APPENDS > 0) {
    const latencies = (await appendLatency(states)).filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
    console.log(`append→event over ${APPENDS} appends (${latencies.length} seen): p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(1)} ms`);
  }
  console.log(`process max RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

void main();
