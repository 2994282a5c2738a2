// The credit walkthrough panel, driven like a person would: palette, tabs, buttons, fields.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { KEYS, startFakeAnthropicApi } from './fakeAnthropicApi.mjs';
import { samplePanelState } from './samplePanelState.mjs';
import { filesContaining, runCommand, screenshot, statusItem, webview } from './ui.mjs';

const fakeApi = await startFakeAnthropicApi();
const PAGES = [
  ['What happened', 'what-happened'],
  ['Claim credit', 'claim-credit'],
  ['Auto-reload', 'auto-reload'],
  ['API key', 'api-key'],
  ['Other ways out', 'other-ways'],
  ['Spend', 'spend'],
];

async function openWalkthrough(page) {
  await statusItem(page, 'Set balance').waitFor({ state: 'visible', timeout: 60000 });
  await runCommand(page, 'Extra Usage Guard: Open Credit Walkthrough');
  const frame = webview(page);
  await frame.getByRole('tab', { name: 'What happened' }).waitFor({ timeout: 20000 });
  return frame;
}

const tab = (frame, name) => frame.getByRole('tab', { name, exact: true });

/** Every value in the workbench page's IndexedDB databases and localStorage, as one string. */
function dumpBrowserStorage(page) {
  return page.evaluate(async () => {
    const text = (v) => (typeof v === 'string' ? v : v instanceof Uint8Array ? new TextDecoder().decode(v) : JSON.stringify(v));
    const parts = Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`);
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((resolve, reject) => Object.assign(indexedDB.open(name), { onsuccess: (e) => resolve(e.target.result), onerror: reject }));
      for (const store of db.objectStoreNames) {
        const all = (method) => new Promise((resolve) => Object.assign(db.transaction(store).objectStore(store)[method](), { onsuccess: (e) => resolve(e.target.result) }));
        const [keys, values] = [await all('getAllKeys'), await all('getAll')];
        values.forEach((v, i) => parts.push(`${name}/${store}/${text(keys[i])}=${text(v)}`));
      }
      db.close();
    }
    return parts.join('\n');
  });
}

async function checkKey(frame, key, expected) {
  await frame.locator('#api-key').fill(key);
  await frame.locator('#api-key-save').click();
  await frame.locator('#api-key-saved', { hasText: 'A key is saved' }).waitFor({ timeout: 10000 });
  assert.equal(await frame.locator('#api-key').inputValue(), '', 'the key field is cleared after saving');
  await frame.locator('#api-key-check').click();
  await frame.locator('#key-check-result', { hasText: expected }).waitFor({ timeout: 10000 });
}

async function screenshotPages(page, theme, orgAdmin, pages = PAGES) {
  const frame = await openWalkthrough(page);
  const state = samplePanelState({ orgAdmin });
  await frame.locator('body').evaluate((body, data) => window.dispatchEvent(new MessageEvent('message', { data })), { type: 'state', state });
  await frame.locator('#latest-rejection', { hasText: 'req_011CZqpMLV2mFDafSPRNAc8Y' }).waitFor({ timeout: 10000 });
  assert.equal(await frame.locator('#latest-rejection b').count(), 0, 'message text is rendered as text, never as markup');
  for (const [name, id] of pages) {
    await tab(frame, name).click();
    await frame.locator(`#panel-${id}`).waitFor({ state: 'visible' });
    await screenshot(page, `walkthrough-${theme}-${id}`);
  }
}

export const scenarios = [
  {
    name: 'opens from the palette, keyboard tabs, CSP blocks foreign scripts, "I\'ve claimed it" sets the balance, auto-reload is recorded',
    async run({ page }) {
      const frame = await openWalkthrough(page);
      await frame.getByText('No rejection seen yet.').waitFor();
      const csp = await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(csp, /default-src 'none'; style-src [^;]+; script-src 'nonce-[A-Za-z0-9+/=]{16,}'; img-src [^;]+ data:; font-src /);
      const ran = await frame.locator('body').evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true;';
        document.body.append(script);
        await new Promise((r) => setTimeout(r, 200));
        return window.__injected === true;
      });
      assert.equal(ran, false, 'an inline script without the nonce must not run');
      await tab(frame, 'What happened').focus();
      await page.keyboard.press('ArrowDown');
      assert.equal(await tab(frame, 'Claim credit').getAttribute('aria-selected'), 'true');
      await frame.locator('#claimed-personal').click();
      await frame.locator('#claimed-amount').fill('twenty');
      await frame.locator('#claimed-save').click();
      await frame.locator('.notice.error', { hasText: 'is not an amount' }).waitFor({ timeout: 10000 });
      await frame.locator('#claimed-amount').fill('$20');
      await frame.locator('#claimed-save').click();
      await statusItem(page, '$20.00').waitFor({ state: 'visible', timeout: 10000 });
      await frame.locator('#claim-done', { hasText: 'retry the request' }).waitFor({ timeout: 10000 });
      await screenshot(page, 'walkthrough-claimed');
      await tab(frame, 'Auto-reload').click();
      await frame.locator('#reload-threshold').fill('$5');
      await frame.locator('#reload-amount').fill('25');
      await frame.locator('#reload-save').click();
      await frame.locator('#auto-reload-saved', { hasText: 'Recorded: add $25 when below $5.' }).waitFor({ timeout: 10000 });
    },
  },
  {
    name: 'after a window reload the panel comes back on the page it was showing',
    async run({ page }) {
      const frame = await openWalkthrough(page);
      await tab(frame, 'Spend').click();
      await frame.locator('#spend-balance', { hasText: 'not set yet' }).waitFor({ timeout: 10000 });
      // The chart's description (what screen readers get for it) starts with what the estimate is based on.
      await frame.locator('#spend-summary', { hasText: 'No balance confirmed yet' }).waitFor({ timeout: 10000 });
      await runCommand(page, 'Developer: Reload Window'); // a real reload: the workbench saves its editors first
      await page.waitForEvent('load', { timeout: 30000 });
      await statusItem(page, 'Set balance').waitFor({ state: 'visible', timeout: 60000 });
      const restored = webview(page);
      await restored.locator('#spend-balance', { hasText: 'not set yet' }).waitFor({ timeout: 20000 });
      assert.equal(await tab(restored, 'Spend').getAttribute('aria-selected'), 'true');
    },
  },
  {
    name: 'API key: checked against a loopback API (ok, 401, timeout) and never stored in plain sight',
    settings: { 'extraUsageGuard.apiBaseUrl': fakeApi.url, 'extraUsageGuard.keyCheckTimeoutSeconds': 2 },
    async run({ page, server, workspace, userDataDir }) {
      const frame = await openWalkthrough(page);
      await tab(frame, 'API key').click();
      await frame.locator('#api-key').fill('not-a-key');
      await frame.locator('#api-key-save').click();
      await frame.locator('#api-key-problem', { hasText: 'sk-ant-' }).waitFor({ timeout: 5000 });
      await checkKey(frame, KEYS.bad, 'rejected (401)');
      await checkKey(frame, KEYS.hang, 'did not answer within 2 seconds');
      await checkKey(frame, KEYS.good, 'The key works');
      assert.deepEqual({ ...fakeApi.calls }, { good: 1, bad: 1, hang: 1, other: 0 });
      await frame.locator('#key-terminals').check();
      const dialog = page.locator('.monaco-dialog-box', { hasText: 'takes precedence over your subscription login' });
      await dialog.waitFor({ timeout: 10000 });
      await dialog.locator('.monaco-button', { hasText: 'Provide Key' }).click();
      await frame.locator('.notice', { hasText: 'New integrated terminals now get ANTHROPIC_API_KEY' }).waitFor({ timeout: 10000 });
      await screenshot(page, 'walkthrough-api-key-saved');
      const needles = Object.values(KEYS);
      const dom = await frame.locator('html').evaluate((html) => html.outerHTML);
      assert.ok(!needles.some((k) => dom.includes(k)), 'no key in the webview DOM');
      assert.ok(!needles.some((k) => (page.url() + '').includes(k)));
      const settings = fs.readFileSync(path.join(userDataDir, 'User', 'settings.json'), 'utf8');
      assert.ok(!needles.some((k) => settings.includes(k)), 'no key in settings');
      // code-server keeps the workbench's storage (terminal environment, global and workspace state) in the
      // browser: read every IndexedDB and localStorage value of the workbench origin, before and after a reload.
      await page.waitForTimeout(1500);
      const stored = [await dumpBrowserStorage(page)];
      await page.reload();
      await statusItem(page, 'Set balance').waitFor({ state: 'visible', timeout: 60000 });
      stored.push(await dumpBrowserStorage(page));
      assert.ok(stored.every((s) => s.includes('environmentVariableCollections')), 'browser storage was read');
      assert.ok(!needles.some((k) => stored.some((s) => s.includes(k))), 'no key in the workbench storage (IndexedDB, localStorage)');
      await server.stop();
      // The browser profile holds the workbench's own storage (IndexedDB, localStorage) in code-server.
      const hits = [userDataDir, workspace, page.context().profileDir].flatMap((dir) => filesContaining(dir, needles));
      assert.deepEqual(hits, [], 'no file under the user data folder, the workspace or the browser profile holds a key');
    },
  },
  {
    name: 'screenshots of every page in a light theme (workspace admin variant)',
    settings: { 'workbench.colorTheme': 'Default Light Modern' },
    run: ({ page }) => screenshotPages(page, 'light', true),
  },
  {
    name: 'screenshots of every page in a dark theme',
    settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    run: ({ page }) => screenshotPages(page, 'dark', false),
  },
  {
    name: 'screenshots in a high contrast theme',
    settings: { 'workbench.colorTheme': 'Default High Contrast' },
    run: ({ page }) => screenshotPages(page, 'high-contrast', false, PAGES.filter(([, id]) => ['what-happened', 'api-key', 'spend'].includes(id))),
  },
];
