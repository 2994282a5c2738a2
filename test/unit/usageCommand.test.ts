import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { CLI_COMMANDS } from '../../src/cli/commands';
import { FIXTURES } from '../fixtures/sources/testKit';
import { TZ_SESSION, claudeFolder, cliIo } from '../fixtures/sources/cliUsageTree';

interface Row { inputTokens: number; outputTokens: number; cacheCreationTokens: number; cacheReadTokens: number; costUsd: number | null; date?: string; model?: string }
interface Report { totals: Row; byDay: Row[]; byModel: Row[]; bySource: Row[]; records: number; duplicatesSkipped: number; malformedLinesSkipped: number; unpricedModels: (Row & { requests: number })[]; unreadable: unknown[] }

async function usage(args: string[], env: NodeJS.ProcessEnv = {}) {
  const tree = await claudeFolder({ 's-tz.jsonl': TZ_SESSION });
  try {
    const io = cliIo(['usage', ...args], { CLAUDE_CONFIG_DIR: tree.dir, ...env });
    const code = await runCli(CLI_COMMANDS, '1', io);
    const json = args.includes('--json') && code === 0 ? (JSON.parse(io.text()) as Report) : undefined;
    return { code, json, out: io.text(), err: io.err.join('') };
  } finally {
    await tree.cleanup();
  }
}

const days = (r: Report | undefined) => r?.byDay.map((d) => [d.date, d.costUsd, d.inputTokens, d.outputTokens]);

test('usage --json: totals per UTC day priced by hand, the duplicate counted once, the bad line counted', async () => {
  const { code, json } = await usage(['--json']);
  assert.equal(code, 0);
  assert.deepEqual(days(json), [['2026-11-24', 0.051, 1000, 2000], ['2026-11-25', 0.021, 2100, 1200]]);
  assert.deepEqual(json?.totals, { inputTokens: 3100, outputTokens: 3200, cacheCreationTokens: 4000, cacheReadTokens: 10000, costUsd: 0.072 });
  assert.deepEqual(Object.keys(json ?? {}), ['totals', 'byDay', 'byModel', 'bySource', 'records', 'duplicatesSkipped', 'malformedLinesSkipped', 'unpricedModels', 'unreadable']);
  assert.equal(json?.records, 3);
  assert.equal(json?.duplicatesSkipped, 1);
  assert.equal(json?.malformedLinesSkipped, 1);
  assert.deepEqual(json?.bySource, [{ source: 'claude-code', inputTokens: 3100, outputTokens: 3200, cacheCreationTokens: 4000, cacheReadTokens: 10000, costUsd: 0.072 }]);
  assert.deepEqual(json?.unreadable, []);
});

test('a model without a price is listed with its tokens and a null cost, never $0', async () => {
  const { json } = await usage(['--json']);
  assert.deepEqual(json?.unpricedModels, [{ model: 'claude-unknown-9', requests: 1, inputTokens: 100, outputTokens: 200, cacheCreationTokens: 0, cacheReadTokens: 0, costUsd: null }]);
  assert.deepEqual(json?.byModel.map((m) => [m.model, m.costUsd]), [['claude-sonnet-4-5', 0.072], ['claude-unknown-9', null]]);
  const text = (await usage(['--by', 'model'])).out;
  assert.match(text, /claude-unknown-9 .* no price/);
  assert.doesNotMatch(text, /claude-unknown-9 .*\$0\.00/);
  assert.match(text, /no price known: claude-unknown-9 \(1 requests\)/);
});

test('usage text: one row a day, a total row, dollars with 2 decimals, skipped counts', async () => {
  const { code, out } = await usage([]);
  assert.equal(code, 0);
  const lines = out.split('\n');
  assert.match(lines.find((l) => l.startsWith('2026-11-24')) ?? '', /1,000\s+2,000\s+4,000\s+10,000\s+17,000\s+\$0\.05$/);
  assert.match(lines.find((l) => l.startsWith('2026-11-25')) ?? '', /2,100\s+1,200\s+0\s+0\s+3,300\s+\$0\.02\*$/);
  assert.match(lines.find((l) => l.startsWith('Total')) ?? '', /3,100\s+3,200\s+4,000\s+10,000\s+20,300\s+\$0\.07\*$/);
  assert.match(out, /3 requests; skipped 1 duplicates and 1 malformed lines/);
});

