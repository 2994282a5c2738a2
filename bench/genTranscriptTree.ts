import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

export interface TreeOptions {
  readonly targetBytes: number;
  readonly files: number;
  readonly seed: number;
  /** Share of assistant records followed by a second streaming chunk (same message and request id). */
  readonly duplicateRate: number;
  /** Share of lines cut in the middle (as a crash mid-write leaves them). */
  readonly malformedRate: number;
  /**
   * `claude-code` (default): records as Claude Code writes them. `varied`: the same records written otherwise, to
   * check that a reader depends on none of that: keys in a random order at every level, some lines with spaces
   * after `:` and `,`, some files with CRLF line ends or without a final newline, and a few blank lines. `tools`: a
   * session that writes code, as Claude Code records one: an assistant record's keys in Claude Code's order (the
   * message first, its usage after the content, the type after the message), one line per content block (thinking
   * with its signature, text, a tool call writing a file of code), short tool results; most bytes are in requests.
   * `chat`: many small records (short answers, short tool results and prompts), as a long chat-like session leaves
   * them: ten times the records of `claude-code` in the same bytes, where a reader's cost per record shows.
   */
  readonly layout?: 'claude-code' | 'varied' | 'tools' | 'chat';
}

export interface TreeSummary {
  readonly files: number;
  readonly bytes: number;
  readonly usageRecords: number;
  readonly duplicates: number;
  readonly malformed: number;
}

const MODELS = ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5-20250929', 'claude-opus-4-1-20250805', 'claude-haiku-4-5-20251001', 'claude-sonnet-4-20250514'];
const WORDS = 'the of and to in is for that with on as this function const return import from export if else await async value error result string number type interface test file line data user request response token cache model usage session project build ändern größe 日本 テスト 🎉 "quoted" path\\to\\file tab\there'.split(' ');
const DAY_MS = 86_400_000;

/** Deterministic PRNG (mulberry32), so a seed always gives the same tree. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Gen {
  readonly random: () => number;
  readonly corpus: string;
  readonly options: TreeOptions;
  usageRecords: number;
  duplicates: number;
  malformed: number;
  counter: number;
  /** Assistant lines of the last file (varied layout: a resumed session starts with copies of a few). */
  lastAssistantLines: string[];
}

/** The same value with the keys of every object in a random order. */
function shuffleKeys(g: Gen, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(g, v));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([k, v]) => [k, shuffleKeys(g, v)] as const);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(g.random() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries);
}

/** One record as a line, in the tree's layout. */
function serialize(g: Gen, record: Record<string, unknown>): string {
  if (g.options.layout !== 'varied') return JSON.stringify(record);
  const shuffled = shuffleKeys(g, record);
  return g.random() < 0.3 ? JSON.stringify(shuffled, null, 1).replace(/\n\s*/g, ' ') : JSON.stringify(shuffled);
}

const pick = <T>(g: Gen, items: readonly T[]): T => items[Math.floor(g.random() * items.length)]!;
const int = (g: Gen, min: number, max: number): number => min + Math.floor(g.random() * (max - min + 1));
const hex = (g: Gen, n: number): string => Array.from({ length: n }, () => Math.floor(g.random() * 16).toString(16)).join('');
function text(g: Gen, chars: number): string {
  const start = Math.floor(g.random() * (g.corpus.length - chars - 1));
  return g.corpus.slice(start, start + chars);
}

/** Text as source code: lines of words, newlines and indentation (escapes in JSON). */
function code(g: Gen, chars: number): string {
  const lines: string[] = [];
  let length = 0;
  while (length < chars) {
    const line = '  '.repeat(int(g, 0, 3)) + text(g, int(g, 10, 70));
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

/** A request as Claude Code records it while writing code: one line per content block, the usage on each. */
function toolRequest(g: Gen, base: Record<string, unknown>, at: number): string[] {
  const usage = { input_tokens: int(g, 1, 40), cache_creation_input_tokens: int(g, 0, 30000), cache_read_input_tokens: int(g, 0, 150000), cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: int(g, 0, 5000) }, output_tokens: int(g, 20, 8000), service_tier: 'standard' };
  const head = { id: `msg_01${hex(g, 22)}`, type: 'message', role: 'assistant', model: pick(g, MODELS) };
  const requestId = `req_011C${hex(g, 20)}`;
  const blocks: unknown[] = [];
  if (g.random() < 0.5) blocks.push({ type: 'thinking', thinking: text(g, int(g, 200, 3000)), signature: hex(g, int(g, 300, 900)) });
  blocks.push({ type: 'text', text: text(g, int(g, 40, 800)) });
  if (g.random() < 0.7) blocks.push({ type: 'tool_use', id: `toolu_${hex(g, 24)}`, name: 'Write', input: { file_path: `/home/dev/src/${hex(g, 8)}.ts`, content: code(g, int(g, 500, 30_000)) } });
  g.usageRecords++;
  g.duplicates += blocks.length - 1;
  return blocks.map((block) => serialize(g, {
    ...base, message: { ...head, content: [block], stop_reason: null, stop_sequence: null, usage }, requestId, type: 'assistant', uuid: hex(g, 32), timestamp: new Date(at).toISOString(),
  }));
}

function assistantRecords(g: Gen, base: Record<string, unknown>, at: number): string[] {
  if (g.options.layout === 'tools') return toolRequest(g, base, at);
  const usage = { input_tokens: int(g, 1, 40), output_tokens: int(g, 20, 3000), cache_creation_input_tokens: int(g, 0, 30000), cache_read_input_tokens: int(g, 0, 150000), cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: int(g, 0, 5000) }, service_tier: 'standard' };
  const message = { id: `msg_01${hex(g, 22)}`, type: 'message', role: 'assistant', model: pick(g, MODELS), stop_reason: 'tool_use', stop_sequence: null, usage };
  const requestId = `req_011C${hex(g, 20)}`;
  const chunk = (content: unknown): string => serialize(g, { ...base, type: 'assistant', uuid: hex(g, 32), timestamp: new Date(at).toISOString(), requestId, message: { ...message, content } });
  g.usageRecords++;
  const lines = [chunk([{ type: 'text', text: g.options.layout === 'chat' ? text(g, int(g, 20, 600)) : text(g, int(g, 100, 3000)) }])];
  if (g.options.layout === 'varied') g.lastAssistantLines.push(lines[0]!);
  if (g.random() < g.options.duplicateRate) {
    g.duplicates++;
    lines.push(chunk([{ type: 'tool_use', id: `toolu_${hex(g, 24)}`, name: 'Read', input: { file_path: `/home/dev/src/${hex(g, 8)}.ts` } }]));
  }
  return lines;
}

