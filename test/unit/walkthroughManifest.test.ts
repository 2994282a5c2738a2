import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { PANEL_PAGES } from '../../src/core/webviewProtocol';
import { MANIFEST as pkg } from '../manifest/localizedManifest';

test('the walkthrough has 4–5 steps, each with existing markdown media and a command link', () => {
  const [walkthrough] = pkg.contributes.walkthroughs;
  assert.equal(walkthrough.id, 'extraUsageGuard.gettingStarted');
  assert.ok(walkthrough.steps.length >= 4 && walkthrough.steps.length <= 5);
  for (const step of walkthrough.steps) {
    assert.ok(fs.existsSync(path.resolve(step.media.markdown)), step.media.markdown);
    const links = [...String(step.description).matchAll(/\(command:([\w.]+)(?:\?([^)]*))?\)/g)];
    assert.equal(links.length, 1, step.id);
    const [, command, query] = links[0]!;
    if (command === 'extraUsageGuard.openWalkthrough') {
      const [page] = JSON.parse(decodeURIComponent(query ?? '[]'));
      assert.ok((PANEL_PAGES as readonly string[]).includes(page), `${step.id}: ${page}`);
    } else {
      assert.equal(command, 'extraUsageGuard.setBalance');
    }
  }
});

test('the panel restores after a reload: its serializer has an activation event', () => {
  assert.ok(pkg.activationEvents.includes('onWebviewPanel:extraUsageGuard.walkthrough'));
});
