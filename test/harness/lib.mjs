// Shared helpers: start code-server, open it in headless Debian chromium via playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { chromium } from 'playwright-core';

export const HERE = path.dirname(new URL(import.meta.url).pathname);
/** The repository root (the extension's folder). */
export const ROOT = path.resolve(HERE, '../..');
/** code-server version the suites run against by default (VS Code 1.100 on Node 20). */
export const CS_DEFAULT_VERSION = '4.100.3';
/** Where test set-up installs code-server: an ignored folder of the repo. */
export const csInstallDir = (version = process.env.CS_VERSION || CS_DEFAULT_VERSION) =>
  process.env.CS_INSTALL_DIR || path.join(ROOT, '.vscode-test', `code-server-${version}`);

// Where code-server lives: CODE_SERVER_BIN (+ CODE_SERVER_NODE) env, else the setup.json written by
// setupCodeServer.mjs into csInstallDir(). Resolved lazily so importing this module never throws.
let install;
function resolveInstall() {
  if (install) return install;
  if (process.env.CODE_SERVER_BIN) return (install = { entry: process.env.CODE_SERVER_BIN, node: process.env.CODE_SERVER_NODE });
  const state = path.join(csInstallDir(), 'setup.json');
  if (fs.existsSync(state)) return (install = JSON.parse(fs.readFileSync(state, 'utf8')));
  throw new Error(`code-server not installed: run 'node test/harness/setupCodeServer.mjs' (looked for ${state})`);
}
const codeServerBin = () => resolveInstall().entry;
// node used to run code-server (must match the ABI its native modules were built for)
const codeServerNode = () => process.env.CODE_SERVER_NODE || resolveInstall().node || process.execPath;
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

// Everything a run creates (user-data/extension dirs, workspace, browser profile, and TMPDIR of
// code-server/extension host/chromium, which otherwise leave vscode-ipc-*.sock, vscode-git-*.sock,
// org.chromium.* in /tmp) lives under one RUN_DIR that is deleted on exit (unless VSH_KEEP=1).
export const RUN_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'vsh-'));
const RUN_TMP = path.join(RUN_DIR, 'tmp');
fs.mkdirSync(RUN_TMP);
process.env.TMPDIR = RUN_TMP; // playwright's own artifacts dir too
const children = new Set();
process.on('exit', () => {
  for (const c of children) { try { process.kill(-c.pid, 'SIGKILL'); } catch {} }
  if (!process.env.VSH_KEEP) { try { fs.rmSync(RUN_DIR, { recursive: true, force: true, maxRetries: 3 }); } catch {} }
  else console.error(`[vsharness] kept ${RUN_DIR}`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

export function mkTmp(prefix) {
  return fs.mkdtempSync(path.join(RUN_DIR, prefix));
}

export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'chat.disableAIFeatures': true,
};

export function xdgEnv(base) {
  return {
    TMPDIR: RUN_TMP,
    XDG_CONFIG_HOME: path.join(base, 'xdg-config'),
    XDG_DATA_HOME: path.join(base, 'xdg-data'),
    XDG_CACHE_HOME: path.join(base, 'xdg-cache'),
  };
}

/** Run `code-server <args>` synchronously (e.g. --install-extension). */
export function codeServerCli(args, { userDataDir, extensionsDir }) {
  return execFileSync(
    codeServerNode(),
    [codeServerBin(), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...args],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...xdgEnv(userDataDir) } }
  );
}

/**
 * Start code-server on 127.0.0.1:<free port>, with fresh user-data/extensions dirs.
 * Resolves once the HTTP server answers.
 */
export async function startCodeServer({ userDataDir, extensionsDir, settings = {}, extraArgs = [], log = false, env = {} } = {}) {
  userDataDir ??= mkTmp('cs-udd-');
  extensionsDir ??= mkTmp('cs-ext-');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2)
  );
  const port = await freePort();
  const args = [
    codeServerBin(),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...extraArgs,
  ];
  const child = spawn(codeServerNode(), args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so stop() can signal code-server + extension host + helpers at once
    // code-server writes config.yaml to $XDG_CONFIG_HOME/code-server and logs/heartbeat to
    // $XDG_DATA_HOME/code-server regardless of --user-data-dir: keep them inside the temp dir.
    env: { ...process.env, ...xdgEnv(userDataDir), ...env },
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let output = '';
  const onData = (d) => {
    output += d;
    if (log) process.stderr.write(`[code-server] ${d}`);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const url = `http://127.0.0.1:${port}/`;
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited early (${child.exitCode}):\n${output}`);
    try {
      const r = await fetch(url + 'healthz');
      if (r.ok) break;
    } catch {}
    if (Date.now() - t0 > 60000) throw new Error(`code-server did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url, port, child, userDataDir, extensionsDir,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      try { process.kill(-child.pid, 'SIGTERM'); } catch {}
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      try { process.kill(-child.pid, 'SIGKILL'); } catch {} // stragglers in the group
    },
  };
}

export async function launchBrowser({ userDataDir } = {}) {
  userDataDir ??= mkTmp('chromium-profile-');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    // chromium's crashpad writes to $XDG_CONFIG_HOME/chromium even with a custom profile dir
    env: { ...process.env, ...xdgEnv(userDataDir) },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  context.profileDir = userDataDir;
  return context;
}

/** Close the browser and delete its temporary profile. */
export async function closeBrowser(context) {
  if (!context) return;
  await context.close().catch(() => {});
  try { fs.rmSync(context.profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }); } catch {}
}
