import * as os from 'node:os';
import { createUsageLedger, type DayRange, type UsageLedger } from '../core/usageLedger';
import { localDateIn } from '../core/localDateIn';
import { microsToUsd } from '../core/money';
import { BUNDLED_PRICE_TABLE } from '../core/priceTable';
import { addTotals, emptyTotals, type UsageTotals } from '../core/usageTotals';
import { findClaudeCodeFolders } from '../sources/claudeCodeFolders';
import { listClaudeCodeTranscripts, scanClaudeCodeListing } from '../sources/scanUsage';
import type { ScanStats } from '../sources/scanStats';
import { type CliCommand, type CliIo, UsageError } from './cliCommand';
import { CLI_NAME } from './cliText';

const USAGE = `Usage: ${CLI_NAME} usage [--json] [--since DATE] [--until DATE] [--by day|model|source] [--timezone IANA]

Totals of Claude Code usage read from its transcripts (projects/**/*.jsonl under each folder of
CLAUDE_CONFIG_DIR, a comma-separated list, else ~/.config/claude and ~/.claude), priced offline at
Anthropic's list prices. Every file is read, however old; requests repeated in a transcript are counted once.
  --since, --until  Local calendar days, both included: 20260101 or 2026-01-01
  --by              Rows of the table: day (default), model or source
  --timezone        Time zone of the days (default: TZ, else the system's)
  --json            {"totals", "byDay", "byModel", "bySource", "records", "duplicatesSkipped",
                    "malformedLinesSkipped", "unpricedModels", "unreadable"}; costUsd is null for a
                    row whose requests all lack a price (never $0)
`;

const GROUPINGS = ['day', 'model', 'source'] as const;
const DAY_MS = 86_400_000;

/** Parsed `--name value` / `--name=value` flags; a boolean flag maps to ''. Unknown flags are usage errors. */
export function parseFlags(args: readonly string[], spec: { booleans?: readonly string[]; values?: readonly string[] }): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) throw new UsageError(arg.startsWith('-') ? `unknown option '${arg}'` : `unexpected argument '${arg}'`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (eq < 0 && spec.booleans?.includes(name)) {
      flags.set(name, '');
      continue;
    }
    if (!spec.values?.includes(name)) throw new UsageError(`unknown option '${name}'`);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value.trim() === '') throw new UsageError(`${name} needs a value`);
    flags.set(name, value.trim());
  }
  return flags;
}

/** The zone days are counted in: `--timezone` (checked), else a valid TZ from the environment, else the runtime's. */
export function resolveTimeZone(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  const isZone = (zone: string): boolean => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  };
  if (flag !== undefined) {
    if (!isZone(flag)) throw new UsageError(`--timezone '${flag}' is not an IANA time zone (for example Europe/Berlin)`);
    return flag;
  }
  const fromEnv = env.TZ?.replace(/^:/, '');
  return fromEnv && isZone(fromEnv) ? fromEnv : new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `20260101` or `2026-01-01` as `2026-01-01`; anything else (or no such day) is a usage error. */
export function parseDay(flag: string, raw: string): string {
  const m = /^(\d{4})(-?)(\d{2})\2(\d{2})$/.exec(raw);
  const day = m ? `${m[1]}-${m[3]}-${m[4]}` : '';
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!m || !Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new UsageError(`${flag} '${raw}' is not a date: use YYYYMMDD or YYYY-MM-DD`);
  }
  return day;
}

const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** What a read of the Claude Code transcripts gave. */
export interface LoadedUsage {
  readonly ledger: UsageLedger;
  readonly stats: ScanStats;
  readonly folders: readonly string[];
}

// Dedup is left to the ledger (a set of 53-bit hashes), so the scan keeps no set of key strings of its own.
const PASS_ALL_KEYS = { add: (): boolean => true, size: 0 };

