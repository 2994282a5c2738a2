import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { claudeCodeFolderCandidates, findClaudeCodeFolders, findClaudeCodeFoldersSync } from '../../src/sources/claudeCodeFolders';
import { listTranscriptFiles } from '../../src/sources/listTranscriptFiles';
import { tempDir } from '../fixtures/sources/testKit';

async function makeFolder(dir: string): Promise<string> {
  await fsp.mkdir(path.join(dir, 'projects'), { recursive: true });
  return dir;
}

test('CLAUDE_CONFIG_DIR is a comma-separated list; entries are trimmed and a missing one is reported', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const a = await makeFolder(path.join(dir, 'a'));
    const b = await makeFolder(path.join(dir, 'b'));
    const missing = path.join(dir, 'nope');
    const noProjects = path.join(dir, 'empty');
    await fsp.mkdir(noProjects);
    const env = { CLAUDE_CONFIG_DIR: ` ${a} ,${missing},, ${b},${noProjects},${a}` };
    const found = await findClaudeCodeFolders({ env, homedir: path.join(dir, 'home') });
    assert.deepEqual(findClaudeCodeFoldersSync({ env, homedir: path.join(dir, 'home') }), found, 'the blocking twin agrees');
    assert.deepEqual(found.folders, [a, b]);
    assert.deepEqual(found.skipped, [
      { path: missing, reason: 'no projects folder' },
      { path: noProjects, reason: 'no projects folder' },
    ]);
  } finally {
    await cleanup();
  }
});

test('without CLAUDE_CONFIG_DIR the defaults are ~/.config/claude and ~/.claude, plus extra folders', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const home = path.join(dir, 'home');
    const dot = await makeFolder(path.join(home, '.claude'));
    const extra = await makeFolder(path.join(dir, 'second-account'));
    assert.deepEqual(claudeCodeFolderCandidates({ env: { CLAUDE_CONFIG_DIR: ' ' }, homedir: home }), [
      path.join(home, '.config', 'claude'), dot,
    ]);
    const found = await findClaudeCodeFolders({ env: {}, homedir: home, extraFolders: ['~/.claude', extra] });
    assert.deepEqual(findClaudeCodeFoldersSync({ env: {}, homedir: home, extraFolders: ['~/.claude', extra] }), found, 'the blocking twin agrees');
    assert.deepEqual(found.folders, [dot, extra]);
    assert.deepEqual(found.skipped.map((s) => s.reason), ['no projects folder']);
  } finally {
    await cleanup();
  }
});

test('listing finds nested sub-agent files, follows a symlinked folder once, skips loops and FIFOs', async () => {
  const { dir, cleanup } = await tempDir();
  try {
    const projects = path.join(dir, 'projects');
    await fsp.mkdir(path.join(projects, 'p1', 'sess', 'subagents'), { recursive: true });
    await fsp.writeFile(path.join(projects, 'p1', 'sess.jsonl'), '');
    await fsp.writeFile(path.join(projects, 'p1', 'sess', 'subagents', 'agent-1.jsonl'), '');
    await fsp.writeFile(path.join(projects, 'p1', 'notes.txt'), '');
    await fsp.symlink(projects, path.join(projects, 'p1', 'loop'));
    const outside = path.join(dir, 'outside');
    await fsp.mkdir(outside);
    await fsp.writeFile(path.join(outside, 'linked.jsonl'), '');
    await fsp.symlink(outside, path.join(projects, 'linked-project'));
    await fsp.symlink(path.join(dir, 'gone'), path.join(projects, 'dangling.jsonl'));
    execFileSync('mkfifo', [path.join(projects, 'p1', 'pipe.jsonl')]);
    const listing = await listTranscriptFiles(projects);
    assert.deepEqual(listing.files.map((f) => f.location), [
      path.join('linked-project', 'linked.jsonl'),
      path.join('p1', 'sess.jsonl'),
      path.join('p1', 'sess', 'subagents', 'agent-1.jsonl'),
    ]);
    assert.deepEqual(listing.skipped, [{ path: path.join(projects, 'p1', 'loop'), reason: 'symlink loop or folder seen twice' }]);
  } finally {
    await cleanup();
  }
});
