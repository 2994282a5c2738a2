import { microsToUsd } from '../core/money';
import type { DayRange } from '../core/usageLedger';
import { addTotals, emptyTotals, type UsageTotals, isAllUnpriced } from '../core/usageTotals';
import { USAGE_TEXT } from './cliText';
import type { LoadedUsage } from './loadClaudeCodeUsage';
import type { UsageReport } from './usageReport';

/** What the rows of the `usage` table are. */
export type Grouping = keyof typeof USAGE_TEXT.labels;

const int = (n: number): string => n.toLocaleString('en-US');

/** A table of the rows of one grouping with a total row; `*` marks a cost that leaves out unpriced requests. */
export function formatUsageTable(loaded: LoadedUsage, range: DayRange, by: Grouping, report: UsageReport): string {
  const groups = by === 'day' ? loaded.ledger.totalsByDay(range).map((g) => [g.date, g.totals] as const)
    : by === 'model' ? loaded.ledger.totalsByModel(range).map((g) => [g.model, g.totals] as const)
      : loaded.ledger.totalsBySource(range).map((g) => [g.source, g.totals] as const);
  const total = groups.reduce((acc, [, t]) => addTotals(acc, t), emptyTotals());
  const headers = USAGE_TEXT.headers;
  const rows = [[USAGE_TEXT.labels[by], ...headers], ...groups.map(([key, t]) => [key, ...cells(t)]), [USAGE_TEXT.total, ...cells(total)]];
  const widths = headers.map((_, i) => Math.max(...rows.map((r) => (r[i + 1] as string).length)));
  const first = Math.max(...rows.map((r) => (r[0] as string).length));
  const line = (r: string[]): string => [(r[0] as string).padEnd(first), ...widths.map((w, i) => (r[i + 1] as string).padStart(w))].join('  ');
  const rule = '-'.repeat(first + widths.reduce((a, w) => a + w + 2, 0));
  const table = [line(rows[0] as string[]), rule, ...rows.slice(1, -1).map(line), rule, line(rows.at(-1) as string[])];
  if (groups.length === 0) table.splice(2, 0, USAGE_TEXT.noUsage);
  return `${[...table, '', ...notes(report)].join('\n')}\n`;
}

function cells(t: UsageTotals): string[] {
  const tokens = t.inputTokens + t.outputTokens + t.cacheCreationTokens + t.cacheReadTokens;
  const cost = isAllUnpriced(t) ? USAGE_TEXT.noPrice
    : `$${microsToUsd(t.micros).toFixed(2)}${t.unpricedRequests > 0 ? '*' : ''}`;
  return [int(t.inputTokens), int(t.outputTokens), int(t.cacheCreationTokens), int(t.cacheReadTokens), int(tokens), cost];
}

function notes(r: UsageReport): string[] {
  const out = [USAGE_TEXT.counts(int(r.records), int(r.duplicatesSkipped), int(r.malformedLinesSkipped))];
  if (r.unpricedModels.length > 0) out.push(USAGE_TEXT.unpricedNote(r.unpricedModels.map((m) => USAGE_TEXT.unpricedModel(m.model, int(m.requests))).join(', ')));
  for (const u of r.unreadable) out.push(USAGE_TEXT.unreadable(u.path, u.reason));
  return out;
}
