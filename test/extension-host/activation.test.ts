import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtraUsageGuardApi } from '../../src/extension';

const EXTENSION_ID = 'extra-usage-guard.extra-usage-guard';

async function api(): Promise<ExtraUsageGuardApi> {
  const ext = vscode.extensions.getExtension<ExtraUsageGuardApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} not found`);
  return ext.activate();
}

suite('activation', () => {
  test('activates in a real extension host and exposes its API', async () => {
    const guard = await api();
    assert.equal(typeof guard.statusBarText, 'function');
    console.log(`vscode ${vscode.version}, ${vscode.env.appName}, node ${process.version}`);
  });

  test('registers every contributed command', async () => {
    const commands = await vscode.commands.getCommands(true);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const contributed: { command: string }[] = ext?.packageJSON.contributes.commands ?? [];
    assert.ok(contributed.length >= 4);
    for (const { command } of contributed) assert.ok(commands.includes(command), `${command} not registered`);
  });

  test('the status bar item shows the "no balance yet" state', async () => {
    const guard = await api();
    const text = await waitForText(guard);
    assert.ok(text === '$(credit-card) Set balance' || text.startsWith('$(sync~spin)'), text);
  });
});

async function waitForText(guard: ExtraUsageGuardApi): Promise<string> {
  for (let i = 0; i < 60 && guard.statusBarText() === undefined; i++) await new Promise((r) => setTimeout(r, 50));
  return guard.statusBarText() ?? '';
}
