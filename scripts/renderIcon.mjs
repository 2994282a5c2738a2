#!/usr/bin/env node
// Renders media/icon.svg to media/icon.png (128×128, the size the Marketplace and Open VSX show) in
// headless Chromium through playwright-core, the browser the UI tests use. The PNG is committed; run this
// only after changing the SVG.   CHROMIUM=/path/to/chromium node scripts/renderIcon.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIZE = 128;
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(executablePath)) {
  console.error(`renderIcon: no Chromium at ${executablePath}; set CHROMIUM to its path.`);
  process.exit(1);
}

const svg = fs.readFileSync(path.join(ROOT, 'media', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  fs.writeFileSync(path.join(ROOT, 'media', 'icon.png'), png);
  console.log(`renderIcon: media/icon.png, ${png.length} bytes`);
} finally {
  await browser.close();
}
