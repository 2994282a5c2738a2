import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../src/cli/runCli';
import { CLI_COMMANDS } from '../../src/cli/commands';
import { TZ_SESSION, claudeFolder, cliIo } from '../fixtures/sources/cliUsageTree';

async function status(args: string[], env: NodeJS.ProcessEnv = {}) {
  const tree = await claudeFolder({ 's-tz.jsonl': TZ_SESSION });
  try {
    const io = cliIo(['status', ...args], { CLAUDE_CONFIG_DIR: tree.dir, ...env });
    const code = await runCli(CLI_COMMANDS, '1', io);
    const json = args.includes('--json') && code === 0 ? (JSON.parse(io.text()) as Record<string, unknown>) : undefined;
    return { code, json, out: io.text(), err: io.err.join('') };
  } finally {
    await tree.cleanup();
  }
}

// Spend after 23:00Z: $0.051 at 23:30 and $0.021 at 00:30 (the unpriced request adds nothing). Each opens a
// session (an hour apart), so 2 + 2 minutes of activity, taken as the 5-minute minimum: $0.072 × 12 = $0.864/h.
test('status --json: balance minus Claude Code spend since, burn rate and hours left', async () => {
  const { code, json } = await status(['--json', '--balance', '$20', '--since', '2026-11-24T23:00Z']);
  assert.equal(code, 0);
  assert.equal(json?.remainingUsd, 19.928);
  assert.equal(json?.spentSinceUsd, 0.072);
  assert.equal(json?.burnRatePerHourUsd, 0.864);
  assert.ok(Math.abs((json?.hoursLeft as number) - 19.928 / 0.864) < 1e-9);
  assert.deepEqual([json?.basis, json?.state, json?.since, json?.countedSources], ['usage', 'normal', '2026-11-24T23:00:00.000Z', ['claude-code']]);
  assert.deepEqual(json?.unpricedModels, ['claude-unknown-9']);
});

test('--since accepts a local wall-clock time (TZ or --timezone) and a plain date', async () => {
  assert.equal((await status(['--json', '--balance', '20', '--since', '2026-11-25T00:00'])).json?.spentSinceUsd, 0.021);
  // 2026-11-24T19:00 in New York is 2026-11-25T00:00Z.
  const ny = await status(['--json', '--balance', '20', '--since', '2026-11-24 19:00', '--timezone', 'America/New_York']);
  assert.equal(ny.json?.spentSinceUsd, 0.021);
  const tokyo = await status(['--json', '--balance', '20', '--since', '2026-11-25'], { TZ: 'Asia/Tokyo' });
  assert.equal(tokyo.json?.since, '2026-11-24T15:00:00.000Z');
  assert.equal(tokyo.json?.spentSinceUsd, 0.072);
});

test('status text: a few honest lines', async () => {
  const { out } = await status(['--balance', '20', '--since', '2026-11-24T23:00Z']);
  assert.match(out, /^Extra usage left: ~\$19\.93\n/);
  assert.match(out, /balance \$20\.00 at 2026-11-24 23:00 UTC, minus \$0\.07 spent since by Claude Code/);
  assert.match(out, /Time left: ~23h of active use at ~\$0\.86\/h/);
  assert.match(out, /no price known\): claude-unknown-9/);
});

test('tools not counted spend nothing; the time left is then unknown, or a range with a profile', async () => {
  const none = await status(['--json', '--balance', '20', '--since', '2026-11-24T23:00Z', '--counted', 'cline']);
  assert.deepEqual([none.json?.remainingUsd, none.json?.spentSinceUsd, none.json?.hoursLeft, none.json?.basis], [20, 0, null, 'none']);
  assert.match((await status(['--balance', '20', '--since', '2026-11-24T23:00Z', '--counted', 'cline'])).out, /Time left: unknown/);
  const profile = await status(['--json', '--balance', '6', '--since', '2026-11-24T23:00Z', '--counted', 'cline,opencode', '--profile', 'single-agent']);
  assert.deepEqual(profile.json?.hoursLeftRange, { low: 2, high: 6 });
  assert.equal(profile.json?.basis, 'profile');
});

test('a balance used up says so', async () => {
  const { json, out } = { ...(await status(['--json', '--balance', '0.05', '--since', '2026-11-24T23:00Z'])), out: (await status(['--balance', '0.05', '--since', '2026-11-24T23:00Z'])).out };
  assert.deepEqual([json?.remainingUsd, json?.state], [0, 'exhausted']);
  assert.match(out, /\(used up\)[\s\S]*Time left: none/);
});

test('missing or bad flags are usage errors (exit 2)', async () => {
  for (const args of [[], ['--balance', '20'], ['--since', '2026-11-25'], ['--balance', 'lots', '--since', '2026-11-25'],
    ['--balance', '20', '--since', 'yesterday'], ['--balance', '20', '--since', '2026-11-25T25:00'], ['--balance', '20', '--since', '2026-11-26'],
    ['--balance', '20', '--since', '2026-11-25', '--counted', 'vim'], ['--balance', '20', '--since', '2026-11-25', '--profile', 'turbo'], ['--verbose']]) {
    const { code, err } = await status(args);
    assert.equal(code, 2, args.join(' '));
    assert.match(err, /Usage: extra-usage-guard status/, args.join(' '));
  }
});
