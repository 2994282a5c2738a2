import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseSettings, SETTING_SCHEMAS } from '../../src/core/settingsSchema';
import { COMMANDS } from '../../src/editor/commandIds';

const pkg = JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8'));
const properties: Record<string, { default: unknown; markdownDescription?: string }> = pkg.contributes.configuration.properties;

test('every setting in package.json has a schema, and every schema a package.json entry', () => {
  const declared = Object.keys(properties).map((k) => k.replace(/^extraUsageGuard\./, '')).sort();
  assert.deepEqual(declared, Object.keys(SETTING_SCHEMAS).sort());
});

test('package.json defaults equal the schema defaults and every setting has a markdownDescription', () => {
  const { settings } = parseSettings(() => undefined);
  for (const [key, value] of Object.entries(properties)) {
    assert.deepEqual(value.default, settings[key.replace(/^extraUsageGuard\./, '') as keyof typeof settings], key);
    assert.ok(value.markdownDescription && value.markdownDescription.length > 20, `${key} lacks a markdownDescription`);
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

test('every contributed command id is in the command registry and has the category', () => {
  const ids = new Set<string>(Object.values(COMMANDS));
  for (const c of pkg.contributes.commands as { command: string; category: string }[]) {
    assert.ok(ids.has(c.command), `${c.command} missing from COMMANDS`);
    assert.equal(c.category, 'Extra Usage Guard');
  }
});
