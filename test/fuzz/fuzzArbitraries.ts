// Generators shared by the fuzz properties (test/fuzz/fuzzProperties.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';

/** The repository root, found from the bundle's folder (tests and benches are bundled to different depths). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

function readLines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 0);
}

/** Every line of the Claude Code transcript fixtures: real-shaped records to mutate. */
export function fixtureRecords(): string[] {
  const root = path.join(repoRoot(), 'test/fixtures/sources/claude/projects');
  const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.jsonl'));
  return files.flatMap((f) => readLines(path.join(root, f)));
}

/** The error texts of the classifier fixtures (real messages seen in the wild). */
export function fixtureRejectionTexts(): string[] {
  const dir = path.join(repoRoot(), 'test/fixtures');
  return ['rejections.jsonl', 'rejections-extra.jsonl']
    .flatMap((f) => readLines(path.join(dir, f)))
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

/** The messages of the Cline task fixtures. */
export function fixtureClineMessages(): unknown[] {
  const root = path.join(repoRoot(), 'test/fixtures/sources/cline');
  const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('ui_messages.json'));
  return files.flatMap((f) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')) as unknown[]);
}

const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 24 }), insert: fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', '\n', '\u0000', '\uD800', '1e999', 'null')) });

/** A text with a few random cuts and insertions (a crash mid-write, a bad encoder, a hostile tool). */
export function mutatedText(texts: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 5 })).map(([text, edits]) => {
    let out = text;
    for (const e of edits) {
      const at = e.at % (out.length + 1);
      out = out.slice(0, at) + e.insert + out.slice(at + e.remove);
    }
    return out;
  });
}

/** Replaces the value at a path picked by `picks` (each pick chooses a key or index) with `value`. */
function replaceAt(root: unknown, picks: readonly number[], value: unknown): unknown {
  if (picks.length === 0 || root === null || typeof root !== 'object') return value;
  const keys = Object.keys(root);
  if (keys.length === 0) return value;
  const key = keys[picks[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(root) ? ([...root] as unknown as Record<string, unknown>) : { ...root };
  copy[key] = replaceAt((root as Record<string, unknown>)[key], picks.slice(1), value);
  return copy;
}

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(-1, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, 0.5, '', 'NaN', '2026-13-45T99:99:99Z', '<synthetic>', '__proto__', [], {}),
);

/** A JSON text whose values were swapped at random paths: well-formed JSON of the wrong shape. */
export function mutatedJson(texts: readonly string[]): fc.Arbitrary<string> {
  const values = texts.flatMap((t) => {
    try {
      return [JSON.parse(t) as unknown];
    } catch {
      return []; // fixtures hold deliberately cut lines too
    }
  });
  return fc
    .tuple(fc.constantFrom(...values), fc.array(fc.tuple(fc.array(fc.nat(), { maxLength: 6 }), oddValue), { minLength: 1, maxLength: 3 }))
    .map(([value, swaps]) => JSON.stringify(swaps.reduce((v, [picks, odd]) => replaceAt(v, picks, odd), value)));
}

/** Strings of every sort: plain, unicode, lone surrogates, control characters, JSON. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.json({ maxDepth: 3 }),
  fc.constantFrom('', '\u001b[31m', '\r\n', '{}', '[]', 'null', '"usage"', '{"usage":', 'API Error: 4'),
);

const SHORT_WORDS = ['API Error', '400', '429', '529', 'extra usage', 'rate_limit_error', 'overloaded', 'credit', 'resets 9am', 'request_id', 'req_011C', '{"type":"error"', '\u001b[0m', '\n', '"', '\\'];

/** Short strings built from keywords the classifier looks for, mixed with noise. */
export const keywordSoup: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...SHORT_WORDS), fc.string({ maxLength: 6 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

/** Bytes of a log file: lines of random bytes and unicode, LF and CRLF ends, maybe a partial last line. */
export const logBytes: fc.Arbitrary<Buffer> = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constant(Buffer.from('\n')), weight: 3 },
      { arbitrary: fc.constant(Buffer.from('\r\n')), weight: 1 },
      { arbitrary: fc.uint8Array({ minLength: 1, maxLength: 12 }).map((a) => Buffer.from(a)), weight: 5 },
      { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).map((s) => Buffer.from(s)), weight: 4 },
    ),
    { maxLength: 60 },
  )
  .map((parts) => Buffer.concat(parts));
