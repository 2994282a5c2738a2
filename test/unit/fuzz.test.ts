// Property tests (fast-check). A short run by default; FUZZ_RUNS=<n> scales every property, FUZZ_SEED
// replays a failure. The long run is `npm run fuzz:long`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseClineTask } from '../../src/sources/parseClineTask';
import { allProperties, checkProperty, runsOf } from '../fuzz/fuzzProperties';

const BASE_RUNS = Number(process.env.FUZZ_RUNS) || 200;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

for (const property of allProperties()) {
  const runs = runsOf(property, BASE_RUNS);
  test(`${property.name} (${runs} runs)`, () => checkProperty(property, runs, SEED));
}

// Counterexamples found by the properties, kept as plain regressions.
test('a Cline message whose ts is past the Date range is counted as malformed, not thrown', () => {
  const raw = [{ ts: 9007199254740992, type: 'say', say: 'api_req_started', text: '{"tokensIn":1,"tokensOut":2,"cost":0.001}' }];
  const result = parseClineTask(raw, { taskId: 't', source: 'cline', classify: () => undefined, isHistorical: true });
  assert.equal(result.malformed, 1);
  assert.deepEqual(result.usage, []);
});
