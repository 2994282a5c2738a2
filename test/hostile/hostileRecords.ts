// Realistic Claude Code transcript lines with known usage, and a tally of what a correct scan must report.

/** Token counts of one request. */
export interface Usage {
  readonly input: number;
  readonly output: number;
  readonly cacheCreation: number;
  readonly cacheRead: number;
}

/** What a correct scan reports for the valid records of a tree. */
export interface ExpectedTotals {
  usageEvents: number;
  duplicates: number;
  inputTokens: number;
  outputTokens: number;
  cacheCreationTokens: number;
  cacheReadTokens: number;
  malformedLines: number;
  oversizeLines: number;
}

/** Zeroed expectations. */
export function emptyExpected(): ExpectedTotals {
  return { usageEvents: 0, duplicates: 0, inputTokens: 0, outputTokens: 0, cacheCreationTokens: 0, cacheReadTokens: 0, malformedLines: 0, oversizeLines: 0 };
}

/** Counts one request once (the first copy of its key). */
export function countUsage(expected: ExpectedTotals, usage: Usage): void {
  expected.usageEvents++;
  expected.inputTokens += usage.input;
  expected.outputTokens += usage.output;
  expected.cacheCreationTokens += usage.cacheCreation;
  expected.cacheReadTokens += usage.cacheRead;
}

/** Adds `from` into `into`. */
export function addExpected(into: ExpectedTotals, from: ExpectedTotals): void {
  for (const key of Object.keys(into) as (keyof ExpectedTotals)[]) into[key] += from[key];
}

/** Usage that depends only on a number, so every copy of a request carries the same counts. */
export function usageOf(n: number): Usage {
  return { input: (n % 40) + 1, output: 20 + ((n * 37) % 3000), cacheCreation: (n * 131) % 30_000, cacheRead: (n * 977) % 150_000 };
}

const MODELS = ['claude-sonnet-4-5-20250929', 'claude-opus-4-1-20250805', 'claude-haiku-4-5-20251001'];
const BASE_MS = Date.UTC(2026, 10, 20);
const SESSION = { parentUuid: null, isSidechain: false, userType: 'external', cwd: '/home/dev/app', sessionId: 'hostile', version: '2.0.14', gitBranch: 'main' };

/** An assistant record of request `n` (key `msg_<tag>_<n>:req_<tag>_<n>`) with `content`. */
function assistantRecord(tag: string, n: number, content: unknown[], uuid: string): string {
  const u = usageOf(n);
  return JSON.stringify({
    ...SESSION, type: 'assistant', uuid, timestamp: new Date(BASE_MS + n * 1000).toISOString(), requestId: `req_${tag}_${n}`,
    message: {
      id: `msg_${tag}_${n}`, type: 'message', role: 'assistant', model: MODELS[n % MODELS.length], content,
      stop_reason: 'end_turn', stop_sequence: null,
      usage: { input_tokens: u.input, output_tokens: u.output, cache_creation_input_tokens: u.cacheCreation, cache_read_input_tokens: u.cacheRead },
    },
  });
}

/** An assistant record of request `n` (key `msg_<tag>_<n>:req_<tag>_<n>`); `text` goes into its content. */
export function assistantLine(tag: string, n: number, text = 'Done.'): string {
  return assistantRecord(tag, n, [{ type: 'text', text }], `${tag}-${n}-${text.length}`);
}

/** The dedup key of {@link assistantLine}. */
export const assistantKey = (tag: string, n: number): string => `msg_${tag}_${n}:req_${tag}_${n}`;

/**
 * An assistant record of at most `bytes` bytes made of many short text blocks: no string is long, so
 * eliding long strings leaves it as it is (its skeleton is the line itself).
 */
export function assistantBlocksLine(tag: string, n: number, bytes: number): string {
  const block = { type: 'text', text: 'y'.repeat(1000) };
  const base = Buffer.byteLength(assistantRecord(tag, n, [], tag));
  const count = Math.max(0, Math.floor((bytes - base) / (JSON.stringify(block).length + 1)));
  return assistantRecord(tag, n, Array.from({ length: count }, () => block), tag);
}

const CORPUS = 'const value = await readFile(path, "utf8"); // ändern größe 日本 🎉 \\ "quoted" \t '.repeat(4096);

/** A user record (a tool result) of about `bytes` bytes: most of a real transcript, and never usage. */
export function userLine(n: number, bytes: number): string {
  const start = (n * 7919) % 1024;
  return JSON.stringify({
    type: 'user', ...SESSION, uuid: `user-${n}`, timestamp: new Date(BASE_MS + n * 1000).toISOString(),
    message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: `toolu_${n}`, content: CORPUS.slice(start, start + Math.max(1, Math.floor(bytes * 0.8))) }] },
  });
}

/** An API error record (Claude Code's retry notice). */
export function apiErrorLine(n: number): string {
  return JSON.stringify({ ...SESSION, type: 'system', subtype: 'api_error', level: 'error', timestamp: new Date(BASE_MS + n * 1000).toISOString(), error: { message: '529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', status: 529 }, retryAttempt: 1, maxRetries: 10 });
}
