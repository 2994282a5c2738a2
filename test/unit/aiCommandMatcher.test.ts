import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchAiCommand } from '../../src/core/aiCommandMatcher';

test('recognises AI CLIs directly, through wrappers, paths and env assignments', () => {
  assert.equal(matchAiCommand('claude'), 'claude');
  assert.equal(matchAiCommand('claude -p "fix the tests"'), 'claude');
  assert.equal(matchAiCommand('npx @anthropic-ai/claude-code'), 'claude');
  assert.equal(matchAiCommand('ANTHROPIC_LOG=debug /usr/local/bin/opencode run'), 'opencode');
  assert.equal(matchAiCommand('pnpm dlx aider --model sonnet'), 'aider');
  assert.equal(matchAiCommand('C:\\tools\\codex.exe'), 'codex');
});

test('ignores ordinary commands, including ones that mention an AI tool later', () => {
  assert.equal(matchAiCommand('git commit -m "ask claude"'), undefined);
  assert.equal(matchAiCommand('npm test'), undefined);
  assert.equal(matchAiCommand('cat claude.log'), undefined);
  assert.equal(matchAiCommand(''), undefined);
});

test('a setting can add commands', () => {
  assert.equal(matchAiCommand('my-agent --go', ['my-agent']), 'my-agent');
});
