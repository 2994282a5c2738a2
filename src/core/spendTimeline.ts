/** Spend of one source and model within one minute; `at` is the time of the latest request in it. */
export interface SpendPoint {
  readonly at: number;
  readonly micros: number;
  readonly source: string;
  readonly model: string;
}

/** Spend over a period, in total and split by source and by model. */
export interface SpendSummary {
  readonly micros: number;
  readonly bySource: Readonly<Record<string, number>>;
  readonly byModel: Readonly<Record<string, number>>;
}

/** Minute buckets of spend by source and model. */
export interface SpendTimeline {
  add(atMs: number, micros: number, source: string, model: string): void;
  /** Buckets whose latest request is in [sinceMs, untilMs), oldest first. */
  points(sinceMs?: number, untilMs?: number): SpendPoint[];
  readonly bucketCount: number;
}

const MINUTE_MS = 60_000;
const NAME_SLOTS = 1024;
const OTHER = '(other)';

/**
 * Creates an empty timeline. Memory grows with the minutes in which something was spent, not with the number of
 * requests: an agent sending a request every few seconds fills one bucket a minute. A bucket counts from the
 * time of its latest request, so a period that starts inside a minute may include up to one minute of earlier
 * spend: the estimate errs towards less credit left, never more.
 */
export function createSpendTimeline(): SpendTimeline {
  const buckets = new Map<number, { micros: number; last: number }>();
  const sources = createInterner();
  const models = createInterner();
  return {
    add(atMs, micros, source, model) {
      if (!Number.isFinite(atMs) || !(micros > 0)) return;
      const key = (Math.floor(atMs / MINUTE_MS) * NAME_SLOTS + sources.index(source)) * NAME_SLOTS + models.index(model);
      const bucket = buckets.get(key);
      if (bucket) {
        bucket.micros += micros;
        bucket.last = Math.max(bucket.last, atMs);
      } else buckets.set(key, { micros, last: atMs });
    },
    points(sinceMs = -Infinity, untilMs = Infinity) {
      const out: SpendPoint[] = [];
      for (const [key, b] of buckets) {
        if (b.last < sinceMs || b.last >= untilMs) continue;
        out.push({ at: b.last, micros: b.micros, source: sources.name(Math.floor(key / NAME_SLOTS) % NAME_SLOTS), model: models.name(key % NAME_SLOTS) });
      }
      return out.sort((a, b) => a.at - b.at);
    },
    get bucketCount() {
      return buckets.size;
    },
  };
}

/** Sums points by source and by model. */
export function summarizeSpend(points: readonly SpendPoint[]): SpendSummary {
  const bySource = new Map<string, number>();
  const byModel = new Map<string, number>();
  let micros = 0;
  for (const p of points) {
    micros += p.micros;
    bySource.set(p.source, (bySource.get(p.source) ?? 0) + p.micros);
    byModel.set(p.model, (byModel.get(p.model) ?? 0) + p.micros);
  }
  // fromEntries defines own properties, so a model named `__proto__` in a log stays plain data.
  return { micros, bySource: Object.fromEntries(bySource), byModel: Object.fromEntries(byModel) };
}

/** Small integer ids for names; past the last slot every new name shares an `(other)` slot. */
function createInterner(): { index(name: string): number; name(index: number): string } {
  const ids = new Map<string, number>();
  const names: string[] = [];
  return {
    index(name) {
      const known = ids.get(name);
      if (known !== undefined) return known;
      if (names.length === NAME_SLOTS - 1) names.push(OTHER);
      if (names.length >= NAME_SLOTS) return NAME_SLOTS - 1;
      ids.set(name, names.length);
      names.push(name);
      return names.length - 1;
    },
    name: (index) => names[index] ?? OTHER,
  };
}
