#!/usr/bin/env node
// Runs the mocha suite in test/extension-host INSIDE the real Node extension host of code-server, the
// way @vscode/test-electron does with --extensionDevelopmentPath/--extensionTestsPath: the workbench is
// opened in headless Chromium with `payload=[["extensionDevelopmentPath",…],["extensionTestsPath",…]]`
// and calls window.codeAutomationExit(code) when the runner's run() settles.
//
//   node test/harness/runExtTests.mjs            (after `node esbuild.mjs --tests`)
// Env: VSH_TIMEOUT_MS (default 180000), VSH_VERBOSE=1, VSH_KEEP=1, CS_VERSION.
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { ROOT, mkTmp, startCodeServer, launchBrowser, closeBrowser } from './lib.mjs';
import { makeFixtureEnv } from './fixtureEnv.mjs';

const extDev = ROOT;
const extTests = path.join(ROOT, 'out/test/extension-host/index');
const timeoutMs = Number(process.env.VSH_TIMEOUT_MS || 180000);
const verbose = !!process.env.VSH_VERBOSE;
const NOISE = /ENOTFOUND open-vsx|^\s+at |Resolving connection|Creating a socket|Service Worker|builtin extensions cache|connection token|ChatSessionStore/;

const t0 = Date.now();
const el = () => ((Date.now() - t0) / 1000).toFixed(2) + 's';
const workspace = mkTmp('cs-ws-');
fs.writeFileSync(path.join(workspace, 'error.txt'), 'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n');
const fixtures = makeFixtureEnv();

// A Cline task history beside our own global storage, as Cline leaves it, so the suite can replace it.
const userDataDir = mkTmp('cs-udd-');
const clineTasks = path.join(userDataDir, 'User/globalStorage/saoudrizwan.claude-dev/tasks');
fs.mkdirSync(path.join(clineTasks, 'task-1'), { recursive: true });
fs.writeFileSync(path.join(clineTasks, 'task-1/ui_messages.json'), JSON.stringify([{ ts: Date.now() - 60_000, type: 'say', say: 'text', text: 'hello' }]));
const server = await startCodeServer({ userDataDir, log: verbose, env: { ...fixtures.env, EUG_TEST_CLINE_TASKS: clineTasks }, settings: fixtures.settings });
console.log(`[${el()}] code-server up at ${server.url}`);
const authority = new URL(server.url).host;
const remote = (p) => `vscode-remote://${authority}${p}`;
const payload = [
  ['extensionDevelopmentPath', remote(extDev)],
  ['extensionTestsPath', remote(extTests)],
];
const url = `${server.url}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

let context;
let exitCode = 1;
let summarySeen = false;
try {
  context = await launchBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  const done = new Promise((resolve) => {
    page.exposeFunction('codeAutomationExit', (code) => resolve(code));
    page.exposeFunction('codeAutomationLog', (type, args) => {
      const msg = format(...(args || []));
      if (!verbose && NOISE.test(msg)) return;
      if (/^\d+ passed, \d+ failed/.test(msg)) summarySeen = true;
      (type === 'error' ? console.error : console.log)(msg);
    });
  });
  if (verbose) page.on('console', (m) => console.log('[page console]', m.text()));
  // VS Code ≥1.139 honours the URL payload in a built workbench only with enableSmokeTestDriver;
  // code-server has no flag for it, so patch the workbench configuration before it is read.
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      const el = document.getElementById('vscode-workbench-web-configuration');
      if (!el || !el.getAttribute('data-settings')) return;
      const cfg = JSON.parse(el.getAttribute('data-settings'));
      cfg.developmentOptions = { ...(cfg.developmentOptions || {}), enableSmokeTestDriver: true };
      el.setAttribute('data-settings', JSON.stringify(cfg));
      obs.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  console.log(`[${el()}] workbench loading, waiting for tests...`);
  const timer = new Promise((r) => setTimeout(() => r('timeout'), timeoutMs));
  const res = await Promise.race([done, timer]);
  if (res === 'timeout') {
    console.error(`TIMEOUT after ${timeoutMs}ms waiting for codeAutomationExit`);
    fs.mkdirSync(path.join(ROOT, 'test/.output'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test/.output/ext-tests-timeout.png') }).catch(() => {});
    exitCode = 2;
  } else {
    exitCode = Number(res);
    console.log(`[${el()}] extension host tests finished, exit code ${exitCode}`);
  }
} catch (e) {
  console.error('ERROR', e);
  console.error(server.output().slice(-4000));
} finally {
  await closeBrowser(context);
  await server.stop();
  fixtures.dispose();
}
if (!summarySeen) console.log(`extension-host: 0 passed, 1 failed`);
process.exit(exitCode);
