#!/usr/bin/env node
// UI end-to-end tests: the packaged .vsix installed into a fresh code-server, driven by Playwright in
// Debian's Chromium. Each test/e2e/*.e2e.mjs file exports `scenarios`: [{ name, settings?, run(ctx) }];
// every scenario gets a fresh profile, workspace and fixture tree.
//
//   node test/harness/runE2e.mjs [dist-vsix/extra-usage-guard.vsix] [filter]
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, mkTmp, startCodeServer, codeServerCli, launchBrowser, closeBrowser } from './lib.mjs';
import { makeFixtureEnv } from './fixtureEnv.mjs';
import { screenshot } from '../e2e/ui.mjs';

const vsix = path.resolve(process.argv[2] || path.join(ROOT, 'dist-vsix/extra-usage-guard.vsix'));
const filter = process.argv[3] || '';
const files = fs.readdirSync(path.join(ROOT, 'test/e2e')).filter((f) => f.endsWith('.e2e.mjs')).sort();
let passed = 0;
let failed = 0;

async function runScenario(scenario) {
  const userDataDir = mkTmp('cs-udd-');
  const extensionsDir = mkTmp('cs-ext-');
  const workspace = mkTmp('cs-ws-');
  const fixtures = makeFixtureEnv();
  codeServerCli(['--install-extension', vsix], { userDataDir, extensionsDir });
  const server = await startCodeServer({
    userDataDir, extensionsDir, env: fixtures.env,
    settings: { ...fixtures.settings, ...(scenario.settings ?? {}) },
    log: !!process.env.CS_LOG,
  });
  const context = await launchBrowser();
  const page = context.pages()[0] ?? (await context.newPage());
  if (process.env.PAGE_LOG) page.on('console', (m) => console.log('[console]', m.type(), m.text()));
  const t0 = Date.now();
  try {
    await scenario.before?.({ fixtures, workspace });
    await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`);
    await scenario.run({ page, server, fixtures, workspace, userDataDir });
    passed++;
    console.log(`  ✔ ${scenario.name} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  } catch (error) {
    failed++;
    console.log(`  ✖ ${scenario.name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 8).join('\n    ')}`);
    await screenshot(page, `fail-${scenario.name.replace(/\W+/g, '-')}`).catch(() => {});
    if (process.env.CS_LOG_ON_FAIL) console.log(server.output().slice(-4000));
  } finally {
    await closeBrowser(context);
    await server.stop();
    fixtures.dispose();
    for (const d of [userDataDir, extensionsDir, workspace]) fs.rmSync(d, { recursive: true, force: true });
  }
}

if (!fs.existsSync(vsix)) {
  console.error(`no package at ${vsix}: run 'npm run package' first`);
  process.exit(1);
}
for (const file of files) {
  const { scenarios } = await import(path.join(ROOT, 'test/e2e', file));
  console.log(file);
  for (const scenario of scenarios) {
    if (!`${file} ${scenario.name}`.includes(filter)) continue;
    await runScenario(scenario);
  }
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
