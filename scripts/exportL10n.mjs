#!/usr/bin/env node
// Writes l10n/bundle.l10n.json, the English bundle of every `vscode.l10n.t('…')` string under src/, with
// @vscode/l10n-dev's extractor. Files and keys are sorted so the output is the same on every machine.
//   node scripts/exportL10n.mjs          rewrite the bundle
//   node scripts/exportL10n.mjs --check  exit 1 when the bundle is out of date (nothing written)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getL10nJson } from '@vscode/l10n-dev';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = path.join(ROOT, 'l10n', 'bundle.l10n.json');
const isCheck = process.argv.includes('--check');

const files = fs
  .readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .sort();
const scripts = files.map((f) => ({ contents: fs.readFileSync(path.join(ROOT, 'src', f), 'utf8'), extension: '.ts' }));
const strings = await getL10nJson(scripts);
const sorted = Object.fromEntries(Object.keys(strings).sort().map((key) => [key, strings[key]]));
const text = `${JSON.stringify(sorted, null, 2)}\n`;

const current = fs.existsSync(BUNDLE) ? fs.readFileSync(BUNDLE, 'utf8') : '';
if (isCheck) {
  if (current !== text) {
    console.error('l10n/bundle.l10n.json is out of date: run `npm run l10n`.');
    process.exit(1);
  }
  console.log(`l10n: bundle up to date (${Object.keys(sorted).length} strings).`);
} else {
  fs.mkdirSync(path.dirname(BUNDLE), { recursive: true });
  if (current !== text) fs.writeFileSync(BUNDLE, text);
  console.log(`l10n: ${Object.keys(sorted).length} strings from ${files.length} files → ${path.relative(ROOT, BUNDLE)}`);
}
