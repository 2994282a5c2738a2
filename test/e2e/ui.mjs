// Small page helpers for driving the code-server workbench the way a person does.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../harness/lib.mjs';

export const OUTPUT_DIR = path.join(ROOT, 'test/.output');

/** The status bar entry whose text contains `text`. */
export const statusItem = (page, text) =>
  page.locator('#workbench\\.parts\\.statusbar .statusbar-item', { hasText: text }).first();

/** Runs a command from the palette by its full title, like a person pressing F1. */
export async function runCommand(page, title) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
}

/** A notification toast containing `text`. */
export const toast = (page, text) => page.locator('.notification-toast', { hasText: text }).first();

/** The content frame of the active webview panel. */
export const webview = (page) => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

/** Saves a screenshot under test/.output and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
