// A real extra-usage rejection lands in a Claude Code transcript while the editor runs: the person sees
// the notification, explains it, and claims the credit, as they would.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { rejectionRecord, screenshot, setBalance, statusItem, toast, transcriptFile, usageRecord, webview } from './ui.mjs';

const TEXT =
  'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Third-party apps now draw from your extra usage, not your plan limits. We\'ve added a $20 credit to get you started. Claim it at claude.ai/settings/usage and keep going."},"request_id":"req_011CZqpMLV2mFDafSPRNAc8Y"}';

const record = (requestId) => rejectionRecord(TEXT.replace('req_011CZqpMLV2mFDafSPRNAc8Y', requestId), requestId);

const transcript = (fixtures) => transcriptFile(fixtures);

/** Waits for the workbench, then appends the rejection once the first scan is over. */
async function appendRejection(page, fixtures, requestId) {
  await statusItem(page, 'Set balance').waitFor({ state: 'visible', timeout: 60000 });
  fs.appendFileSync(transcript(fixtures), record(requestId) + '\n');
  const note = toast(page, 'extra usage');
  await note.waitFor({ state: 'visible', timeout: 15000 });
  return note;
}

export const scenarios = [
  {
    name: 'a transcript rejection notifies with its fixes, and Explain says which pool and that waiting will not help',
    before: ({ fixtures }) => fs.writeFileSync(transcript(fixtures), ''),
    async run({ page, fixtures }) {
      const note = await appendRejection(page, fixtures, 'req_e2e_explain');
      const buttons = await note.locator('.monaco-button').allTextContents();
      for (const label of ['Claim Credit', 'Use API Key', 'Explain']) assert.ok(buttons.includes(label), `buttons: ${buttons}`);
      await statusItem(page, 'Extra usage empty').waitFor({ state: 'visible', timeout: 5000 });
      await screenshot(page, 'rejection-notification');
      await note.locator('.monaco-button', { hasText: 'Explain' }).click();
      const frame = webview(page);
      await frame.getByText(/extra usage/i).first().waitFor({ timeout: 20000 });
      const body = await frame.locator('body').innerText();
      assert.match(body, /Extra usage/);
      assert.match(body, /[Ww]aiting (will not|won't|does not|doesn't)/);
      assert.match(body, /req_e2e_explain/);
      await screenshot(page, 'rejection-explained');
    },
  },
  {
    name: 'Claim Credit asks the editor to open the usage settings page',
    before: ({ fixtures }) => fs.writeFileSync(transcript(fixtures), ''),
    async run({ page, fixtures }) {
      const note = await appendRejection(page, fixtures, 'req_e2e_claim');
      // The page never leaves the machine: the browser answers claude.ai itself.
      const asked = [];
      await page.context().route(/^https:\/\/claude\.ai\//, (route) => {
        asked.push(route.request().url());
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>usage settings (test)</title>' });
      });
      const popup = page.context().waitForEvent('page', { timeout: 20000 });
      await note.locator('.monaco-button', { hasText: 'Claim Credit' }).click();
      // VS Code asks before opening an external site; a person clicks Open.
      const confirm = page.locator('.monaco-dialog-box .monaco-button', { hasText: /^Open$/ });
      await confirm.waitFor({ timeout: 10000 }).then(() => confirm.click(), () => {});
      const opened = await popup;
      await opened.waitForURL(/claude\.ai\/settings\/usage/, { timeout: 10000, waitUntil: 'commit' });
      assert.match(opened.url(), /^https:\/\/claude\.ai\/settings\/usage/);
      assert.ok(asked.some((u) => u.startsWith('https://claude.ai/settings/usage')), `requests: ${asked}`);
      await opened.close().catch(() => {});
      await webview(page).getByRole('tab', { name: 'Claim credit' }).waitFor({ timeout: 20000 });
      await screenshot(page, 'rejection-claim');
    },
  },
];

scenarios.push({
  name: 'a confirmed balance minus spend appended to a transcript: the status bar text and tooltip follow',
  settings: { 'extraUsageGuard.credit.countedSources': { 'claude-code': true } },
  before: ({ fixtures }) => fs.writeFileSync(transcript(fixtures), ''),
  async run({ page, fixtures }) {
    await statusItem(page, 'Set balance').waitFor({ state: 'visible', timeout: 60000 });
    await setBalance(page, '20', '$20.00');
    // Ten Sonnet 4.5 requests of 100k input tokens at $3 per million: $3.00 spent, ~$17.00 left.
    fs.appendFileSync(transcript(fixtures), Array.from({ length: 10 }, (_, i) => usageRecord(`use_${i}`)).join('\n') + '\n');
    const item = statusItem(page, '$17.00');
    await item.waitFor({ state: 'visible', timeout: 10000 });
    await item.hover();
    const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'Spent since' }).first();
    await hover.waitFor({ state: 'visible', timeout: 10000 });
    const tooltip = await hover.innerText();
    assert.match(tooltip, /Confirmed balance: \$20\.00/);
    assert.match(tooltip, /Spent since: ~\$3\.00/);
    assert.match(tooltip, /Claude Code/);
    await screenshot(page, 'credit-status-tooltip');
  },
});
