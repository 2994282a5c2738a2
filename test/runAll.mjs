#!/usr/bin/env node
// `npm test`: types, unit tests, the packaged extension, extension-host tests and UI tests in a real
// VS Code (code-server), in that order; installs code-server and Chromium on first use (idempotent).
// Prints each runner's "N passed, N failed" line and a total line at the end.
import { spawn } from 'node:child_process';
import process from 'node:process';

const steps = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '--noEmit', '-p', '.'] },
  { name: 'typecheck webview', cmd: 'npx', args: ['tsc', '--noEmit', '-p', 'src/webview'] },
  { name: 'build tests', cmd: 'node', args: ['esbuild.mjs', '--tests'] },
  { name: 'unit', cmd: 'node', args: ['test/runUnit.mjs'], counts: true },
  { name: 'package', cmd: 'npm', args: ['run', '--silent', 'package'] },
  { name: 'package audit', cmd: 'node', args: ['test/harness/auditPackage.mjs'], counts: true },
  { name: 'set up code-server', cmd: 'node', args: ['test/harness/setupCodeServer.mjs'] },
  { name: 'extension host', cmd: 'node', args: ['test/harness/runExtTests.mjs'], counts: true },
  { name: 'ui e2e', cmd: 'node', args: ['test/harness/runE2e.mjs'], counts: true },
];
const only = process.env.TEST_ONLY?.split(',');
let passed = 0;
let failed = 0;
const started = Date.now();

function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, TZ: 'UTC' } });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (!step.counts) return;
      for (const m of String(chunk).matchAll(/^(?:[\w-]+: )?(\d+) passed, (\d+) failed/gm)) {
        passed += Number(m[1]);
        failed += Number(m[2]);
      }
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

let exitCode = 0;
for (const step of steps) {
  if (only && !only.includes(step.name)) continue;
  console.log(`\n=== ${step.name}`);
  const code = await run(step);
  if (code !== 0) {
    console.log(`=== ${step.name} failed (exit ${code})`);
    exitCode = 1;
    if (!step.counts) break; // a build step failing makes the later suites meaningless
  }
}
console.log(`\n=== done in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(exitCode || (failed > 0 ? 1 : 0));
