#!/usr/bin/env node
// `npm start`: builds and packages the extension, installs code-server (first run only), installs the
// .vsix into a persistent profile under .vscode-test/start and serves a real VS Code on 127.0.0.1 with a
// demo workspace and demo Claude Code transcripts. Prints the URL; Ctrl+C stops it.
//   EUG_REAL_DATA=1 npm start   watches your own ~/.claude instead of the demo transcripts.
//   PORT=8080 npm start         fixed port (default: a free one).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, csInstallDir, freePort } from './lib.mjs';

const sh = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
sh('npm', ['run', '--silent', 'package']);
sh(process.execPath, [path.join(ROOT, 'test/harness/setupCodeServer.mjs')]);
const { entry, node } = JSON.parse(fs.readFileSync(path.join(csInstallDir(), 'setup.json'), 'utf8'));

const base = path.join(ROOT, '.vscode-test/start');
const userDataDir = path.join(base, 'user-data');
const extensionsDir = path.join(base, 'extensions');
const workspace = path.join(base, 'demo-workspace');
const claudeDir = path.join(base, 'demo-claude');
fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
fs.mkdirSync(workspace, { recursive: true });
fs.cpSync(path.join(ROOT, 'test/fixtures/demo-workspace'), workspace, { recursive: true });
fs.cpSync(path.join(ROOT, 'test/fixtures/demo-claude'), claudeDir, { recursive: true, force: false, errorOnExist: false });
const settingsFile = path.join(userDataDir, 'User/settings.json');
if (!fs.existsSync(settingsFile)) {
  fs.writeFileSync(settingsFile, JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'git.openRepositoryInParentFolders': 'never' }, null, 2));
}
const cs = (args, opts = {}) => [entry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...args];
execFileSync(node, cs(['--force', '--install-extension', path.join(ROOT, 'dist-vsix/extra-usage-guard.vsix')]), { stdio: 'inherit' });

const port = Number(process.env.PORT) || (await freePort());
const env = { ...process.env, ...(process.env.EUG_REAL_DATA ? {} : { CLAUDE_CONFIG_DIR: claudeDir }) };
const child = spawn(node, cs(['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
  '--disable-update-check', '--disable-workspace-trust', workspace]), { stdio: ['ignore', 'ignore', 'inherit'], env });
console.log(`\nExtra Usage Guard is running in VS Code at  http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
console.log(process.env.EUG_REAL_DATA ? 'Watching your own Claude Code transcripts.' : `Demo transcripts: ${claudeDir}`);
console.log('Press Ctrl+C to stop.');
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { child.kill('SIGTERM'); process.exit(0); });
child.on('exit', (code) => process.exit(code ?? 0));
