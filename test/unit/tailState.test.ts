import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyTailStates, parseTailStates, pruneTailStates, type FileTailState } from '../../src/sources/tailState';

const file: FileTailState = { offset: 10, size: 12, mtimeMs: 1, ino: '99', dev: '2', headLength: 12, headHash: 'h', isSkippingLine: false };

test('states survive a JSON round trip', () => {
  const states = { version: 1 as const, files: { '/a.jsonl': file }, tasks: { '/t/1': { lastTs: 5, pendingTs: [3], mtimeMs: 7 } } };
  assert.deepEqual(parseTailStates(JSON.parse(JSON.stringify(states))), states);
});

test('a bad entry is dropped alone; an unknown shape gives an empty state', () => {
  const parsed = parseTailStates({ version: 1, files: { '/a.jsonl': file, '/b.jsonl': { offset: -1 } }, tasks: { '/t': { lastTs: 1, mtimeMs: 2 } } });
  assert.deepEqual(Object.keys(parsed.files), ['/a.jsonl']);
  assert.deepEqual(parsed.tasks['/t'], { lastTs: 1, pendingTs: [], mtimeMs: 2 });
  assert.deepEqual(parseTailStates({ version: 2 }), emptyTailStates());
  assert.deepEqual(parseTailStates('garbage'), emptyTailStates());
  assert.deepEqual(parseTailStates(undefined), emptyTailStates());
});

test('pruning keeps only live paths', () => {
  const states = { version: 1 as const, files: { '/a': file, '/gone': file }, tasks: { '/t': { lastTs: 1, pendingTs: [], mtimeMs: 2 } } };
  const pruned = pruneTailStates(states, (p) => p !== '/gone');
  assert.deepEqual(Object.keys(pruned.files), ['/a']);
  assert.deepEqual(Object.keys(pruned.tasks), ['/t']);
});