function toolResult(g: Gen, base: Record<string, unknown>, at: number): string {
  const size = g.options.layout === 'tools' || g.options.layout === 'chat' ? int(g, 40, 2000) : g.random() < 0.02 ? int(g, 60_000, 200_000) : int(g, 300, 16_000);
  const content = [{ type: 'tool_result', tool_use_id: `toolu_${hex(g, 24)}`, is_error: false, content: text(g, size) }];
  return serialize(g, { ...base, type: 'user', uuid: hex(g, 32), timestamp: new Date(at).toISOString(), message: { role: 'user', content }, toolUseResult: { stdout: text(g, Math.min(size, 2000)), stderr: '', interrupted: false } });
}

function sessionLines(g: Gen, targetBytes: number, sessionId: string, cwd: string, startMs: number): string[] {
  const base = { parentUuid: null, isSidechain: false, userType: 'external', cwd, sessionId, version: '2.0.14', gitBranch: 'main' };
  const lines: string[] = [];
  if (g.options.layout === 'varied' && g.random() < 0.2) {
    // A resumed session: the same requests again, in another file (counted once).
    const copies = g.lastAssistantLines.slice(-3);
    g.duplicates += copies.length;
    lines.push(...copies);
  }
  g.lastAssistantLines = [];
  let bytes = 0;
  let at = startMs;
  while (bytes < targetBytes) {
    at += int(g, 500, 90_000);
    const roll = g.random();
    const batch = roll < (g.options.layout === 'tools' ? 0.6 : 0.45) ? assistantRecords(g, base, at)
      : roll < 0.9 ? [toolResult(g, base, at)]
      : roll < 0.995 ? [serialize(g, { ...base, type: 'user', uuid: hex(g, 32), timestamp: new Date(at).toISOString(), message: { role: 'user', content: text(g, int(g, 20, 400)) } })]
      : [serialize(g, { ...base, type: 'system', subtype: 'api_error', level: 'error', timestamp: new Date(at).toISOString(), error: { message: '529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', status: 529 }, retryAttempt: 1, maxRetries: 10 })];
    for (let line of batch) {
      if (g.random() < g.options.malformedRate) {
        line = line.slice(0, Math.floor(line.length / 2));
        g.malformed++;
      }
      lines.push(line);
      bytes += Buffer.byteLength(line) + 1;
    }
  }
  return lines;
}

/** The lines of one file joined as the layout says. */
function fileBody(g: Gen, lines: string[]): string {
  if (g.options.layout !== 'varied') return lines.join('\n') + '\n';
  const eol = g.random() < 0.2 ? '\r\n' : '\n';
  const withBlanks = lines.flatMap((line) => (g.random() < 0.01 ? ['', line] : [line]));
  return withBlanks.join(eol) + (g.random() < 0.3 ? '' : eol);
}

/** Writes a realistic Claude Code tree (`projects/<project>/<session>.jsonl` and sub-agent files) under `dir`. */
export async function generateTree(dir: string, options: TreeOptions): Promise<TreeSummary> {
  const random = createRandom(options.seed);
  const corpus = Array.from({ length: 400_000 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const g: Gen = { random, corpus, options, usageRecords: 0, duplicates: 0, malformed: 0, counter: 0, lastAssistantLines: [] };
  const weights = Array.from({ length: options.files }, () => Math.exp((random() + random() + random() - 1.5) * 2));
  const total = weights.reduce((a, b) => a + b, 0);
  const projects = Array.from({ length: Math.max(1, Math.round(options.files / 50)) }, (_, i) => `-home-dev-project-${i}`);
  let bytes = 0;
  let lastSession = '';
  let lastProject = projects[0]!;
  for (const [i, weight] of weights.entries()) {
    const isSubagent = i > 0 && random() < 0.15;
    const project = isSubagent ? lastProject : pick(g, projects);
    const session = isSubagent ? lastSession : `${hex(g, 8)}-${hex(g, 4)}-4${hex(g, 3)}-8${hex(g, 3)}-${hex(g, 12)}`;
    const file = isSubagent ? path.join(dir, 'projects', project, session, 'subagents', `agent-${hex(g, 8)}.jsonl`) : path.join(dir, 'projects', project, `${session}.jsonl`);
    const start = Date.UTC(2026, 10, 25) - int(g, 0, 20) * DAY_MS;
    const lines = sessionLines(g, Math.max(2000, (options.targetBytes * weight) / total), session, `/home/dev/${project}`, start);
    const body = fileBody(g, lines);
    await fsp.mkdir(path.dirname(file), { recursive: true });
    await fsp.writeFile(file, body);
    bytes += Buffer.byteLength(body);
    lastSession = session;
    lastProject = project;
  }
  return { files: options.files, bytes, usageRecords: g.usageRecords, duplicates: g.duplicates, malformed: g.malformed };
}
