import type { DayRange } from '../core/usageLedger';
import { type CliCommand, type CliIo, UsageError } from './cliCommand';
import { oneOfFlag, parseDay, parseFlags } from './cliFlags';
import { FLAG_ERRORS, USAGE_TEXT } from './cliText';
import { resolveTimeZone } from './cliTimeZone';
import { loadClaudeCodeUsage } from './loadClaudeCodeUsage';
import { usageReport } from './usageReport';
import { formatUsageTable, type Grouping } from './usageTable';

const GROUPINGS: readonly Grouping[] = ['day', 'model', 'source'];
const DAY_MS = 86_400_000;

const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** `usage`: token and cost totals from Claude Code transcripts, by day, model or source. */
export const usageCommand: CliCommand = {
  name: 'usage',
  summary: USAGE_TEXT.summary,
  usage: USAGE_TEXT.usage,
  async run(io: CliIo): Promise<number> {
    const flags = parseFlags(io.args, { booleans: ['--json'], values: ['--since', '--until', '--by', '--timezone'] });
    const by = oneOfFlag('--by', flags.get('--by') ?? 'day', GROUPINGS);
    const since = flags.has('--since') ? parseDay('--since', flags.get('--since') as string) : undefined;
    const until = flags.has('--until') ? parseDay('--until', flags.get('--until') as string) : undefined;
    if (since !== undefined && until !== undefined && until < since) throw new UsageError(FLAG_ERRORS.untilBeforeSince);
    const timeZone = resolveTimeZone(flags.get('--timezone'), io.env);
    const loaded = await loadClaudeCodeUsage(io, { timeZone, totalsOnly: true });
    const range: DayRange = { ...(since ? { since } : {}), ...(until ? { until: nextDay(until) } : {}) };
    const report = usageReport(loaded, range);
    io.stdout(flags.has('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatUsageTable(loaded, range, by, report));
    return 0;
  },
};
