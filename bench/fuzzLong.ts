// The fuzz properties of test/unit/fuzz.test.ts at a million cases in total; prints cases and time per property.
//   node out/bench/fuzzLong.js [--cases 1000000] [--seed N]
import { performance } from 'node:perf_hooks';
import { allProperties, checkProperty, runsOf } from '../test/fuzz/fuzzProperties';

const arg = (name: string): number | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};

async function main(): Promise<void> {
  const target = arg('cases') ?? 1_000_000;
  const seed = arg('seed') ?? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const properties = allProperties();
  const base = Math.ceil(target / properties.reduce((sum, p) => sum + p.share, 0));
  console.log(`fuzz:long seed ${seed}, about ${target} cases over ${properties.length} properties`);
  let cases = 0;
  let failed = 0;
  const started = performance.now();
  for (const property of properties) {
    const runs = runsOf(property, base);
    const t0 = performance.now();
    try {
      await checkProperty(property, runs, seed);
      console.log(`  ok    ${String(runs).padStart(8)} cases ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${property.name}`);
    } catch (error) {
      failed++;
      console.log(`  FAIL  ${String(runs).padStart(8)} cases ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${property.name}\n${String((error as Error).message)}`);
    }
    cases += runs;
  }
  console.log(`fuzz:long ${cases} cases in ${((performance.now() - started) / 1000).toFixed(1)} s, ${failed} properties failed (seed ${seed})`);
  process.exitCode = failed > 0 ? 1 : 0;
}

void main();
