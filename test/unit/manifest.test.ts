import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseSettings, SETTING_SCHEMAS } from '../../src/core/settingsSchema';
import { COMMANDS } from '../../src/editor/commandIds';
import { MANIFEST as pkg } from '../manifest/localizedManifest';

interface SettingEntry {
  default: unknown;
  markdownDescription?: string;
  order?: number;
  enum?: unknown[];
  enumDescriptions?: string[];
  items?: { enum?: unknown[]; enumDescriptions?: string[] };
}
// Read with `%key%` placeholders resolved through package.nls.json, as the Settings editor shows them.
const properties: Record<string, SettingEntry> = pkg.contributes.configuration.properties;

test('every setting in package.json has a schema, and every schema a package.json entry', () => {
  const declared = Object.keys(properties).map((k) => k.replace(/^extraUsageGuard\./, '')).sort();
  assert.deepEqual(declared, Object.keys(SETTING_SCHEMAS).sort());
});

test('package.json defaults equal the schema defaults and every setting has a markdownDescription', () => {
  const { settings } = parseSettings(() => undefined);
  for (const [key, value] of Object.entries(properties)) {
    assert.deepEqual(value.default, settings[key.replace(/^extraUsageGuard\./, '') as keyof typeof settings], key);
    assert.ok(value.markdownDescription && value.markdownDescription.length > 20, `${key} lacks a markdownDescription`);
    assert.ok(!/^%.*%$/.test(value.markdownDescription), `${key}: ${value.markdownDescription} is not in package.nls.json`);
  }
});

test('settings are listed in a fixed order (0, 1, 2, …) and every enum value has a description', () => {
  const orders = Object.values(properties).map((p) => p.order);
  assert.deepEqual(orders, orders.map((_, i) => i));
  for (const [key, p] of Object.entries(properties)) {
    for (const holder of [p, p.items]) {
      if (!holder?.enum) continue;
      assert.equal(holder.enumDescriptions?.length, holder.enum.length, `${key}: one enumDescription per enum value`);
    }
  }
});

test('manifest basics the Marketplace and the harness rely on', () => {
  assert.equal(pkg.name, 'extra-usage-guard');
  assert.equal(pkg.engines.vscode, '^1.93.0');
  assert.equal(pkg.devDependencies['@types/vscode'], '1.93.0');
  assert.deepEqual(pkg.extensionKind, ['workspace']);
  assert.equal(pkg.main, './dist/extension.js');
  assert.equal(pkg.bin['extra-usage-guard'], './dist/cli.js');
});

test('Marketplace and Open VSX listing: icon, banner, links, categories, keywords', () => {
  assert.equal(pkg.icon, 'media/icon.png');
  const png = fs.readFileSync(path.resolve(pkg.icon));
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'the icon is 128×128');
  assert.match(pkg.galleryBanner.color, /^#[0-9a-f]{6}$/i);
  assert.ok(['dark', 'light'].includes(pkg.galleryBanner.theme));
  assert.equal(pkg.pricing, 'Free');
  for (const url of [pkg.homepage, pkg.bugs.url, pkg.qna, pkg.repository.url]) assert.match(url, /^https:\/\//);
  const marketplaceCategories = [
    'Programming Languages', 'Snippets', 'Linters', 'Themes', 'Debuggers', 'Formatters', 'Keymaps', 'SCM Providers', 'Other',
    'Extension Packs', 'Language Packs', 'Data Science', 'Machine Learning', 'Visualization', 'Notebooks', 'Education',
    'Testing', 'AI', 'Chat',
  ];
  assert.deepEqual(pkg.categories.filter((c: string) => !marketplaceCategories.includes(c)), []);
  assert.ok(pkg.keywords.length > 0 && pkg.keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
  assert.match(pkg.scripts['publish:vsce'], /publish\.mjs vsce/);
  assert.match(pkg.scripts['publish:ovsx'], /publish\.mjs ovsx/);
});

test('every contributed command id is in the command registry and has the category', () => {
  const ids = new Set<string>(Object.values(COMMANDS));
  for (const c of pkg.contributes.commands as { command: string; category: string }[]) {
    assert.ok(ids.has(c.command), `${c.command} missing from COMMANDS`);
    assert.equal(c.category, 'Extra Usage Guard');
  }
  const contributed = (pkg.contributes.commands as { command: string }[]).map((c) => c.command);
  assert.ok(contributed.includes(COMMANDS.resetDismissed), 'Reset Dismissed Notifications is in the Command Palette');
});
