import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/runCli';
import { CLI_COMMANDS } from '../../src/cli/commands';
import type { CliIo } from '../../src/cli/cliCommand';
import { explanationSchema } from '../../src/core/explanation';

function io(args: string[], stdin = ''): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    args, out, err,
    stdin: Readable.from([stdin]),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env: {},
    now: () => new Date('2026-04-10T12:00:00Z'),
  };
}

test('explain TEXT prints the explanation for a terminal', async () => {
  const x = io(['explain', 'Third-party apps now draw from your extra usage, not your plan limits.', "We've added a $20 credit to get you started."]);
  assert.equal(await runCli(CLI_COMMANDS, '1', x), 0);
  const out = x.out.join('');
  assert.match(out, /\$20 starter credit/);
  assert.match(out, /Waiting: +will not help/);
  assert.match(out, /https:\/\/claude\.ai\/settings\/usage/);
  assert.match(out, /kind extra-usage/);
});

test('explain reads stdin when no TEXT is given', async () => {
  const x = io(['explain'], "  ⎿  You've hit your limit · resets 12pm (America/Los_Angeles)\n");
  assert.equal(await runCli(CLI_COMMANDS, '1', x), 0);
  assert.match(x.out.join(''), /Waiting: +helps; it clears at 2026-04-10 19:00 UTC/);
});

test('explain --json prints the explanation as JSON with the rejection', async () => {
  const x = io(['explain', '--json', 'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}']);
  assert.equal(await runCli(CLI_COMMANDS, '1', x), 0);
  const parsed = JSON.parse(x.out.join('')) as Record<string, unknown>;
  assert.ok(explanationSchema.safeParse(parsed).success);
  assert.equal(parsed.pool, 'none');
  assert.equal(parsed.waitingHelps, true);
  assert.equal((parsed.rejection as { httpStatus: number }).httpStatus, 529);
});

test('explain exits 1 with a clear message for text that is no rejection', async () => {
  const x = io(['explain', 'error: failed to push some refs']);
  assert.equal(await runCli(CLI_COMMANDS, '1', x), 1);
  assert.match(x.err.join(''), /does not look like a rejection/);
  assert.equal(x.out.length, 0);
});

test('explain rejects an unknown flag with exit 2', async () => {
  const x = io(['explain', '--yaml', 'x']);
  assert.equal(await runCli(CLI_COMMANDS, '1', x), 2);
  assert.match(x.err.join(''), /unknown option '--yaml'/);
});
