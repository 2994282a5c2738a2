// Throughput of classifyRejection over realistic mixed terminal and log text (figures only, no asserts):
//   npm run bench:classify
import { classifyRejection } from '../src/core/classifyRejection';

const MB = 1024 * 1024;
const TARGET_MB = 50;

/** Small deterministic PRNG (mulberry32) so every run classifies the same text. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORDINARY: ReadonlyArray<(n: number) => string> = [
  (n) => `[main ${n.toString(16).padStart(7, '0')}] fix: handle empty cart (#${n % 900})`,
  (n) => ` ${n % 40} files changed, ${n % 300} insertions(+), ${n % 120} deletions(-)`,
  () => ' ! [rejected]        main -> main (fetch first)',
  () => "error: failed to push some refs to 'git@github.com:acme/shop.git'",
  (n) => `npm WARN deprecated glob@7.2.${n % 9}: Glob versions prior to v9 are no longer supported`,
  () => 'npm ERR! code E429\nnpm ERR! 429 Too Many Requests - GET https://registry.npmjs.org/left-pad',
  (n) => `added ${n % 900} packages, and audited ${n % 1200} packages in ${n % 30}s`,
  (n) => `  \u001b[32m✓\u001b[39m cart › applies the discount code (${n % 90} ms)`,
  (n) => `  \u001b[31m✗\u001b[39m api › retries after a 429 from the payment provider (${n % 400} ms)`,
  (n) => `    AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n      ${n % 500} !== 200`,
  (n) => `{"level":"info","time":${1775822400000 + n},"msg":"request completed","status":200,"path":"/api/items/${n % 5000}","ms":${n % 250}}`,
  (n) => `{"level":"error","time":${1775822400000 + n},"msg":"upstream timed out","status":504,"path":"/api/report"}`,
  (n) => `127.0.0.1 - - [10/Apr/2026:12:${String(n % 60).padStart(2, '0')}:01 +0000] "GET /api/items HTTP/1.1" ${n % 7 === 0 ? 429 : 200} ${n % 9000}`,
  (n) => `src/checkout/price.ts:${n % 300}:${n % 80} - error TS2322: Type 'string' is not assignable to type 'number'.`,
  (n) => `\u001b[1m\u001b[33mwarning\u001b[39m\u001b[22m: unused variable \`limit\` at src/lib.rs:${n % 700}`,
  () => '✖ 3 problems (0 errors, 3 warnings) — max-warnings limit is 10',
  (n) => `    at Object.<anonymous> (/home/dev/shop/src/server.ts:${n % 400}:${n % 60})`,
  (n) => `⏺ Read(src/cart/${n % 50}.ts)\n  ⎿  Read ${n % 400} lines (ctrl+r to expand)`,
  () => 'Usage: claude [options] [command] [prompt]',
  (n) => `2026-04-10 12:00:${String(n % 60).padStart(2, '0')} DEBUG worker ${n % 8} picked job ${n} from queue "emails" (quota ok, credit check skipped)`,
];

const REJECTIONS: readonly string[] = [
  'API Error: 400 {"type":"error","error":{"type":"invalid_request_error","message":"Third-party apps now draw from your extra usage, not your plan limits. We\'ve added a $20 credit to get you started. Claim it at claude.ai/settings/usage and keep going."},"request_id":"req_011CZqpMLV2mFDafSPRNAc8Y"}',
  "  ⎿  You've hit your limit · resets 12pm (America/Los_Angeles)\n     /extra-usage to finish what you're working on.",
  'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
  '{"message":"429 {\\"type\\":\\"error\\",\\"error\\":{\\"type\\":\\"rate_limit_error\\",\\"message\\":\\"Rate limited. Please try again later.\\"}}"}',
  'litellm.BadRequestError: AnthropicException - {"type":"error","error":{"type":"invalid_request_error","message":"Your credit balance is too low to access the Anthropic API."}}',
];

/** Lines of realistic output totalling about `megabytes`, with a rejection every few thousand lines. */
function generateLines(megabytes: number, seed: number): string[] {
  const next = random(seed);
  const lines: string[] = [];
  let size = 0;
  for (let n = 0; size < megabytes * MB; n++) {
    const line = next() < 0.0005 ? REJECTIONS[n % REJECTIONS.length]! : ORDINARY[Math.floor(next() * ORDINARY.length)]!(n);
    lines.push(line);
    size += line.length + 1;
  }
  return lines;
}

