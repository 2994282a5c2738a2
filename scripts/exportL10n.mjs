#!/usr/bin/env node
// Writes l10n/bundle.l10n.json, the English bundle of every `l10n.t('…')` string under src/, with @vscode/l10n-dev's
// extractor: `vscode.l10n.t` in the editor, `l10n.t` of `@vscode/l10n` in the panel script, and `l10n.t` of the
// translator the vscode-free core is given (src/core/l10n.ts). Files and keys are sorted so the output is the same
// on every machine.
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
// The extractor only reads files that import `vscode` (or `@vscode/l10n`), and then also takes a bare `l10n.t(…)`:
// reading every file as if it imported `vscode` lets it find the core's calls on its injected `l10n` too.
const AS_IF_VSCODE = "import * as vscode from 'vscode';\n";
const scripts = files.map((f) => ({ contents: AS_IF_VSCODE + fs.readFileSync(path.join(ROOT, 'src', f), 'utf8'), extension: '.ts' }));
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
