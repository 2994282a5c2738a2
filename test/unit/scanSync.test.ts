import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { RejectionEvent } from '../../src/core/rejection';
import type { UsageEvent } from '../../src/core/usageEvent';
import { listTranscriptFiles } from '../../src/sources/listTranscriptFiles';
import { listTranscriptFilesSync } from '../../src/sources/listTranscriptFilesSync';
import { listClaudeCodeTranscripts, listClaudeCodeTranscriptsSync, scanClaudeCodeListing, scanClaudeCodeListingSync } from '../../src/sources/scanUsage';
import type { ScanStats } from '../../src/sources/scanStats';
import { runCli } from '../../src/cli/runCli';
import { CLI_COMMANDS } from '../../src/cli/commands';
import { localDateIn } from '../../src/core/localDateIn';
import { BUNDLED_PRICE_TABLE } from '../../src/core/priceTable';
import { createUsageLedger } from '../../src/core/usageLedger';
import { cliIo } from '../fixtures/sources/cliUsageTree';
import { makeHostileTree } from '../hostile/makeHostileTree';
import { FIXTURES, fakeClassifier, tempDir, withoutReadHints } from '../fixtures/sources/testKit';
import { assistant, toolResult, variantTree } from '../fixtures/sources/variantTree';

const CLAUDE = path.join(FIXTURES, 'claude');

const byKey = (a: UsageEvent, b: UsageEvent): number => (`${a.at}${a.dedupKey}` < `${b.at}${b.dedupKey}` ? -1 : 1);
const counts = (s: ScanStats) => ({
  files: s.files, bytes: s.bytes, lines: s.lines, usageEvents: s.usageEvents, duplicates: s.duplicates,
  malformedLines: s.malformedLines, oversizeLines: s.oversizeLines, rejections: s.rejections, unreadable: s.unreadable,
});

async function bothScans(dir: string, withRejections: boolean) {
  const asyncUsage: UsageEvent[] = [];
  const asyncRejections: RejectionEvent[] = [];
  const classify = fakeClassifier().classify;
  const asyncStats = await scanClaudeCodeListing(await listClaudeCodeTranscripts([dir]), [dir], {
    classify, onUsage: (e) => asyncUsage.push(e), ...(withRejections ? { onRejection: (e: RejectionEvent) => asyncRejections.push(e) } : {}),
  });
  const syncUsage: UsageEvent[] = [];
  const syncRejections: RejectionEvent[] = [];
  const syncStats = scanClaudeCodeListingSync(listClaudeCodeTranscriptsSync([dir]), {
    classify, onUsage: (e) => syncUsage.push(withoutReadHints(e)), ...(withRejections ? { onRejection: (e: RejectionEvent) => syncRejections.push(e) } : {}),
  });
  // A listing without stats reads each file to its end, and the JS checks alone (no WebAssembly) give the same
  // events and counts.
  const unstatedUsage: UsageEvent[] = [];
  const unstatedStats = scanClaudeCodeListingSync(listClaudeCodeTranscriptsSync([dir], { stat: false }), {
    classify, onUsage: (e) => unstatedUsage.push(e), useWebAssembly: false,
  });
  assert.deepEqual(unstatedUsage, syncUsage);
  assert.deepEqual(counts(unstatedStats), counts({ ...syncStats, rejections: 0 }));
  return { asyncUsage: asyncUsage.sort(byKey), syncUsage: syncUsage.sort(byKey), asyncStats, syncStats, asyncRejections, syncRejections };
}

test('sync and async scans of transcripts in every layout give the same usage, duplicates and bad lines', async () => {
  const tree = await variantTree();
  try {
    const r = await bothScans(tree.dir, false);
    assert.deepEqual(r.syncUsage, r.asyncUsage);
    assert.deepEqual(counts(r.syncStats), counts({ ...r.asyncStats, rejections: 0 }));
    // What the tree holds, so an equal failure on both sides cannot pass: 15 requests, 4 repeated, and a line
    // cut after its usage, one with a raw tab in a string, one with a bad time (lines cut before "usage" are
    // not even parsed).
    assert.equal(r.syncStats.usageEvents, 15);
    assert.equal(r.syncStats.duplicates, 4);
    assert.equal(r.syncStats.malformedLines, 3);
    const models = new Set(r.syncUsage.map((u) => u.model));
    assert.ok(models.has('modèle-inconnu') && models.has('claude-sonnet-4-5-20250929'));
    assert.ok(r.syncUsage.some((u) => u.dedupKey === 'msg_12:req_ü12'));
    assert.ok(r.syncUsage.some((u) => u.dedupKey === 'msg_16:req_16'), 'a nested "type":"user" does not hide the record');
    assert.ok(r.syncUsage.some((u) => u.dedupKey === 'msg_19:req_19'), 'the usage of a line past the elision threshold counts');
  } finally {
    await tree.cleanup();
  }
});

