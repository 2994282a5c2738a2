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

/** Every file under `dir` whose bytes contain one of `needles` (as UTF-8 or UTF-16). */
export function filesContaining(dir, needles) {
  const hits = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const file = path.join(d, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile() && fs.statSync(file).size < 64 * 1024 * 1024) {
        const bytes = fs.readFileSync(file);
        if (needles.some((n) => bytes.includes(n) || bytes.includes(Buffer.from(n, 'utf16le')))) hits.push(file);
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return hits;
}

/** The session transcript of a project in the fixture Claude Code folder; its folder is created. */
export function transcriptFile(fixtures, project = '-work-demo') {
  const dir = path.join(fixtures.env.CLAUDE_CONFIG_DIR, 'projects', project);
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, 'session.jsonl');
}

/** A Claude Code transcript line recording an API error with `text`, as the CLI writes it. */
export const rejectionRecord = (text, requestId, sessionId = 'e2e') => JSON.stringify({
  type: 'assistant', timestamp: new Date().toISOString(), sessionId, requestId, isApiErrorMessage: true,
  message: { id: `msg_${requestId}`, model: '<synthetic>', role: 'assistant', content: [{ type: 'text', text }] },
});

/** A Sonnet 4.5 request of 100k input tokens ($0.30 at $3 per million), with request id `req_<id>`. */
export const usageRecord = (id, sessionId = 'e2e') => JSON.stringify({
  type: 'assistant', timestamp: new Date().toISOString(), sessionId, requestId: `req_${id}`,
  message: { id: `msg_${id}`, model: 'claude-sonnet-4-5-20250929', role: 'assistant', content: [{ type: 'text', text: 'ok' }],
    usage: { input_tokens: 100_000, output_tokens: 0, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 } },
});

/** Sets the extra-usage balance through the palette, as a person would, and waits for the status bar. */
export async function setBalance(page, amount, shown) {
  await runCommand(page, 'Extra Usage Guard: Set Extra Usage Balance…');
  await page.locator('.quick-input-widget .quick-input-box input').fill(amount);
  await page.keyboard.press('Enter');
  await statusItem(page, shown).waitFor({ state: 'visible', timeout: 10000 });
}
