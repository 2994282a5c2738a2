import { runCommand, screenshot, statusItem, webview } from './ui.mjs';

export const scenarios = [
  {
    name: 'status bar item is visible and Explain Rejection runs from the palette',
    async run({ page }) {
      await statusItem(page, 'Set balance').waitFor({ state: 'visible', timeout: 60000 });
      await screenshot(page, 'foundation-status-bar');
      await runCommand(page, 'Extra Usage Guard: Explain Rejection');
      // Nothing seen yet: Explain asks for the error text, as a person would paste it.
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await page.locator('.quick-input-widget', { hasText: 'Paste the error message' }).waitFor({ timeout: 15000 });
      await input.fill("You're out of extra usage · resets 9am (America/Cordoba)");
      await page.keyboard.press('Enter');
      const frame = webview(page);
      await frame.getByText(/extra usage/i).first().waitFor({ timeout: 20000 });
      await screenshot(page, 'foundation-explain');
    },
  },
  {
    name: 'Set Extra Usage Balance… validates the amount and updates the status bar',
    async run({ page }) {
      await statusItem(page, 'Set balance').waitFor({ state: 'visible', timeout: 60000 });
      await runCommand(page, 'Extra Usage Guard: Set Extra Usage Balance…');
      const input = page.locator('.quick-input-widget .quick-input-box input');
      await input.fill('twelve');
      await page.locator('.quick-input-widget', { hasText: 'is not an amount' }).waitFor({ timeout: 10000 });
      await input.fill('$12.50');
      await page.keyboard.press('Enter');
      await statusItem(page, '$12.50').waitFor({ state: 'visible', timeout: 10000 });
      await screenshot(page, 'foundation-balance-set');
    },
  },
];

scenarios.push({
  name: 'first run is calm: Set balance in the status bar, the Getting Started walkthrough once, no toast, no dialog',
  settings: { 'workbench.welcomePage.walkthroughs.openOnInstall': true },
  async run({ page, userDataDir }) {
    const assert = (await import('node:assert/strict')).default;
    await statusItem(page, 'Set balance').waitFor({ state: 'visible', timeout: 60000 });
    const walkthrough = page.locator('.gettingStartedContainer', { hasText: 'Get unstuck with Claude extra usage' }).first();
    await walkthrough.waitFor({ state: 'visible', timeout: 20000 });
    await page.waitForTimeout(2000);
    assert.equal(await page.locator('.notification-toast').count(), 0, 'no notification on first run');
    assert.equal(await page.locator('.monaco-dialog-box').count(), 0, 'no modal dialog on first run');
    await statusItem(page, 'Set balance').hover();
    const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'Watching' }).first();
    await hover.waitFor({ state: 'visible', timeout: 10000 });
    assert.match(await hover.innerText(), /Cursor and Windsurf cannot be observed/);
    await screenshot(page, 'first-run');
    // Once is enough: after a reload the extension does not open it again (the editor may still restore the tab
    // it had open, which is its own session restore, so the extension's log is what is checked).
    await page.reload();
    await statusItem(page, 'Set balance').waitFor({ state: 'visible', timeout: 60000 });
    await page.waitForTimeout(3000);
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const logs = readdirSync(join(userDataDir, 'logs'), { recursive: true }).filter((f) => String(f).endsWith('Extra Usage Guard.log'));
    assert.ok(logs.length >= 2, `one log per extension host session: ${logs}`);
    const firstRuns = logs.map((f) => readFileSync(join(userDataDir, 'logs', String(f)), 'utf8').split('First run:').length - 1);
    assert.equal(firstRuns.reduce((a, b) => a + b, 0), 1, `first-run lines per log: ${firstRuns}`);
  },
});