test('sync and async scans of the fixture tree give the same rejections when they are wanted', async () => {
  const r = await bothScans(CLAUDE, true);
  assert.deepEqual(r.syncUsage, r.asyncUsage);
  assert.deepEqual(r.syncRejections.map((e) => [e.kind, e.at]).sort(), r.asyncRejections.map((e) => [e.kind, e.at]).sort());
  assert.equal(r.syncRejections.length, 2);
  // One fixture ends without a newline: the sync scan counts that last line (see the next test).
  assert.deepEqual(counts(r.syncStats), { ...counts(r.asyncStats), lines: r.asyncStats.lines + 1 });
});

test('the sync scan takes a file as complete: a last line without a newline counts', async () => {
  const temp = await tempDir();
  try {
    const file = path.join(temp.dir, 'projects', 'p', 's.jsonl');
    await fsp.mkdir(path.dirname(file), { recursive: true });
    await fsp.writeFile(file, `${JSON.stringify(assistant(1))}\n${JSON.stringify(assistant(2))}`);
    const r = await bothScans(temp.dir, false);
    assert.deepEqual(r.syncUsage.map((u) => u.dedupKey), ['msg_1:req_1', 'msg_2:req_2']);
    assert.deepEqual(r.asyncUsage.map((u) => u.dedupKey), ['msg_1:req_1'], 'the watcher waits for the rest of the line');
  } finally {
    await temp.cleanup();
  }
});

test('the sync listing finds what the async one finds: nested files, symlinks followed once, loops and FIFOs skipped', async () => {
  const temp = await tempDir();
  try {
    const root = path.join(temp.dir, 'projects');
    await fsp.mkdir(path.join(root, 'a', 's', 'subagents'), { recursive: true });
    await fsp.mkdir(path.join(temp.dir, 'elsewhere'), { recursive: true });
    await fsp.writeFile(path.join(root, 'a', 's.jsonl'), '{}\n');
    await fsp.writeFile(path.join(root, 'a', 's', 'subagents', 'agent-1.jsonl'), '{}\n');
    await fsp.writeFile(path.join(root, 'a', 'notes.txt'), 'x');
    await fsp.writeFile(path.join(temp.dir, 'elsewhere', 'linked.jsonl'), '{}\n');
    await fsp.symlink(path.join(temp.dir, 'elsewhere'), path.join(root, 'link'));
    await fsp.symlink(root, path.join(root, 'a', 'loop'));
    await fsp.symlink(path.join(temp.dir, 'missing.jsonl'), path.join(root, 'dangling.jsonl'));
    if (process.platform !== 'win32') execFileSync('mkfifo', [path.join(root, 'a', 'pipe.jsonl')]);
    const async = await listTranscriptFiles(root);
    const sync = listTranscriptFilesSync(root);
    assert.deepEqual(sync.files, async.files);
    assert.deepEqual([...sync.directories].sort(), [...async.directories].sort());
    assert.deepEqual(sync.skipped, async.skipped);
    assert.deepEqual(sync.files.map((f) => f.location), [path.join('a', 's.jsonl'), path.join('a', 's', 'subagents', 'agent-1.jsonl'), path.join('link', 'linked.jsonl')]);
    assert.equal(sync.skipped.length, 1);
    // Without stats: the same files and skips, sizes unknown (each is read to its end).
    const unstated = listTranscriptFilesSync(root, { stat: false });
    assert.deepEqual(unstated.files.map((f) => f.path), sync.files.map((f) => f.path));
    assert.deepEqual(unstated.skipped, sync.skipped);
    assert.deepEqual(unstated.files.map((f) => f.size), [Infinity, Infinity, Infinity]);
    assert.ok(Number.isNaN(unstated.files[0]?.mtimeMs));
  } finally {
    await temp.cleanup();
  }
});

test('usage --json over the variant tree gives the days of a ledger fed by the async scan', async () => {
  const tree = await variantTree(11);
  try {
    for (const zone of ['America/New_York', 'Asia/Tokyo']) {
      const ledger = createUsageLedger({ table: BUNDLED_PRICE_TABLE, localDate: localDateIn(zone) });
      const stats = await scanClaudeCodeListing(await listClaudeCodeTranscripts([tree.dir]), [tree.dir], { classify: () => undefined, onUsage: (e) => void ledger.add(e) });
      const io = cliIo(['usage', '--json', '--timezone', zone], { CLAUDE_CONFIG_DIR: tree.dir });
      assert.equal(await runCli(CLI_COMMANDS, '1', io), 0);
      const report = JSON.parse(io.text()) as { byDay: { date: string; inputTokens: number; cacheReadTokens: number }[]; duplicatesSkipped: number };
      const expected = ledger.totalsByDay().map((d) => [d.date, d.totals.inputTokens, d.totals.cacheReadTokens]);
      assert.deepEqual(report.byDay.map((d) => [d.date, d.inputTokens, d.cacheReadTokens]), expected, zone);
      assert.equal(report.duplicatesSkipped, stats.duplicates);
      assert.ok(expected.length >= 2);
    }
  } finally {
    await tree.cleanup();
  }
});

