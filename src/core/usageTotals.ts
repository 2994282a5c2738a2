import type { UsageEvent } from './usageEvent';

/** Token counts and cost of a group of requests; `micros` leaves out requests whose model has no price. */
export interface UsageTotals {
  micros: number;
  inputTokens: number;
  outputTokens: number;
  cacheCreationTokens: number;
  cacheReadTokens: number;
  requests: number;
  /** Requests counted in the tokens but not in `micros`, because their model has no price. */
  unpricedRequests: number;
}

/** Totals of nothing. */
export function emptyTotals(): UsageTotals {
  return { micros: 0, inputTokens: 0, outputTokens: 0, cacheCreationTokens: 0, cacheReadTokens: 0, requests: 0, unpricedRequests: 0 };
}

/** Adds `from` into `into` (mutates and returns `into`). */
export function addTotals(into: UsageTotals, from: Readonly<UsageTotals>): UsageTotals {
  into.micros += from.micros;
  into.inputTokens += from.inputTokens;
  into.outputTokens += from.outputTokens;
  into.cacheCreationTokens += from.cacheCreationTokens;
  into.cacheReadTokens += from.cacheReadTokens;
  into.requests += from.requests;
  into.unpricedRequests += from.unpricedRequests;
  return into;
}

function count(n: number | undefined): number {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : 0;
}

/** Adds one request costing `micros` into `into` (0 and counted as unpriced when its model has no price). */
export function addEventTotals(into: UsageTotals, e: UsageEvent, micros: number, isUnpriced: boolean): void {
  into.micros += micros;
  into.inputTokens += count(e.inputTokens);
  into.outputTokens += count(e.outputTokens);
  into.cacheCreationTokens += count(e.cacheCreationTokens);
  into.cacheReadTokens += count(e.cacheReadTokens);
  into.requests += 1;
  if (isUnpriced) into.unpricedRequests += 1;
}

/** True when there were requests and none of them had a price: the cost is unknown, not $0. */
export function isAllUnpriced(t: Readonly<UsageTotals>): boolean {
  return t.requests > 0 && t.unpricedRequests === t.requests;
}
