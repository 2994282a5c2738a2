import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const VIEW_TYPE = 'extraUsageGuard.walkthrough';

function walkthroughTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes(VIEW_TYPE));
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 50 && !condition(); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(condition(), what);
}

suite('credit walkthrough panel', () => {
  teardown(async () => {
    await vscode.window.tabGroups.close(walkthroughTabs());
  });

  test('Open Credit Walkthrough opens one panel, and reveals it instead of opening a second', async () => {
    await vscode.commands.executeCommand('extraUsageGuard.openWalkthrough');
    await until(() => walkthroughTabs().length === 1, 'one walkthrough tab');
    assert.equal(walkthroughTabs()[0]?.label, 'Credit Walkthrough');
    await vscode.commands.executeCommand('extraUsageGuard.openWalkthrough', 'api-key');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(walkthroughTabs().length, 1);
  });

  test('an unknown page argument is ignored, not an error', async () => {
    await vscode.commands.executeCommand('extraUsageGuard.openWalkthrough', 'not-a-page');
    await until(() => walkthroughTabs().length === 1, 'the panel still opens');
    await vscode.commands.executeCommand('extraUsageGuard.openWalkthrough', { page: '<script>' });
    assert.equal(walkthroughTabs().length, 1);
  });
});