function timeIt(run: () => number): { ms: number; found: number } {
  const start = performance.now();
  const found = run();
  return { ms: performance.now() - start, found };
}

function medianOf3(run: () => number): { ms: number; found: number } {
  const runs = [timeIt(run), timeIt(run), timeIt(run)].sort((a, b) => a.ms - b.ms);
  return runs[1] ?? runs[0]!;
}

/** Median times of two workloads run interleaved five times, so machine noise hits both alike. */
function medianPair(a: () => number, b: () => number): [number, number] {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < 5; i++) {
    as.push(timeIt(a).ms);
    bs.push(timeIt(b).ms);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[2] ?? 0;
  return [median(as), median(bs)];
}

const perLine = (lines: readonly string[]) => () => lines.reduce((n, l) => n + (classifyRejection(l) ? 1 : 0), 0);
const perChunk = (chunks: readonly string[]) => () => chunks.reduce((n, c) => n + (classifyRejection(c) ? 1 : 0), 0);

function chunk(lines: readonly string[], size: number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < lines.length; i += size) chunks.push(lines.slice(i, i + size).join('\n'));
  return chunks;
}

function report(label: string, bytes: number, result: { ms: number; found: number }): void {
  const rate = bytes / MB / (result.ms / 1000);
  console.log(`${label.padEnd(34)} ${(bytes / MB).toFixed(1).padStart(6)} MB  ${result.ms.toFixed(0).padStart(6)} ms  ${rate.toFixed(1).padStart(7)} MB/s  ${result.found} rejections`);
}

function main(): void {
  const lines = generateLines(TARGET_MB, 42);
  const bytes = lines.reduce((n, l) => n + l.length + 1, 0);
  console.log(`classifyRejection benchmark: ${lines.length} lines, ${(bytes / MB).toFixed(1)} MB (goal: ≥50 MB/s, 10× input ≤11× time)`);
  console.log('Throughput is the median of 3 runs; ratios compare the first tenth of the lines with all of them.\n');
  perLine(lines.slice(0, 50_000))(); // warm-up
  report('line by line', bytes, medianOf3(perLine(lines)));
  report('12-line windows (terminal scanner)', bytes, medianOf3(perChunk(chunk(lines, 12))));
  report('1,000-line chunks', bytes, medianOf3(perChunk(chunk(lines, 1_000))));
  const whole = lines.join('\n');
  report('one string', whole.length, medianOf3(() => (classifyRejection(whole) ? 1 : 0)));
  const small = lines.slice(0, Math.floor(lines.length / 10));
  const [lineSmall, lineBig] = medianPair(perLine(small), perLine(lines));
  const [chunkSmall, chunkBig] = medianPair(perChunk(chunk(small, 12)), perChunk(chunk(lines, 12)));
  const smallWhole = small.join('\n');
  const [wholeSmall, wholeBig] = medianPair(() => (classifyRejection(smallWhole) ? 1 : 0), () => (classifyRejection(whole) ? 1 : 0));
  console.log('\n10× the input (median of 5 interleaved runs):');
  ratio('line by line', lineSmall, lineBig);
  ratio('12-line windows', chunkSmall, chunkBig);
  ratio('one string (bounded windows)', wholeSmall, wholeBig);
}

function ratio(label: string, small: number, big: number): void {
  console.log(`  ${label.padEnd(30)} ${small.toFixed(1).padStart(7)} ms → ${big.toFixed(1).padStart(7)} ms, ratio ${(big / Math.max(small, 0.001)).toFixed(2)}`);
}

main();
