import { microsToUsd } from '../core/money';
import type { DayRange } from '../core/usageLedger';
import { addTotals, emptyTotals, type UsageTotals, isAllUnpriced } from '../core/usageTotals';
import type { LoadedUsage } from './loadClaudeCodeUsage';

/** The JSON fields of a group of requests; a cost made only of unpriced requests is null, never $0. */
export function usageFields(t: UsageTotals) {
  const isUnpriced = isAllUnpriced(t);
  return {
    inputTokens: t.inputTokens,
    outputTokens: t.outputTokens,
    cacheCreationTokens: t.cacheCreationTokens,
    cacheReadTokens: t.cacheReadTokens,
    costUsd: isUnpriced ? null : microsToUsd(t.micros),
  };
}

/** The `usage --json` document: totals, rows per day, model and source, and what was skipped. */
export function usageReport(loaded: LoadedUsage, range: DayRange) {
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

/** The `usage --json` document. */
export type UsageReport = ReturnType<typeof usageReport>;