test('sync and async scans of a hostile tree (huge and junk lines, FIFO, loops, unreadable entries) agree', { timeout: 120_000 }, async () => {
  const tree = await makeHostileTree({ bigFileBytes: 8 * 1024 * 1024, smallFiles: 300, filesPerFolder: 100, chaosFileBytes: 1024 * 1024 });
  try {
    const r = await bothScans(tree.configDir, true);
    assert.deepEqual(r.syncUsage, r.asyncUsage);
    assert.deepEqual(r.syncRejections.map((e) => [e.kind, e.at, e.requestId]).sort(), r.asyncRejections.map((e) => [e.kind, e.at, e.requestId]).sort());
    const sortedUnreadable = (s: ScanStats) => [...s.unreadable].sort((a, b) => (a.path < b.path ? -1 : 1));
    assert.deepEqual({ ...counts(r.syncStats), lines: 0, unreadable: sortedUnreadable(r.syncStats) }, { ...counts(r.asyncStats), lines: 0, unreadable: sortedUnreadable(r.asyncStats) });
    assert.ok(r.syncUsage.some((u) => u.dedupKey === tree.huge.key), 'the usage of the huge record is counted');
  } finally {
    await tree.cleanup();
  }
});

test('the bulk scan in the WebAssembly module gives the line-by-line answers: every kind of line, across chunks, past its table', async () => {
  const temp = await tempDir();
  try {
    // Lines of every kind the bulk scan settles or leaves to the reader, in runs long enough to fill its table of
    // 512 requests and to cross 1 MiB reads: plain requests (some repeated, some `<synthetic>`), user records,
    // lines without a needle, requests it leaves to the reader (a cost of another type, an offset time, an escaped
    // key, a null model), malformed lines, blank lines, CRLF, a byte-order mark, a line past the size cap; model
    // names past the module's table of 16 names and its 64 bytes a name, pairs alike but for their last byte or for
    // one byte early in their first block.
    const models = [40, 50, 60].flatMap((length) => ['x', 'y'].map((mark) => `${'m'.repeat(10)}${mark}${'m'.repeat(length - 11)}`))
      .concat([3, 15, 16, 17, 32, 33, 47, 48, 63, 64, 65, 90].flatMap((length) => ['a', 'b'].map((last) => `${'m'.repeat(length - 1)}${last}`)));
    let seed = 11;
    const random = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const kinds: ((n: number) => string)[] = [
      (n) => JSON.stringify(assistant(n)),
      (n) => JSON.stringify(assistant(n - 1)),
      (n) => JSON.stringify(assistant(n, '<synthetic>')),
      (n) => JSON.stringify(assistant(n, models[n % models.length])),
      (n) => JSON.stringify(assistant(n, 'claude-opus-4-5', { costUSD: 0.25 })),
      (n) => JSON.stringify(toolResult(n, 1 + Math.floor(random() * 3000))),
      (n) => JSON.stringify({ type: 'summary', summary: `s${n}`, leafUuid: `l${n}` }),
      (n) => JSON.stringify(assistant(n, 'claude-haiku-4-5', { costUSD: '0.25' })),
      (n) => JSON.stringify(assistant(n)).replace(/"timestamp":"([^"]+)Z"/, '"timestamp":"$1+00:00"'),
      (n) => JSON.stringify(assistant(n)).replace('"model"', '"mod\\u0065l"'),
      (n) => JSON.stringify(assistant(n, null as unknown as string)),
      (n) => JSON.stringify(assistant(n)).slice(0, 200 + (n % 400)),
      () => '',
      (n) => `${JSON.stringify(assistant(n))}\r`,
      (n) => `\ufeff${JSON.stringify(assistant(n))}`,
      (n) => `  ${JSON.stringify(assistant(n, 'claude-sonnet-4-5', { pad: 'p'.repeat(n % 3 === 0 ? 9000 : 10) }))} `,
      // Longer than the module's head window, where it reads a record before it has found the line's end: spaces and
      // a CR before the newline, junk after the record, a record cut by a newline (each half a bad line, never one
      // record), cut short, not plain, not a record, a summary without a needle, a byte-order mark.
      (n) => `${JSON.stringify(assistant(n, 'claude-sonnet-4-5', { pad: 'p'.repeat(1500) }))} \t\r`,
      (n) => `${JSON.stringify(assistant(n, 'claude-sonnet-4-5', { pad: 'p'.repeat(1500) }))} x`,
      (n) => JSON.stringify(assistant(n, 'claude-sonnet-4-5', { pad: 'p'.repeat(1500), z: 1 })).replace('"z":1', '"z":\n1'),
      (n) => JSON.stringify(assistant(n, 'claude-sonnet-4-5', { pad: 'p'.repeat(1500), z: 1 })).replace('"pad":', '"pad":\n'),
      (n) => JSON.stringify(assistant(n, 'claude-sonnet-4-5', { pad: 'p'.repeat(1500) })).slice(0, 1100 + (n % 900)),
      (n) => JSON.stringify(assistant(n, 'claude-haiku-4-5', { costUSD: '0.25', pad: 'p'.repeat(1500) })),
      (n) => JSON.stringify([n, 'usage', 'q'.repeat(1500)]),
      (n) => JSON.stringify({ type: 'summary', summary: 's'.repeat(1500 + n % 100), leafUuid: `l${n}` }),
      (n) => `\ufeff${JSON.stringify(assistant(n, 'claude-sonnet-4-5', { pad: 'p'.repeat(1500) }))}`,
      // User records told apart at their type key as the head test tells them: the key near the end of the 1 KB
      // window (before, across and after it), spaced, written twice, after the message, after a bad escape.
      (n) => JSON.stringify({ parentUuid: null, cwd: `/${'c'.repeat(980 + (n % 64))}`, type: 'user', message: { role: 'user', usage: 1 } }),
      (n) => JSON.stringify({ parentUuid: null, cwd: `/${'c'.repeat(980 + (n % 64))}`, type: 'user', message: { role: 'user', usage: 1 } }).slice(0, -3),
      (n) => JSON.stringify({ message: { role: 'user', usage: 1 }, type: 'user', pad: 'p'.repeat(n % 1500) }).slice(0, -3),
      (n) => JSON.stringify(toolResult(n, 50 + (n % 2000))).replace('"type":"user"', '"type" :\t"user"'),
      (n) => JSON.stringify(toolResult(n, 200)).replace('"type":"user"', '"type":"user","type":"assistant"'),
      (n) => JSON.stringify(assistant(n)).replace('"type":"assistant"', '"type":"user","type":"assistant"'),
      (n) => JSON.stringify({ message: { role: 'user', usage: 1 }, type: 'user', pad: 'p'.repeat(n % 1500) }),
      (n) => JSON.stringify(toolResult(n, 100 + (n % 1500))).replace('"parentUuid":null', '"parentUuid":"\\q\\"'),
      (n) => JSON.stringify(toolResult(n, 100 + (n % 1500))).replace('"parentUuid":null', '"parentUuid":"\\q"'),
      // Past the cap even once its long strings are cut: given up, not read.
      (n) => JSON.stringify(assistant(n, 'claude-sonnet-4-5', Object.fromEntries(Array.from({ length: 1200 }, (_, k) => [`k${k}`, k])))),
    ];
    const lines: string[] = [];
    for (let n = 1; lines.length < 15_000; n++) {
      // Long runs of plain requests now and then (over 512 in one read), otherwise a mix.
      if (n % 2000 === 0) for (let k = 0; k < 700; k++) lines.push(JSON.stringify(assistant(100_000 + n + k)));
      lines.push((kinds[Math.floor(random() * kinds.length)] as (n: number) => string)(n));
    }
    const file = path.join(temp.dir, 'projects', 'p', 's.jsonl');
    await fsp.mkdir(path.dirname(file), { recursive: true });
    await fsp.writeFile(file, `${lines.join('\n')}\n`);
    const scan = (useWebAssembly: boolean) => {
      const usage: UsageEvent[] = [];
      const stats = scanClaudeCodeListingSync(listClaudeCodeTranscriptsSync([temp.dir]), {
        classify: fakeClassifier().classify, onUsage: (e) => usage.push(withoutReadHints(e)), useWebAssembly, maxLineBytes: 8192,
      });
      return { usage, stats: counts(stats) };
    };
    const inModule = scan(true);
    const inJs = scan(false);
    assert.deepEqual(inModule.stats, inJs.stats);
    assert.deepEqual(inModule.usage, inJs.usage);
    assert.ok(inModule.stats.bytes > 3 * 1024 * 1024, `only ${inModule.stats.bytes} bytes`);
    assert.ok(inModule.stats.usageEvents > 3000 && inModule.stats.duplicates > 100 && inModule.stats.malformedLines > 100 && inModule.stats.oversizeLines > 100, JSON.stringify(inModule.stats));
    assert.deepEqual(models.filter((model) => !inModule.usage.some((e) => e.model === model)), [], 'every model name was read');
  } finally {
    await temp.cleanup();
  }
});
