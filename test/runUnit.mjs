// Runs the unit tests (bundled by `node esbuild.mjs --tests` into out/test/unit) with node:test,
// prints the spec report and a plain "N passed, N failed" line. Exit code 1 on any failure.
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import fs from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';

const dir = path.resolve('out/test/unit');
const filter = process.argv[2];
const files = fs.existsSync(dir)
  ? fs.readdirSync(dir).filter((f) => f.endsWith('.test.js') && (!filter || f.includes(filter))).map((f) => path.join(dir, f))
  : [];
if (files.length === 0) {
  console.error(`no unit test files under ${dir}: run 'node esbuild.mjs --tests' first`);
  process.exit(1);
}
process.env.TZ = 'UTC';
let passed = 0;
let failed = 0;
const stream = run({ files, concurrency: true, timeout: 120_000 });
stream.on('test:pass', (e) => { if (e.details?.type !== 'suite') passed++; });
stream.on('test:fail', (e) => { if (e.details?.type !== 'suite') failed++; });
const report = stream.compose(spec);
report.pipe(process.stdout, { end: false });
await finished(report);
console.log(`unit: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
