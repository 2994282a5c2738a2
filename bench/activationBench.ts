// Measures what activation costs: bundle sizes, require(dist/extension.js), the first (cold) activate() call and
// their sum (what an editor counts as activation: code loading + activate call), the event-loop turn right after
// (work activate() deferred, e.g. requiring dist/sources.js), then warm activate() calls.
// Fair to the extension and to the editor alike:
// - `vscode` is a plain-object stand-in (bench/vscodeStub.ts), so only the extension's own work is timed;
// - the Node built-ins a real extension host has loaded before any extension activates are loaded first;
// - each sample is a fresh Node process ("cold" happens once per process), HOME is an empty folder, and global
//   state is a returning user's with nothing recorded yet (--first-run: empty, as right after install);
// - wall and CPU time are both shown: on a busy machine CPU time is the steadier of the two.
// Run: npm run bench:activation (builds the production bundle first). Options: --runs N, --dist DIR (another
// build), --first-run.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createContextStub, createVscodeStub } from './vscodeStub';

/** Built-ins VS Code's extension host (1.100, Node 20) has loaded when extensions activate. */
const HOST_BUILTINS = ['crypto', 'fs/promises', 'child_process', 'http', 'https', 'net', 'zlib', 'os', 'stream', 'string_decoder', 'url', 'util', 'events'];
const WARM_RUNS = 20;
/** What a returning user's global state holds before any balance, rejection or setting is recorded. */
const RETURNING_USER = { 'extraUsageGuard.welcomedAt': '2026-01-01T00:00:00.000Z' };
const root = path.resolve(__dirname, '../..');
const option = (name: string): string | undefined => process.argv[process.argv.indexOf(name) + 1];
const dist = process.argv.includes('--dist') ? path.resolve(option('--dist')!) : path.join(root, 'dist');

interface Sample {
  requireMs: number;
  activateMs: number;
  afterMs: number;
  requireCpuMs: number;
  activateCpuMs: number;
  afterCpuMs: number;
  warmMedianMs: number;
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function measureOnce(): void {
  for (const name of HOST_BUILTINS) require(`node:${name}`);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const properties: Record<string, { default: unknown }> = pkg.contributes.configuration.properties;
  const vscode = createVscodeStub(Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, v.default])));
  const load = Module as unknown as { _load: (...a: unknown[]) => unknown };
  const originalLoad = load._load;
  load._load = function (request: unknown, ...rest: unknown[]) {
    return request === 'vscode' ? vscode : originalLoad.call(this, request, ...rest);
  };
  const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'eug-activation-'));
  process.env.HOME = storage;
  delete process.env.CLAUDE_CONFIG_DIR;
  const c0 = cpuMs();
  const t0 = performance.now();
  const ext = require(path.join(dist, 'extension.js')) as { activate(c: unknown): unknown };
  const t1 = performance.now();
  const c1 = cpuMs();
  const stored = process.argv.includes('--first-run') ? {} : RETURNING_USER;
  ext.activate(createContextStub(vscode, storage, stored));
  const t2 = performance.now();
  const c2 = cpuMs();
  setImmediate(() => {
    const afterMs = performance.now() - t2;
    const afterCpuMs = cpuMs() - c2;
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) {
      const start = performance.now();
      ext.activate(createContextStub(vscode, storage, stored));
      warm.push(performance.now() - start);
    }
    const sample: Sample = {
      requireMs: t1 - t0, activateMs: t2 - t1, afterMs, requireCpuMs: c1 - c0, activateCpuMs: c2 - c1, afterCpuMs,
      warmMedianMs: median(warm),
    };
    process.stdout.write(JSON.stringify(sample));
    fs.rmSync(storage, { recursive: true, force: true });
    process.exit(0);
  });
}

function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

function main(): void {
  const runs = process.argv.includes('--runs') ? Number(option('--runs')) : 9;
  const isFirstRun = process.argv.includes('--first-run');
  const size = (file: string): number => (fs.existsSync(path.join(dist, file)) ? fs.statSync(path.join(dist, file)).size / 1024 : 0);
  const kb = (file: string): string => (size(file) ? `${size(file).toFixed(1)} KB` : 'absent');
  const usesSources = fs.readFileSync(path.join(dist, 'extension.js'), 'utf8').includes('"./sources.js"');
  console.log(`bundle: extension.js ${kb('extension.js')} (goal ≤150 KB), sources.js ${kb('sources.js')}${usesSources ? ' (required after activate)' : ' (unused: extension.js does not require it)'}, ` +
    `cli.js ${kb('cli.js')}, webview.js ${kb('webview.js')}`);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    try {
      const args = [__filename, '--child', '--dist', dist, ...(isFirstRun ? ['--first-run'] : [])];
      samples.push(JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', stdio: 'pipe' })) as Sample);
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? error);
      console.error(`activation failed: ${stderr.split('\n').filter((l) => /Error|^\s+at /.test(l)).slice(0, 6).join('\n')}`);
      process.exit(1);
    }
  }
  const row = (label: string, pick: (s: Sample) => number): void => {
    const xs = samples.map(pick).sort((a, b) => a - b);
    console.log(`  ${label.padEnd(34)} median ${median(xs).toFixed(1).padStart(5)}   min ${xs[0]!.toFixed(1).padStart(5)}   max ${xs.at(-1)!.toFixed(1).padStart(5)}`);
  };
  console.log(`${runs} fresh processes, ${isFirstRun ? 'first run after install' : 'returning user'}; ms (wall clock; CPU time in brackets):`);
  row('require(dist/extension.js)', (s) => s.requireMs);
  row('  [cpu]', (s) => s.requireCpuMs);
  row('activate(), cold (goal ≤20)', (s) => s.activateMs);
  row('  [cpu]', (s) => s.activateCpuMs);
  row('require + cold activate', (s) => s.requireMs + s.activateMs);
  row('  [cpu]', (s) => s.requireCpuMs + s.activateCpuMs);
  row('next turn (deferred start-up work)', (s) => s.afterMs);
  row('  [cpu]', (s) => s.afterCpuMs);
  row(`activate(), warm (median of ${WARM_RUNS})`, (s) => s.warmMedianMs);
}

if (process.argv.includes('--child')) measureOnce();
else main();
