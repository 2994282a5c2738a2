import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/runCli';
import type { CliCommand, CliIo } from '../../src/cli/cliCommand';
import { UsageError } from '../../src/cli/cliCommand';

function io(args: string[]): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    args, out, err,
    stdin: Readable.from([]),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env: {},
    now: () => new Date('2026-11-25T12:00:00Z'),
  };
}

const echo: CliCommand = {
  name: 'echo', summary: 'Echo arguments', usage: 'Usage: echo [--upper] WORDS\n',
  async run(x) {
    const bad = x.args.find((a) => a.startsWith('-') && a !== '--upper');
    if (bad) throw new UsageError(`unknown option '${bad}'`);
    const text = x.args.filter((a) => a !== '--upper').join(' ');
    x.stdout(x.args.includes('--upper') ? text.toUpperCase() : text);
    return 0;
  },
};

test('--version prints the version', async () => {
  const x = io(['--version']);
  assert.equal(await runCli([echo], '1.2.3', x), 0);
  assert.equal(x.out.join(''), '1.2.3\n');
});

test('--help lists subcommands with their summaries', async () => {
  const x = io(['--help']);
  assert.equal(await runCli([echo], '1', x), 0);
  assert.match(x.out.join(''), /echo\s+Echo arguments/);
});

test('no arguments prints help and exits 2', async () => {
  const x = io([]);
  assert.equal(await runCli([echo], '1', x), 2);
  assert.match(x.out.join(''), /Usage:/);
});

test('unknown subcommand exits 2 with a clear message on stderr', async () => {
  const x = io(['frobnicate']);
  assert.equal(await runCli([echo], '1', x), 2);
  assert.match(x.err.join(''), /unknown command 'frobnicate'/);
  assert.equal(x.out.length, 0);
});

test('unknown top-level flag exits 2', async () => {
  const x = io(['--frob']);
  assert.equal(await runCli([echo], '1', x), 2);
  assert.match(x.err.join(''), /unknown option '--frob'/);
});

test('dispatches to the subcommand with the remaining arguments', async () => {
  const x = io(['echo', '--upper', 'hi', 'there']);
  assert.equal(await runCli([echo], '1', x), 0);
  assert.equal(x.out.join(''), 'HI THERE');
});

test('a UsageError from a subcommand exits 2 and prints its usage', async () => {
  const x = io(['echo', '--nope']);
  assert.equal(await runCli([echo], '1', x), 2);
  assert.match(x.err.join(''), /unknown option '--nope'/);
  assert.match(x.err.join(''), /Usage: echo/);
});

test('subcommand --help prints its usage', async () => {
  const x = io(['echo', '--help']);
  assert.equal(await runCli([echo], '1', x), 0);
  assert.equal(x.out.join(''), echo.usage);
});

test('an unexpected error exits 1 without a stack trace', async () => {
  const boom: CliCommand = { name: 'boom', summary: '', usage: '', run: async () => { throw new Error('disk on fire'); } };
  const x = io(['boom']);
  assert.equal(await runCli([boom], '1', x), 1);
  assert.match(x.err.join(''), /disk on fire/);
  assert.doesNotMatch(x.err.join(''), /at .*\.js/);
});
