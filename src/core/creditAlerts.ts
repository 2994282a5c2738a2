import type { CreditEstimate } from './creditEstimate';

/** When to alert, as in the `credit.alertThresholds` setting (converted to micro-units). */
export interface CreditAlertThresholds {
  readonly remainingMicros: number;
  readonly spentPercent: number;
}

/** $5 left, or 80% of the confirmed balance spent. */
export const DEFAULT_ALERT_THRESHOLDS: CreditAlertThresholds = { remainingMicros: 5_000_000, spentPercent: 80 };

/** An alert to show; `id` is what to remember so it never fires twice for the same checkpoint. */
export type CreditAlert =
  | { readonly kind: 'remaining-below'; readonly id: string; readonly thresholdMicros: number; readonly remainingMicros: number }
  | { readonly kind: 'spent-percent'; readonly id: string; readonly percent: number; readonly spentMicros: number };

/** Input of `creditAlerts`. */
export interface CreditAlertInput {
  /** The estimate before this update, if any. */
  readonly previous?: CreditEstimate;
  readonly current: CreditEstimate;
  /** `checkpointId` of the checkpoint `current` is based on. */
  readonly checkpointId: string;
  /** Ids of alerts already shown (persisted by the caller). */
  readonly alreadyFired: ReadonlySet<string>;
  readonly thresholds?: CreditAlertThresholds;
}

/**
 * The alerts that fire now: the estimate crossed a threshold since `previous` (or, without a previous estimate of
 * the same checkpoint, since the balance was confirmed) and that alert has not fired for this checkpoint yet. A
 * balance typed in already below the mark does not alert. With auto-reload on and no monthly limit binding, the
 * balance refills itself, so there is nothing to alert about.
 */
export function creditAlerts(input: CreditAlertInput): CreditAlert[] {
  const { current, checkpointId } = input;
  const t = input.thresholds ?? DEFAULT_ALERT_THRESHOLDS;
  const cp = current.checkpoint;
  if (!cp || current.remainingMicros === null || current.spentSinceMicros === null) return [];
  if (!current.runsOut) return [];
  const prev = input.previous?.checkpoint && sameCheckpoint(input.previous, current) ? input.previous : undefined;
  const alerts: CreditAlert[] = [];
  const lowId = `${checkpointId}:remaining-below`;
  const wasAbove = prev ? (prev.remainingMicros ?? 0) >= t.remainingMicros : cp.amountMicros >= t.remainingMicros;
  if (current.remainingMicros < t.remainingMicros && wasAbove && !input.alreadyFired.has(lowId)) {
    alerts.push({ kind: 'remaining-below', id: lowId, thresholdMicros: t.remainingMicros, remainingMicros: current.remainingMicros });
  }
  const spentId = `${checkpointId}:spent-percent`;
  const share = (e: CreditEstimate): number => (cp.amountMicros > 0 ? ((e.spentSinceMicros ?? 0) * 100) / cp.amountMicros : 0);
  const wasUnder = prev ? share(prev) < t.spentPercent : true;
  if (cp.amountMicros > 0 && share(current) >= t.spentPercent && wasUnder && !input.alreadyFired.has(spentId)) {
    alerts.push({ kind: 'spent-percent', id: spentId, percent: t.spentPercent, spentMicros: current.spentSinceMicros });
  }
  return alerts;
}

function sameCheckpoint(a: CreditEstimate, b: CreditEstimate): boolean {
  return a.checkpoint?.at === b.checkpoint?.at && a.checkpoint?.amountMicros === b.checkpoint?.amountMicros;
}
