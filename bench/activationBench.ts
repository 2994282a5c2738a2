// Measures activate()'s own time and the bundle sizes: loads dist/extension.js with a stand-in `vscode`
// module whose every member is a cheap no-op, so only the extension's own work is timed.
// Run: npm run bench:activation (builds the production bundle first).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Module from 'node:module';
import { performance } from 'node:perf_hooks';

/** A value that is callable, constructible and has every property, each again such a value. */
function anything(): unknown {
  const target = function () {} as unknown as Record<string | symbol, unknown>;
  return new Proxy(target, {
    get: (_t, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : key === Symbol.iterator ? [][Symbol.iterator] : anything()),
    apply: () => anything(),
    construct: () => anything() as object,
    set: () => true,
  });
}

// Bundlers copy a CommonJS module's own keys, so the namespaces the extension uses are listed.
const NAMESPACES = ['window', 'commands', 'workspace', 'env', 'extensions', 'languages', 'l10n', 'Uri', 'EventEmitter', 'ThemeColor',
  'ThemeIcon', 'MarkdownString', 'StatusBarAlignment', 'ViewColumn', 'ConfigurationTarget', 'Disposable', 'UIKind', 'EnvironmentVariableMutatorType'];
const stub = Object.fromEntries(NAMESPACES.map((name) => [name, anything()]));
const originalLoad = (Module as unknown as { _load: (...a: unknown[]) => unknown })._load;
(Module as unknown as { _load: (...a: unknown[]) => unknown })._load = function (request: unknown, ...rest: unknown[]) {
  return request === 'vscode' ? stub : originalLoad.call(this, request, ...rest);
};

const root = path.resolve(__dirname, '../..');
const bundle = path.join(root, 'dist/extension.js');
const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'eug-activation-'));
const context = {
  subscriptions: [] as { dispose(): void }[],
  globalState: { get: (_k: string, d?: unknown) => d, update: async () => {}, keys: () => [] },
  workspaceState: { get: (_k: string, d?: unknown) => d, update: async () => {}, keys: () => [] },
  secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: () => ({ dispose() {} }) },
  environmentVariableCollection: anything(),
  extensionUri: anything(),
  globalStorageUri: anything(),
  logUri: anything(),
};
const t0 = performance.now();
const ext = require(bundle) as { activate(c: unknown): unknown };
const loaded = performance.now();
const runs: number[] = [];
for (let i = 0; i < 20; i++) {
  const start = performance.now();
  ext.activate({ ...context, subscriptions: [] });
  runs.push(performance.now() - start);
}
const first = runs[0]!;
runs.sort((a, b) => a - b);
const kb = (file: string) => (fs.statSync(path.join(root, 'dist', file)).size / 1024).toFixed(1);
console.log(`bundle: extension.js ${kb('extension.js')} KB, cli.js ${kb('cli.js')} KB, webview.js ${kb('webview.js')} KB (goal: extension ≤150 KB)`);
console.log(`require(dist/extension.js): ${(loaded - t0).toFixed(1)} ms`);
console.log(`activate() own time: first (cold) ${first.toFixed(2)} ms; over 20 runs min ${runs[0]!.toFixed(2)}, median ${runs[10]!.toFixed(2)}, max ${runs[19]!.toFixed(2)} ms (goal ≤20 ms)`);
fs.rmSync(storage, { recursive: true, force: true });
process.exit(0);