test('--since and --until are inclusive local days, in either date form', async () => {
  assert.deepEqual(days((await usage(['--json', '--since', '20261125'])).json), [['2026-11-25', 0.021, 2100, 1200]]);
  assert.deepEqual(days((await usage(['--json', '--until', '2026-11-24'])).json), [['2026-11-24', 0.051, 1000, 2000]]);
  const both = (await usage(['--json', '--since=2026-11-24', '--until=20261124'])).json;
  assert.deepEqual(days(both), [['2026-11-24', 0.051, 1000, 2000]]);
  assert.equal(both?.records, 1);
  assert.equal(both?.totals.costUsd, 0.051);
});

test('days follow the time zone: --timezone, else TZ from the environment', async () => {
  const ny = (await usage(['--json', '--timezone', 'America/New_York'])).json;
  assert.deepEqual(days(ny), [['2026-11-24', 0.072, 3000, 3000], ['2026-11-25', null, 100, 200]]);
  const tokyo = (await usage(['--json'], { TZ: 'Asia/Tokyo' })).json;
  assert.deepEqual(days(tokyo), [['2026-11-25', 0.072, 3100, 3200]]);
  const flagWins = (await usage(['--json', '--timezone', 'UTC'], { TZ: 'Asia/Tokyo' })).json;
  assert.equal(flagWins?.byDay.length, 2);
});

test('bad flags, dates, groupings and zones are usage errors (exit 2)', async () => {
  for (const args of [['--fast'], ['--since', '2026-13-01'], ['--until', '2026-02-30'], ['--since', '26-01-01'], ['--by', 'week'], ['--timezone', 'Mars/Base'], ['--since'], ['extra'], ['--since', '20261125', '--until', '20261124']]) {
    const { code, err } = await usage(args);
    assert.equal(code, 2, args.join(' '));
    assert.match(err, /^extra-usage-guard: .*\n\nUsage: extra-usage-guard usage/, args.join(' '));
  }
});

test('no Claude Code folder: a clear message on stderr and an empty report, exit 0', async () => {
  const io = cliIo(['usage', '--json'], { CLAUDE_CONFIG_DIR: '/nonexistent/eug-claude' });
  assert.equal(await runCli(CLI_COMMANDS, '1', io), 0);
  const json = JSON.parse(io.text()) as Report;
  assert.deepEqual(json.totals, { inputTokens: 0, outputTokens: 0, cacheCreationTokens: 0, cacheReadTokens: 0, costUsd: 0 });
  assert.deepEqual([json.byDay, json.records, json.unpricedModels], [[], 0, []]);
  assert.match(io.err.join(''), /no Claude Code transcripts found; looked in:\n {2}\/nonexistent\/eug-claude: no projects folder/);
  const home = cliIo(['usage'], { HOME: '/nonexistent/eug-home' });
  assert.equal(await runCli(CLI_COMMANDS, '1', home), 0);
  assert.match(home.err.join(''), /eug-home\/\.config\/claude: no projects folder\n {2}\/nonexistent\/eug-home\/\.claude: no projects folder/);
  assert.match(home.text(), /\(no usage in this period\)/);
});

test('CLAUDE_CONFIG_DIR takes a comma list; HOME is used without it', async () => {
  const tree = await claudeFolder({ 's-tz.jsonl': TZ_SESSION });
  try {
    const io = cliIo(['usage', '--json'], { CLAUDE_CONFIG_DIR: `${tree.dir}, ${path.join(FIXTURES, 'claude')}` });
    assert.equal(await runCli(CLI_COMMANDS, '1', io), 0);
    const json = JSON.parse(io.text()) as Report;
    assert.deepEqual([json.records, json.duplicatesSkipped, json.malformedLinesSkipped], [7, 2, 3]);
    assert.deepEqual(json.byDay.map((d) => d.date), ['2026-11-20', '2026-11-21', '2026-11-24', '2026-11-25']);
    const home = path.join(tree.dir, 'home');
    await fsp.mkdir(path.join(home, '.claude'), { recursive: true });
    await fsp.rename(path.join(tree.dir, 'projects'), path.join(home, '.claude', 'projects'));
    const viaHome = cliIo(['usage', '--json'], { HOME: home });
    assert.equal(await runCli(CLI_COMMANDS, '1', viaHome), 0);
    assert.equal((JSON.parse(viaHome.text()) as Report).records, 3);
    assert.equal(viaHome.err.join(''), '');
  } finally {
    await tree.cleanup();
  }
});
