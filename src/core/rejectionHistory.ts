import { z } from 'zod';
import { rejectionEventSchema, type RejectionEvent } from './rejection';

/** How many rejections are kept for Explain and the tooltip. */
export const HISTORY_LIMIT = 100;

/** Persisted history, newest first; validated when read back. */
export const rejectionHistorySchema = z.array(rejectionEventSchema).max(HISTORY_LIMIT * 2);

/** What makes two events the same rejection (a retry seen twice, or one line read by two windows). */
export const rejectionIdentity = (e: RejectionEvent): string =>
  e.requestId ?? `${e.origin.source}|${e.kind}|${e.at}|${e.message.slice(0, 200)}`;

/** Adds an event unless the same rejection is already there; returns the new history (newest first, bounded). */
export function addToHistory(history: readonly RejectionEvent[], event: RejectionEvent): RejectionEvent[] | undefined {
  const id = rejectionIdentity(event);
  if (history.some((e) => rejectionIdentity(e) === id)) return undefined;
  const next = [...history, event].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return next.slice(0, HISTORY_LIMIT);
}

/**
 * True while an extra-usage rejection is the latest event and the user has not confirmed a balance
 * (claimed credit, topped up) since it was seen.
 */
export function hasUnresolvedExtraUsage(history: readonly RejectionEvent[], lastBalanceAt: string | undefined): boolean {
  const latest = history[0];
  if (!latest || latest.kind !== 'extra-usage') return false;
  return lastBalanceAt === undefined || Date.parse(lastBalanceAt) < Date.parse(latest.at);
}
