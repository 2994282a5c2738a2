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
