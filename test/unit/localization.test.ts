import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { l10nCalls } from '../manifest/l10nCalls';
import { manifestStrings, NLS, NLS_PLACEHOLDER, RAW_MANIFEST } from '../manifest/localizedManifest';

const BUNDLE: Record<string, unknown> = JSON.parse(fs.readFileSync(path.resolve('l10n/bundle.l10n.json'), 'utf8'));
const CALLS = l10nCalls(path.resolve('src'));

const tsFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));

/** Manifest fields a user reads in the editor: each must be a `%key%` placeholder. */
const SHOWN_FIELDS = /^contributes\.(commands\.\d+\.(title|category)|walkthroughs\.\d+\.(title|description|steps\.\d+\.(title|description))|configuration\.(title|properties\..+\.(description|markdownDescription|enumDescriptions\.\d+|deprecationMessage|markdownDeprecationMessage)))$/;

test('every %key% in package.json has its English text in package.nls.json, and no text is unused', () => {
  const used = manifestStrings(RAW_MANIFEST).flatMap(({ value }) => NLS_PLACEHOLDER.exec(value)?.[1] ?? []);
  assert.ok(used.length > 0);
  assert.deepEqual(used.filter((key) => !(key in NLS)), [], 'placeholders without text');
  assert.deepEqual(Object.keys(NLS).filter((key) => !used.includes(key)), [], 'unused keys in package.nls.json');
  for (const [key, text] of Object.entries(NLS)) assert.ok(typeof text === 'string' && text.trim().length > 0, key);
});

test('every string the manifest shows a user goes through package.nls.json', () => {
  const shown = manifestStrings(RAW_MANIFEST.contributes, 'contributes').filter(({ path: at }) => SHOWN_FIELDS.test(at));
  assert.ok(shown.length > 40, `only ${shown.length} shown strings found`);
  assert.deepEqual(shown.filter(({ value }) => !NLS_PLACEHOLDER.test(value)).map(({ path: at }) => at), []);
});

test('every l10n.t call in src passes one string literal, so the bundle can hold it', () => {
  assert.ok(CALLS.length > 40, `only ${CALLS.length} calls found`);
  const dynamic = CALLS.filter((c) => c.message === undefined).map((c) => `${path.relative('.', c.file)}:${c.line}`);
  assert.deepEqual(dynamic, []);
});

test('l10n/bundle.l10n.json holds exactly the l10n.t messages of src (run `npm run l10n` after changing one)', () => {
  const messages = new Set(CALLS.flatMap((c) => c.message ?? []));
  assert.deepEqual([...messages].filter((m) => !(m in BUNDLE)), [], 'messages missing from the bundle');
  assert.deepEqual(Object.keys(BUNDLE).filter((key) => !messages.has(key)), [], 'stale messages in the bundle');
  for (const [key, value] of Object.entries(BUNDLE)) assert.equal(value, key, 'the English bundle maps each message to itself');
});

test('every l10n.t call is on `l10n` or `vscode.l10n`, the only receivers the bundle export reads', () => {
  const elsewhere = CALLS.filter((c) => c.receiver !== 'l10n' && c.receiver !== 'vscode.l10n');
  assert.deepEqual(elsewhere.map((c) => `${path.relative('.', c.file)}:${c.line} ${c.receiver}.t`), []);
});

test('code without vscode never imports it: the core translates through the l10n it is given, the panel through @vscode/l10n', () => {
  const vscodeFree = ['src/core', 'src/sources', 'src/cli', 'src/webview'].map((p) => path.resolve(p));
  const importsVscode = vscodeFree.flatMap((dir) => tsFiles(dir).filter((file) => /\bfrom\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)/.test(fs.readFileSync(file, 'utf8'))));
  assert.deepEqual(importsVscode.map((file) => path.relative('.', file)), []);
  const inside = (dir: string) => (c: { file: string }) => c.file.startsWith(path.resolve(dir) + path.sep);
  assert.ok(CALLS.filter(inside('src/core')).length > 100, 'the core translates its text');
  assert.ok(CALLS.filter(inside('src/webview')).length > 60, 'the panel script translates its text');
  assert.deepEqual(CALLS.filter((c) => inside('src/core')(c) || inside('src/webview')(c)).filter((c) => c.receiver !== 'l10n').map((c) => `${c.file}:${c.line}`), []);
  const webviewCallers = [...new Set(CALLS.filter(inside('src/webview')).map((c) => c.file))];
  assert.deepEqual(webviewCallers.filter((file) => !fs.readFileSync(file, 'utf8').includes("import * as l10n from '@vscode/l10n';")).map((f) => path.relative('.', f)), []);
  assert.deepEqual(CALLS.filter((c) => inside('src/sources')(c) || inside('src/cli')(c)).map((c) => path.relative('.', c.file)), [], 'sources and the CLI print English');
});

test('package.json points VS Code at the bundle folder', () => {
  assert.equal(RAW_MANIFEST.l10n, './l10n');
});
