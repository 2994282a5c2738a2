import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/runCli';
import { CLI_COMMANDS } from '../../src/cli/commands';
import type { CliIo } from '../../src/cli/cliCommand';

const NOW = new Date('2026-04-10T12:00:00Z');
const EXTRA = 'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Third-party apps now draw from your extra usage, not your plan limits. We\'ve added a $20 credit to get you started. Claim it at claude.ai/settings/usage and keep going."},"request_id":"req_011CZqpMLV2mFDafSPRNAc8Y"}';

function io(args: string[], stdin: string | string[]): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    args, out, err,
    stdin: Readable.from(typeof stdin === 'string' ? [stdin] : stdin),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env: {},
    now: () => NOW,
  };
}

const lines = (text: string) => text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

test('classify writes one JSON line per input line, with nulls for what is unknown', async () => {
  const input = [EXTRA, "You've hit your limit · resets 12pm (America/Los_Angeles)", 'git push rejected'].map((text) => JSON.stringify({ text })).join('\n');
  const x = io(['classify'], `${input}\n`);
  assert.equal(await runCli(CLI_COMMANDS, '1', x), 0);
  const out = lines(x.out.join(''));
  assert.deepEqual(out, [
    { kind: 'extra-usage', creditOfferUsd: 20, orgAdmin: false, httpStatus: 400, requestId: 'req_011CZqpMLV2mFDafSPRNAc8Y', resetsAt: null },
    { kind: 'plan-limit', creditOfferUsd: null, orgAdmin: false, httpStatus: null, requestId: null, resetsAt: '2026-04-10T19:00:00.000Z' },
    { kind: null, creditOfferUsd: null, orgAdmin: false, httpStatus: null, requestId: null, resetsAt: null },
  ]);
  assert.equal(x.err.join(''), '');
});

test('classify keeps going past malformed lines, marks each, and counts them on stderr', async () => {
  const x = io(['classify'], ['{"text":"Credit balance is too low"}\r\nnot json\n', '{"txt":1}\n\n{"text":', '"Overloaded API Error: 529"}\n']);
  assert.equal(await runCli(CLI_COMMANDS, '1', x), 0);
  const out = lines(x.out.join(''));
  assert.equal(out.length, 5);
  assert.deepEqual(out.map((o) => o.kind), ['api-credit', null, null, null, 'overloaded']);
  assert.deepEqual(out.map((o) => typeof o.error), ['undefined', 'string', 'string', 'string', 'undefined']);
  assert.match(x.err.join(''), /3 malformed input lines/);
});

test('classify streams: the first answer is written before stdin ends', async () => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  async function* slow() {
    yield `${JSON.stringify({ text: EXTRA })}\n`;
    await gate;
    yield `${JSON.stringify({ text: 'hello' })}\n`;
  }
  const x = io(['classify'], []);
  const run = runCli(CLI_COMMANDS, '1', { ...x, stdin: Readable.from(slow()) });
  for (let i = 0; i < 50 && x.out.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
  assert.equal(x.out.length, 1, 'first line answered while stdin is still open');
  release();
  assert.equal(await run, 0);
  assert.equal(x.out.length, 2);
});

test('classify rejects unknown flags with a usage error (exit 2)', async () => {
  const x = io(['classify', '--fast'], '');
  assert.equal(await runCli(CLI_COMMANDS, '1', x), 2);
  assert.match(x.err.join(''), /unknown option '--fast'/);
});

const CLI = path.resolve('dist/cli.js');
// dist/cli.js is built by `node esbuild.mjs` (npm test and test:unit build first); skipped when it is missing.
test('the built CLI classifies stdin line by line', { skip: !fs.existsSync(CLI) && 'dist/cli.js missing: run node esbuild.mjs' }, async () => {
  const child = spawn(process.execPath, [CLI, 'classify'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  child.stdin.end(`${JSON.stringify({ text: EXTRA })}\n{oops\n${JSON.stringify({ text: 'npm ERR! 429 Too Many Requests' })}\n`);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0);
  const out = lines(stdout);
  assert.deepEqual(out.map((o) => o.kind), ['extra-usage', null, null]);
  assert.equal(out[0]?.creditOfferUsd, 20);
  assert.match(stderr, /1 malformed input line\b/);
});
