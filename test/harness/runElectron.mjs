#!/usr/bin/env node
// `npm run test:electron`: the same extension-host suite in desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code (not part of `npm test`).
//   VSCODE_VERSION=1.93.0 npm run test:electron    (default: stable)
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { runTests } from '@vscode/test-electron';
import { ROOT } from './lib.mjs';

const fixtures = fs.mkdtempSync(path.join(os.tmpdir(), 'eug-electron-'));
fs.mkdirSync(path.join(fixtures, 'claude/projects'), { recursive: true });
try {
  await runTests({
    version: process.env.VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out/test/extension-host/index'),
    launchArgs: [fixtures, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { CLAUDE_CONFIG_DIR: path.join(fixtures, 'claude'), EUG_TEST_FIXTURES: fixtures },
  });
} catch (error) {
  console.error(`desktop VS Code tests failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(fixtures, { recursive: true, force: true });
}
