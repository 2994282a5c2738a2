#!/usr/bin/env node
// Publishes the packaged extension to one registry: packages first (`npm run package`), audits the .vsix,
// then hands it to the registry's own client, which reads its token from the environment.
//   VSCE_PAT=… npm run publish:vsce     Visual Studio Marketplace (@vscode/vsce)
//   OVSX_PAT=… npm run publish:ovsx     Open VSX (ovsx; the namespace must exist: `ovsx create-namespace`)
//   node scripts/publish.mjs <vsce|ovsx> --dry-run   everything but the upload, no token needed
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VSIX = 'dist-vsix/extra-usage-guard.vsix';
const TARGETS = {
  vsce: { registry: 'the Visual Studio Marketplace', bin: 'vsce', token: 'VSCE_PAT', args: ['publish', '--packagePath', VSIX] },
  ovsx: { registry: 'Open VSX', bin: 'ovsx', token: 'OVSX_PAT', args: ['publish', VSIX] },
};

const [name] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const isDryRun = process.argv.includes('--dry-run');
const target = TARGETS[name];
if (!target) fail(`usage: node scripts/publish.mjs <${Object.keys(TARGETS).join('|')}> [--dry-run]`);
const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${target.bin}.cmd` : target.bin);
if (!fs.existsSync(bin)) fail(`${target.bin} is not installed (${path.relative(ROOT, bin)} is missing): run \`npm ci\` first.`);
if (!isDryRun && !process.env[target.token]?.trim()) {
  fail(`${target.token} is not set: export a personal access token for ${target.registry} in ${target.token} and run this again.`);
}

run(process.execPath, [npmCli(), 'run', 'package']);
run(process.execPath, ['test/harness/auditPackage.mjs', VSIX]);
if (isDryRun) {
  console.log(`publish: dry run, ${VSIX} is ready; not uploaded to ${target.registry}.`);
} else {
  // The client reads the token from the environment itself, so it never appears on a command line.
  run(bin, target.args, process.platform === 'win32');
  console.log(`publish: ${VSIX} uploaded to ${target.registry}.`);
}

/** npm's own CLI script: the one running this script when started by `npm run`, else the npm beside node. */
function npmCli() {
  const beside = path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');
  const cli = process.env.npm_execpath || beside;
  if (!fs.existsSync(cli)) fail('npm was not found: run this through `npm run publish:vsce` or `npm run publish:ovsx`.');
  return cli;
}

function run(command, args, shell = false) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell });
  if (result.status !== 0) fail(`${path.basename(command)} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
}

function fail(message) {
  console.error(`publish: ${message}`);
  process.exit(1);
}
