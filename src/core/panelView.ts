import { explainRejection } from './explainRejection';
import { ENGLISH, type L10n } from './l10n';
import { microsToUsd } from './money';
import type { RejectionEvent } from './rejection';
import { translatedToolLabel } from './toolLabels';
import type { UsageLedger } from './usageLedger';
import type { PanelState } from './webviewProtocol';

/** The panel's view of one rejection: where and when it was seen, and its explanation. */
export function rejectionView(event: RejectionEvent, l10n: L10n = ENGLISH): NonNullable<PanelState['rejection']> {
  const e = explainRejection(event, l10n);
  const tool = translatedToolLabel(event.origin.source, l10n);
  return {
    kind: event.kind,
    tool: event.origin.location ? `${tool} (${event.origin.location})` : tool,
    at: event.at,
    requestId: event.requestId,
    title: e.title,
    pool: e.pool,
    poolLabel: e.poolLabel,
    waitingHelps: e.waitingHelps,
    waitUntil: e.waitUntil,
    summary: e.summary,
    steps: e.steps,
    pitfalls: e.pitfalls,
    message: event.message,
  };
}

/** Spend per local day by tool over the last `count` days, oldest first, in dollars. */
export function spendByDay(ledger: UsageLedger, today: string, count: number): { date: string; bySource: Record<string, number> }[] {
  return lastDates(today, count).map((date, i, all) => {
    const until = all[i + 1] ?? nextDate(date);
    const bySource: Record<string, number> = {};
    for (const { source, totals } of ledger.totalsBySource({ since: date, until })) {
      if (totals.micros > 0) bySource[source] = microsToUsd(totals.micros);
    }
    return { date, bySource };
  });
}

function lastDates(today: string, count: number): string[] {
  const end = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(end - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
