import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCli } from '../../src/cli/runCli';
import { CLI_COMMANDS } from '../../src/cli/commands';
import { TZ_SESSION, claudeFolder, cliIo } from '../fixtures/sources/cliUsageTree';

const CLAUDE_JSON = JSON.stringify({ session_id: 'abc', transcript_path: '/tmp/x.jsonl', model: { id: 'claude-sonnet-4-5', display_name: 'Sonnet 4.5' }, workspace: { current_dir: '/home/dev' } });
const OLD = new Date('2026-11-20T12:00:00Z');

async function statusline(args: string[], env: NodeJS.ProcessEnv = {}, stdin: Readable = Readable.from([CLAUDE_JSON])) {
  const tree = await claudeFolder({ 's-tz.jsonl': TZ_SESSION });
  try {
    const io = cliIo(['statusline', ...args], { CLAUDE_CONFIG_DIR: tree.dir, ...env }, stdin);
    const code = await runCli(CLI_COMMANDS, '1', io);
    return { code, out: io.text(), err: io.err.join('') };
  } finally {
    await tree.cleanup();
  }
}

test('without a balance: Claude Code spend today, with + when a model has no price', async () => {
  assert.deepEqual(await statusline([]), { code: 0, out: 'extra usage: $0.02+ today\n', err: '' });
  // In Tokyo it is 21:00 on the 25th, and all three requests fall on that day.
  assert.equal((await statusline([], { TZ: 'Asia/Tokyo' })).out, 'extra usage: $0.07+ today\n');
});

test('with a balance from the environment or flags: credit left and time left', async () => {
  const env = { EXTRA_USAGE_BALANCE: '$20', EXTRA_USAGE_SINCE: '2026-11-24T23:00Z' };
  assert.equal((await statusline([], env)).out, '~$19.93 left · ~23h\n');
  assert.equal((await statusline(['--balance', '10', '--since', '2026-11-24T23:00Z'], env)).out, '~$9.93 left · ~11h\n');
  assert.equal((await statusline([], { EXTRA_USAGE_BALANCE: '0.01', EXTRA_USAGE_SINCE: '2026-11-24T23:00Z' })).out, 'extra usage: ~$0.00 left (used up)\n');
});

test('a bad balance or time is named in the line itself', async () => {
  assert.deepEqual(await statusline([], { EXTRA_USAGE_BALANCE: 'lots', EXTRA_USAGE_SINCE: '2026-11-25' }), { code: 0, out: 'extra usage: balance\n', err: '' });
  assert.equal((await statusline([], { EXTRA_USAGE_BALANCE: '20' })).out, 'extra usage: set both EXTRA_USAGE_BALANCE and EXTRA_USAGE_SINCE\n');
  assert.equal((await statusline(['--bogus'])).code, 2);
});

test('files not written today are not read', async () => {
  const tree = await claudeFolder({ 's-tz.jsonl': TZ_SESSION }, OLD);
  try {
    const io = cliIo(['statusline'], { CLAUDE_CONFIG_DIR: tree.dir });
    await runCli(CLI_COMMANDS, '1', io);
    assert.equal(io.text(), 'extra usage: $0.00 today\n');
  } finally {
    await tree.cleanup();
  }
});

test('stdin that never ends is given up on quickly', async () => {
  const open = new PassThrough();
  open.write('{"session_id":');
  const started = Date.now();
  const { out } = await statusline([], {}, open);
  assert.equal(out, 'extra usage: $0.02+ today\n');
  assert.ok(Date.now() - started < 2000);
});

const CLI = path.resolve('dist/cli.js');
test('the built CLI exits promptly while its stdin pipe stays open', { skip: !fs.existsSync(CLI) && 'dist/cli.js missing: run node esbuild.mjs' }, async () => {
  const tree = await claudeFolder({ 's-tz.jsonl': TZ_SESSION });
  try {
    const child = spawn(process.execPath, [CLI, 'statusline'], { env: { ...process.env, CLAUDE_CONFIG_DIR: tree.dir }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stdin.write(CLAUDE_JSON);
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0);
    assert.match(stdout, /^extra usage: \$\d+\.\d\d\+? today\n$/);
    assert.ok(Date.now() - started < 5000);
  } finally {
    await tree.cleanup();
  }
});
