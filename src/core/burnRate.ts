/** Spend per hour of active use, and what it was measured over. */
export interface BurnRate {
  readonly microsPerHour: number;
  /** Spend within the measured active time. */
  readonly spentMicros: number;
  /** Active time measured (before the minimum span is applied). */
  readonly activeMs: number;
  /** Stretches of use separated by idle gaps. */
  readonly sessions: number;
  /** Time of the oldest and newest spend measured. */
  readonly fromMs: number;
  readonly toMs: number;
}

/** Tuning of `burnRate`; every field has a default. */
export interface BurnRateOptions {
  /** A pause longer than this ends a session (15 minutes). */
  readonly idleGapMs?: number;
  /** How much recent active time to measure, walking back from the newest spend (24 hours). */
  readonly windowActiveMs?: number;
  /** Active time is never taken as shorter than this, so one early request does not look like a torrent (5 minutes). */
  readonly minActiveMs?: number;
  /** Active time credited to the first request of a session, which has no earlier request to measure from (2 minutes). */
  readonly leadInMs?: number;
  /** Spend before this time is not looked at, however little active time came after it (no limit). */
  readonly sinceMs?: number;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DEFAULTS: Required<BurnRateOptions> = {
  idleGapMs: 15 * MINUTE_MS,
  windowActiveMs: 24 * HOUR_MS,
  minActiveMs: 5 * MINUTE_MS,
  leadInMs: 2 * MINUTE_MS,
  sinceMs: -Infinity,
};

/**
 * Spend per hour of active use. The spend timeline is split into sessions wherever two requests are more than
 * `idleGapMs` apart; each request is credited the time since the previous one within its session (`leadInMs` when
 * it opens a session), so nights and lunch breaks do not dilute the rate. Walks back from the newest spend until
 * `windowActiveMs` of active time is covered. Null when there is no spend at all: unknown, not zero.
 */
export function burnRate(points: readonly { at: number; micros: number }[], options: BurnRateOptions = {}): BurnRate | null {
  const o = { ...DEFAULTS, ...options };
  const sorted = points.filter((p) => Number.isFinite(p.at) && p.at >= o.sinceMs && p.micros > 0).sort((a, b) => a.at - b.at);
  const newest = sorted.at(-1);
  if (!newest) return null;
  let activeMs = 0;
  let spentMicros = 0;
  let sessions = 0;
  let fromMs = newest.at;
  let newerOpened = true; // walking backwards, a session begins after the request that opened the newer one
  for (let i = sorted.length - 1; i >= 0 && activeMs < o.windowActiveMs; i--) {
    const p = sorted[i] as { at: number; micros: number };
    const gap = i > 0 ? p.at - (sorted[i - 1] as { at: number }).at : Infinity;
    const opensSession = gap > o.idleGapMs;
    activeMs += opensSession ? o.leadInMs : gap;
    if (newerOpened) sessions++;
    newerOpened = opensSession;
    spentMicros += p.micros;
    fromMs = p.at;
  }
  const microsPerHour = Math.round((spentMicros * HOUR_MS) / Math.max(activeMs, o.minActiveMs));
  return { microsPerHour, spentMicros, activeMs, sessions, fromMs, toMs: newest.at };
}