/**
 * Streams the Claude Code transcripts into a ledger. Files last modified before `modifiedSinceMs` are not even
 * opened (a file cannot hold requests newer than its last write). No folder → a note on stderr and an empty ledger.
 */
export async function loadClaudeCodeUsage(io: CliIo, options: { timeZone: string; modifiedSinceMs?: number; quiet?: boolean }): Promise<LoadedUsage> {
  const ledger = createUsageLedger({ table: BUNDLED_PRICE_TABLE, localDate: localDateIn(options.timeZone) });
  const found = await findClaudeCodeFolders({ env: io.env, homedir: io.env.HOME || os.homedir() });
  if (!options.quiet && (found.folders.length === 0 || io.env.CLAUDE_CONFIG_DIR)) {
    const list = found.skipped.map((s) => `  ${s.path}: ${s.reason}\n`).join('');
    if (found.folders.length === 0) io.stderr(`${CLI_NAME}: no Claude Code transcripts found; looked in:\n${list}Set CLAUDE_CONFIG_DIR to the folder that holds "projects" (a comma-separated list for several).\n`);
    else if (list) io.stderr(`${CLI_NAME}: skipped folders of CLAUDE_CONFIG_DIR:\n${list}`);
  }
  const listing = await listClaudeCodeTranscripts(found.folders);
  const since = options.modifiedSinceMs ?? -Infinity;
  const files = listing.files.filter((f) => f.mtimeMs >= since);
  const stats = await scanClaudeCodeListing({ ...listing, files }, found.folders, {
    classify: () => undefined,
    onUsage: (event) => void ledger.add(event),
    includeOldUsage: true,
    seenKeys: PASS_ALL_KEYS,
  });
  return { ledger, stats, folders: found.folders };
}

