import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTerminalScanner } from '../../src/core/terminalScanner';
import type { Rejection } from '../../src/core/rejection';

// A stand-in classifier: recognises the extra-usage sentence even when split over lines.
function fakeClassify(text: string): Rejection | undefined {
  const flat = text.replace(/\u001b\[[0-9;]*m/g, '').replace(/\s+/g, ' ');
  if (!/Third-party apps now draw from your extra usage/.test(flat)) return undefined;
  return {
    kind: 'extra-usage', httpStatus: 400, requestId: /req_\w+/.exec(flat)?.[0] ?? null, creditOfferUsd: null,
    orgAdmin: false, resetsAt: null, settingsUrl: null, message: 'Third-party apps now draw from your extra usage',
  };
}

test('a rejection wrapped over two lines is found once the second line arrives', () => {
  const s = createTerminalScanner(fakeClassify);
  assert.deepEqual(s.push('⎿ API Error: 400 Third-party apps now draw from\n'), []);
  const found = s.push('   your extra usage, not your plan limits.\n');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.kind, 'extra-usage');
});

test('chunks split anywhere give the same result, and partial lines wait for their end', () => {
  const text = 'building…\r\n\u001b[31mAPI Error: 400 Third-party apps now draw from your extra usage (req_abc)\u001b[0m\r\nmore\n';
  for (let cut = 1; cut < text.length; cut += 7) {
    const s = createTerminalScanner(fakeClassify);
    const found = [...s.push(text.slice(0, cut)), ...s.push(text.slice(cut)), ...s.end()];
    assert.equal(found.length, 1, `cut at ${cut}`);
    assert.equal(found[0]!.requestId, 'req_abc');
  }
});

test('TUI redraws of the same message are reported once per run', () => {
  const s = createTerminalScanner(fakeClassify);
  const frame = '\u001b[2K\rAPI Error: 400 Third-party apps now draw from your extra usage\n';
  const found = [frame, frame, frame].flatMap((f) => s.push(f));
  assert.equal(found.length, 1);
});

test('ordinary output never calls for classification results', () => {
  let calls = 0;
  const s = createTerminalScanner((t) => { calls++; return fakeClassify(t); });
  s.push('compiling 42 files\nall done\n');
  assert.equal(calls, 0);
  s.push('npm ERR! 404 Not Found - GET pkg\n');
  assert.equal(calls, 1);
});

test('an unterminated flood of output stays bounded', () => {
  const s = createTerminalScanner(fakeClassify);
  for (let i = 0; i < 200; i++) s.push('x'.repeat(10_000));
  assert.deepEqual(s.end(), []);
});
