// State that survives: a killed extension host resumes from its saved read positions without counting spend
// twice or announcing an old rejection again; two windows open at once show one toast between them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { filesContaining, rejectionRecord, screenshot, setBalance, statusItem, toast, transcriptFile, usageRecord } from './ui.mjs';

const TEXT = 'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"You\'re out of extra usage. Add more at claude.ai/settings/usage and keep going."},"request_id":"REQ"}';

const rejection = (requestId) => rejectionRecord(TEXT.replace('REQ', requestId), requestId);
// Sonnet 4.5 at $3 per million input tokens: 100k tokens cost $0.30.
const usage = (i) => usageRecord(`state_${i}`);

const transcript = (fixtures) => transcriptFile(fixtures, '-work-state');

/** Process ids of the running extension hosts of this code-server (one per open window). */
function extensionHosts(server) {
  const lines = execFileSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' }).split('\n');
  return lines
    .map((l) => l.trim().split(/\s+/))
    .filter(([, pgid, ...args]) => Number(pgid) === server.child.pid && args.join(' ').includes('--type=extensionHost'))
    .map(([pid]) => Number(pid));
}

async function waitUntil(predicate, timeoutMs, what) {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The state file the extension saves in its global storage, once it holds `records` requests. */
function savedRecords(userDataDir) {
  const [file] = filesContaining(userDataDir, ['"priceKey"']).filter((f) => f.endsWith('scan-state.json'));
  return file ? JSON.parse(fs.readFileSync(file, 'utf8')).ledger.counts.records : -1;
}

export const scenarios = [
  {
    name: 'a killed extension host resumes from saved read positions: spend not counted twice, no toast again',
    settings: { 'extraUsageGuard.credit.countedSources': { 'claude-code': true } },
    before: ({ fixtures }) => fs.writeFileSync(transcript(fixtures), ''),
    async run({ page, server, fixtures, userDataDir }) {
      await statusItem(page, 'Set balance').waitFor({ state: 'visible', timeout: 60000 });
      await setBalance(page, '20', '$20.00');
      fs.appendFileSync(transcript(fixtures), Array.from({ length: 10 }, (_, i) => usage(i)).join('\n') + '\n');
      await statusItem(page, '$17.00').waitFor({ state: 'visible', timeout: 10000 });
      fs.appendFileSync(transcript(fixtures), rejection('req_state_kill') + '\n');
      await toast(page, 'extra usage').waitFor({ state: 'visible', timeout: 15000 });
      await page.keyboard.press('Escape');
      // The read positions are saved a moment after the reader settles.
      await waitUntil(() => savedRecords(userDataDir) === 10, 15000, 'the saved state');

      const hosts = extensionHosts(server);
      assert.equal(hosts.length, 1, `extension hosts: ${hosts}`);
      process.kill(hosts[0], 'SIGKILL');
      await waitUntil(() => !extensionHosts(server).includes(hosts[0]), 10000, 'the extension host to die');
      await page.reload();
      await statusItem(page, 'Extra usage').waitFor({ state: 'visible', timeout: 60000 });
      await waitUntil(() => filesContaining(userDataDir, ['Resuming from read positions']).length > 0, 20000, 'the resume log line');
      // The bytes after the saved positions are nothing new; spend stays $3.00 and the old rejection stays quiet.
      await page.waitForTimeout(3000);
      assert.equal(await page.locator('.notification-toast', { hasText: 'extra usage' }).count(), 0, 'no toast after the restart');
      fs.appendFileSync(transcript(fixtures), usage(10) + '\n');
      const item = statusItem(page, 'Extra usage');
      await waitUntil(async () => /\$3\.30/.test(await hoverText(page, item)), 20000, 'spend of $3.30 in the tooltip');
      await screenshot(page, 'state-after-kill');
    },
  },
  {
    name: 'two windows open at once: one rejection gives one toast between them, and both show it in the status bar',
    before: ({ fixtures }) => fs.writeFileSync(transcript(fixtures), ''),
    async run({ page, server, workspace, fixtures }) {
      const second = await page.context().newPage();
      const otherFolder = path.join(workspace, 'other');
      fs.mkdirSync(otherFolder);
      await second.goto(`${server.url}?folder=${encodeURIComponent(otherFolder)}`);
      for (const p of [page, second]) await statusItem(p, 'Set balance').waitFor({ state: 'visible', timeout: 60000 });
      await waitUntil(() => extensionHosts(server).length === 2, 20000, 'two extension hosts');
      // Both windows read the same transcript and see the line within the same fraction of a second.
      fs.appendFileSync(transcript(fixtures), rejection('req_state_two_windows') + '\n');
      const toasts = () => Promise.all([page, second].map((p) => p.locator('.notification-toast', { hasText: 'extra usage' }).count()));
      await waitUntil(async () => (await toasts()).some((n) => n > 0), 20000, 'a toast in either window');
      for (const p of [page, second]) await statusItem(p, 'Extra usage empty').waitFor({ state: 'visible', timeout: 10000 });
      await page.waitForTimeout(4000);
      const counts = await toasts();
      assert.equal(counts[0] + counts[1], 1, `toasts per window: ${counts}`);
      await screenshot(counts[0] ? page : second, 'state-two-windows-toast');
      await screenshot(counts[0] ? second : page, 'state-two-windows-quiet');
      await second.close();
    },
  },
];

/** The tooltip text of a status bar item, as a person hovering it reads it. */
async function hoverText(page, item) {
  await page.mouse.move(0, 0);
  await item.hover();
  const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'Spent since' }).first();
  await hover.waitFor({ state: 'visible', timeout: 5000 }).catch(() => {});
  return (await hover.count()) > 0 ? hover.innerText() : '';
}