/** `usage`: token and cost totals from Claude Code transcripts, by day, model or source. */
export const usageCommand: CliCommand = {
  name: 'usage',
  summary: 'Token and cost totals from Claude Code transcripts',
  usage: USAGE,
  async run(io: CliIo): Promise<number> {
    const flags = parseFlags(io.args, { booleans: ['--json'], values: ['--since', '--until', '--by', '--timezone'] });
    const by = flags.get('--by') ?? 'day';
    if (!(GROUPINGS as readonly string[]).includes(by)) throw new UsageError(`--by must be one of ${GROUPINGS.join(', ')}`);
    const since = flags.has('--since') ? parseDay('--since', flags.get('--since') as string) : undefined;
    const until = flags.has('--until') ? parseDay('--until', flags.get('--until') as string) : undefined;
    if (since !== undefined && until !== undefined && until < since) throw new UsageError('--until is before --since');
    const timeZone = resolveTimeZone(flags.get('--timezone'), io.env);
    const loaded = await loadClaudeCodeUsage(io, { timeZone });
    const range: DayRange = { ...(since ? { since } : {}), ...(until ? { until: nextDay(until) } : {}) };
    const report = usageReport(loaded, range);
    io.stdout(flags.has('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatUsageTable(loaded, range, by as Grouping, report));
    return 0;
  },
};

/** The JSON fields of a group of requests; a cost made only of unpriced requests is null, never $0. */
export function usageFields(t: UsageTotals) {
  const isUnpriced = t.requests > 0 && t.unpricedRequests === t.requests;
  return {
    inputTokens: t.inputTokens,
    outputTokens: t.outputTokens,
    cacheCreationTokens: t.cacheCreationTokens,
    cacheReadTokens: t.cacheReadTokens,
    costUsd: isUnpriced ? null : microsToUsd(t.micros),
  };
}

type Grouping = (typeof GROUPINGS)[number];

function usageReport(loaded: LoadedUsage, range: DayRange) {
  const { ledger, stats } = loaded;
  const days = ledger.totalsByDay(range);
  const models = ledger.totalsByModel(range);
  const sum = days.reduce((acc, d) => addTotals(acc, d.totals), emptyTotals());
  return {
    totals: usageFields(sum),
    byDay: days.map((d) => ({ date: d.date, ...usageFields(d.totals) })),
    byModel: models.map((m) => ({ model: m.model, ...usageFields(m.totals) })),
    bySource: ledger.totalsBySource(range).map((s) => ({ source: s.source, ...usageFields(s.totals) })),
    records: sum.requests,
    duplicatesSkipped: ledger.counts().duplicatesSkipped,
    malformedLinesSkipped: stats.malformedLines,
    unpricedModels: models.filter((m) => m.totals.unpricedRequests > 0)
      .map((m) => ({ model: m.model, requests: m.totals.unpricedRequests, ...usageFields(m.totals), costUsd: null })),
    unreadable: stats.unreadable.map((u) => ({ path: u.path, reason: u.reason })),
  };
}

type UsageReport = ReturnType<typeof usageReport>;
const HEADERS = ['Input', 'Output', 'Cache write', 'Cache read', 'Total tokens', 'Cost'];
const LABELS: Record<Grouping, string> = { day: 'Date', model: 'Model', source: 'Source' };
const int = (n: number): string => n.toLocaleString('en-US');

/** A table of the rows of one grouping with a total row; `*` marks a cost that leaves out unpriced requests. */
function formatUsageTable(loaded: LoadedUsage, range: DayRange, by: Grouping, report: UsageReport): string {
  const groups = by === 'day' ? loaded.ledger.totalsByDay(range).map((g) => [g.date, g.totals] as const)
    : by === 'model' ? loaded.ledger.totalsByModel(range).map((g) => [g.model, g.totals] as const)
      : loaded.ledger.totalsBySource(range).map((g) => [g.source, g.totals] as const);
  const total = groups.reduce((acc, [, t]) => addTotals(acc, t), emptyTotals());
  const rows = [[LABELS[by], ...HEADERS], ...groups.map(([key, t]) => [key, ...cells(t)]), ['Total', ...cells(total)]];
  const widths = HEADERS.map((_, i) => Math.max(...rows.map((r) => (r[i + 1] as string).length)));
  const first = Math.max(...rows.map((r) => (r[0] as string).length));
  const line = (r: string[]): string => [(r[0] as string).padEnd(first), ...widths.map((w, i) => (r[i + 1] as string).padStart(w))].join('  ');
  const rule = '-'.repeat(first + widths.reduce((a, w) => a + w + 2, 0));
  const table = [line(rows[0] as string[]), rule, ...rows.slice(1, -1).map(line), rule, line(rows.at(-1) as string[])];
  if (groups.length === 0) table.splice(2, 0, '(no usage in this period)');
  return `${[...table, '', ...notes(report)].join('\n')}\n`;
}

function cells(t: UsageTotals): string[] {
  const tokens = t.inputTokens + t.outputTokens + t.cacheCreationTokens + t.cacheReadTokens;
  const cost = t.requests > 0 && t.unpricedRequests === t.requests ? 'no price'
    : `$${microsToUsd(t.micros).toFixed(2)}${t.unpricedRequests > 0 ? '*' : ''}`;
  return [int(t.inputTokens), int(t.outputTokens), int(t.cacheCreationTokens), int(t.cacheReadTokens), int(tokens), cost];
}

function notes(r: UsageReport): string[] {
  const out = [`${int(r.records)} requests; skipped ${int(r.duplicatesSkipped)} duplicates and ${int(r.malformedLinesSkipped)} malformed lines.`];
  if (r.unpricedModels.length > 0) {
    const names = r.unpricedModels.map((m) => `${m.model} (${int(m.requests)} requests)`).join(', ');
    out.push(`* Not in the cost, no price known: ${names}. Their tokens are counted; their cost is unknown, not $0.`);
  }
  for (const u of r.unreadable) out.push(`Could not read ${u.path} (${u.reason}).`);
  return out;
}
