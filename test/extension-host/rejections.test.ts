import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExtraUsageGuardApi } from '../../src/extension';

const EXTRA_USAGE_TEXT =
  'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Third-party apps now draw from your extra usage, not your plan limits. We\'ve added a $20 credit to get you started. Claim it at claude.ai/settings/usage and keep going."},"request_id":"req_011CZqpMLV2mFDafSPRNAc8Y"}';

async function api(): Promise<ExtraUsageGuardApi> {
  const ext = vscode.extensions.getExtension<ExtraUsageGuardApi>('extra-usage-guard.extra-usage-guard');
  assert.ok(ext);
  return ext.activate();
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function transcriptRecord(requestId: string): string {
  return JSON.stringify({
    type: 'assistant', timestamp: new Date().toISOString(), sessionId: 's-1', requestId, isApiErrorMessage: true,
    error: 'invalid_request', apiErrorStatus: 400,
    message: { id: `msg_${requestId}`, model: '<synthetic>', role: 'assistant', content: [{ type: 'text', text: EXTRA_USAGE_TEXT.replace('req_011CZqpMLV2mFDafSPRNAc8Y', requestId) }], usage: { input_tokens: 0, output_tokens: 0 } },
  });
}

suite('rejections', () => {
  test('a published extra-usage rejection is kept and turns the status bar to its warning state', async () => {
    const guard = await api();
    const event = guard.publishRejection(EXTRA_USAGE_TEXT, 'cline');
    assert.equal(event?.kind, 'extra-usage');
    assert.equal(event?.creditOfferUsd, 20);
    assert.ok(guard.rejectionHistory().some((e) => e.requestId === 'req_011CZqpMLV2mFDafSPRNAc8Y'));
    await waitFor(() => guard.statusBarText()?.includes('Extra usage empty'), 3000, 'the rejected status bar state');
  });

  test('a line appended to a Claude Code transcript is seen within 2 s', async () => {
    const guard = await api();
    const claudeDir = process.env.CLAUDE_CONFIG_DIR;
    assert.ok(claudeDir, 'CLAUDE_CONFIG_DIR is set by the harness');
    const project = path.join(claudeDir, 'projects', '-tmp-demo');
    fs.mkdirSync(project, { recursive: true });
    const file = path.join(project, 'session-1.jsonl');
    fs.writeFileSync(file, '');
    await new Promise((r) => setTimeout(r, 1500)); // let the watcher pick up the new file
    const requestId = `req_live${Date.now()}`;
    const appendedAt = Date.now();
    fs.appendFileSync(file, transcriptRecord(requestId) + '\n');
    const seen = await waitFor(() => guard.rejectionHistory().find((e) => e.requestId === requestId), 6000, 'the appended rejection');
    const latency = Date.now() - appendedAt;
    console.log(`append-to-event latency: ${latency} ms`);
    assert.equal(seen.kind, 'extra-usage');
    assert.equal(seen.origin.source, 'claude-code');
    assert.equal(seen.isHistorical, false);
    assert.ok(latency <= 2000, `took ${latency} ms`);
  });

  test('Explain Rejection with a rejection argument opens the walkthrough panel', async () => {
    const guard = await api();
    const [latest] = guard.rejectionHistory();
    await vscode.commands.executeCommand('extraUsageGuard.explainRejection', latest);
    await waitFor(() => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === 'Credit Walkthrough'), 5000, 'the panel tab');
  });
});

suite('task histories', () => {
  test('a Cline ui_messages.json replaced by rename is noticed', async () => {
    const guard = await api();
    const tasks = process.env.EUG_TEST_CLINE_TASKS;
    assert.ok(tasks, 'EUG_TEST_CLINE_TASKS is set by the harness');
    const file = path.join(tasks, 'task-1', 'ui_messages.json');
    const failure = { message: EXTRA_USAGE_TEXT.replace('req_011CZqpMLV2mFDafSPRNAc8Y', 'req_cline_rename'), status: 400 };
    const messages = [
      { ts: Date.now() - 60_000, type: 'say', say: 'text', text: 'hello' },
      { ts: Date.now(), type: 'ask', ask: 'api_req_failed', text: JSON.stringify(failure) },
    ];
    // Cline writes a temporary file and renames it over the old one.
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(messages));
    fs.renameSync(`${file}.tmp`, file);
    const seen = await waitFor(() => guard.rejectionHistory().find((e) => e.requestId === 'req_cline_rename'), 12000, 'the Cline rejection');
    assert.equal(seen.kind, 'extra-usage');
    assert.equal(seen.origin.source, 'cline');
    assert.equal(seen.isHistorical, false);
  });
});
