import { isSyntheticModel, priceMicros, recordedMicros, unpricedName } from './costOfUsage';
import { hash53 } from './hash53';
import { packHashes, unpackHashes, type LedgerSnapshot } from './ledgerSnapshot';
import { createPriceLookup, type PriceLookup, type PriceMatch } from './lookupModelPrice';
import { createKeyHashSet, type KeyHashSet } from './keyHashSet';
import { localDateIn } from './localDateIn';
import { normalizeModelId } from './normalizeModelId';
import { parseIsoTime } from './parseIsoTime';
import type { PriceTable } from './priceTable';
import { createSpendTimeline, summarizeSpend, type SpendPoint, type SpendSummary, type SpendTimeline } from './spendTimeline';
import type { UsageEvent } from './usageEvent';
import { addEventTotals, addTotals, emptyTotals, type UsageTotals } from './usageTotals';

/** Local calendar days, `YYYY-MM-DD`, as the half-open range [since, until); either end may be open. */
export interface DayRange {
  readonly since?: string;
  readonly until?: string;
}

/** Requests of a model the price table does not know, with their tokens. */
export interface UnpricedModel extends UsageTotals {
  readonly model: string;
}

/** What the ledger has seen. */
export interface LedgerCounts {
  /** Requests added (after dedup). */
  readonly records: number;
  readonly duplicatesSkipped: number;
  /** Requests skipped because their time could not be read. */
  readonly invalidTime: number;
  readonly unpriced: readonly UnpricedModel[];
}

/** Usage folded into per-day and per-minute buckets. */
export interface UsageLedger {
  add(event: UsageEvent): 'added' | 'duplicate' | 'invalid';
  totalsByDay(range?: DayRange): { date: string; totals: UsageTotals }[];
  totalsByModel(range?: DayRange): { model: string; totals: UsageTotals }[];
  totalsBySource(range?: DayRange): { source: string; totals: UsageTotals }[];
  /** Spend of the sources that count, from `at` on (minute buckets: may include up to a minute before `at`). */
  spendSince(at: Date | number, isCounted: (source: string) => boolean): SpendSummary;
  /** Minute buckets of spend in [sinceMs, untilMs), oldest first: the input of the credit estimate. */
  spendPoints(sinceMs?: number, untilMs?: number): SpendPoint[];
  counts(): LedgerCounts;
  /** Everything the ledger knows, as plain data to persist (aggregates and dedup hashes only). */
  snapshot(): LedgerSnapshot;
}

const SEP = '\u0000';

/**
 * Creates an empty ledger. Requests are deduplicated as ccusage does for Claude Code: by `dedupKey`
 * (`message.id:requestId`, or its `dedupHash`, which a reader sets only with a key), first one wins, and a request
 * without a key is never deduplicated. Nothing is kept
 * per request: totals go into buckets per local day × model × source, spend into minute buckets (see
 * `createSpendTimeline`), and dedup keys into a set of 53-bit hashes. Build a new ledger when prices change.
 */
export function createUsageLedger(options: LedgerOptions): UsageLedger {
  return ledgerOver({
    lookup: createPriceLookup(options.table),
    priceKey: priceKeyOf(options.table),
    models: new Map(),
    localDate: options.localDate ?? localDateIn(),
    seen: createKeyHashSet(),
    days: new Map(),
    unpriced: new Map(),
    timeline: options.spendTimeline === false ? undefined : createSpendTimeline(),
    counts: { records: 0, duplicatesSkipped: 0, invalidTime: 0 },
    index: new Map(),
  });
}

/** What a ledger is built from. */
export interface LedgerOptions {
  readonly table: PriceTable;
  readonly localDate?: (ms: number) => string;
  /**
   * Default true. False keeps totals only: no minute buckets of spend, so `spendSince`, `spendPoints` and
   * `snapshot` throw. For a report of totals (the CLI's `usage`), where the buckets were a tenth of the scan.
   */
  readonly spendTimeline?: boolean;
}

/**
 * Rebuilds a ledger from a snapshot taken with the same price table; undefined when the prices differ (the
 * costs in the snapshot would be wrong, so the logs must be read again).
 */
export function restoreUsageLedger(options: LedgerOptions, snapshot: LedgerSnapshot): UsageLedger | undefined {
  const priceKey = priceKeyOf(options.table);
  if (snapshot.priceKey !== priceKey) return undefined;
  const timeline = createSpendTimeline();
  for (const [at, micros, source, model] of snapshot.spend) timeline.add(at, micros, source, model);
  return ledgerOver({
    lookup: createPriceLookup(options.table),
    priceKey,
    models: new Map(),
    localDate: options.localDate ?? localDateIn(),
    seen: createKeyHashSet(unpackHashes(snapshot.seen)),
    days: new Map(snapshot.days.map(([date, model, source, totals]) => [[date, model, source].join(SEP), { ...totals }])),
    unpriced: new Map(snapshot.unpriced.map(([model, totals]) => [model, { ...totals }])),
    timeline,
    counts: { ...snapshot.counts },
    index: new Map(),
  });
}

/** A short fingerprint of a price table. */
function priceKeyOf(table: PriceTable): string {
  return hash53(JSON.stringify(table)).toString(16);
}

function ledgerOver(state: LedgerState): UsageLedger {
  return {
    add: (event) => addEvent(state, event),
    totalsByDay: (range) => group(state.days, range, 0).map(([date, totals]) => ({ date, totals })),
    totalsByModel: (range) => group(state.days, range, 1).map(([model, totals]) => ({ model, totals })),
    totalsBySource: (range) => group(state.days, range, 2).map(([source, totals]) => ({ source, totals })),
    spendSince(at, isCounted) {
      const points = timelineOf(state).points(typeof at === 'number' ? at : at.getTime());
      return summarizeSpend(points.filter((p) => isCounted(p.source)));
    },
    spendPoints: (sinceMs, untilMs) => timelineOf(state).points(sinceMs, untilMs),
    counts: () => ({ ...state.counts, unpriced: [...state.unpriced].map(([model, totals]) => ({ model, ...totals })) }),
    snapshot: () => ({
      version: 1,
      priceKey: state.priceKey,
      days: [...state.days].map(([key, totals]) => {
        const [date = '', model = '', source = ''] = key.split(SEP);
        return [date, model, source, { ...totals }];
      }),
      unpriced: [...state.unpriced].map(([model, totals]) => [model, { ...totals }]),
      spend: timelineOf(state).points().map((p) => [p.at, p.micros, p.source, p.model]),
      seen: packHashes(state.seen.hashes()),
      counts: { ...state.counts },
    }),
  };
}

interface LedgerState {
  readonly lookup: PriceLookup;
  readonly priceKey: string;
  /** What each model name seen (a handful in practice) is priced and totalled as. */
  readonly models: Map<string, ModelEntry>;
  readonly localDate: (ms: number) => string;
  readonly seen: KeyHashSet;
  /** Totals by `date SEP model SEP source`. */
  readonly days: Map<string, UsageTotals>;
  readonly unpriced: Map<string, UsageTotals>;
  /** Undefined when the ledger was made without one (`spendTimeline: false`). */
  readonly timeline: SpendTimeline | undefined;
  readonly counts: { records: number; duplicatesSkipped: number; invalidTime: number };
  /**
   * The buckets of `days` by date, model and source: the strings keep their hash, so a request finds its bucket
   * without building the joined key (a string per request). Filled as requests arrive, from `days`.
   */
  readonly index: Map<string, Map<string, Map<string, UsageTotals>>>;
}

/**
 * A model name as a tool wrote it, looked up once: its price (undefined: none), the id its requests are totalled
 * under when priced (the normalised id) and when not (`unpricedName`), and the day bucket its last request went to
 * (requests come in runs of one day and source per model, so most skip the bucket maps; the day string and ids are
 * reused objects, so comparing them is cheap).
 */
interface ModelEntry {
  readonly match: PriceMatch | undefined;
  readonly isSynthetic: boolean;
  readonly id: string;
  readonly unpricedId: string;
  lastDate: string;
  lastSource: string;
  lastId: string;
  lastTotals: UsageTotals | undefined;
}

const MODEL_ENTRIES_LIMIT = 10_000;

function modelEntry(state: LedgerState, model: string): ModelEntry {
  let entry = state.models.get(model);
  if (!entry) {
    const isSynthetic = isSyntheticModel(model);
    entry = {
      match: isSynthetic ? undefined : state.lookup(model), isSynthetic, id: normalizeModelId(model), unpricedId: unpricedName(model),
      lastDate: '', lastSource: '', lastId: '', lastTotals: undefined,
    };
    // Bounded, so names made up by a broken log cannot grow it without end (past it, each is looked up again).
    if (state.models.size < MODEL_ENTRIES_LIMIT) state.models.set(model, entry);
  }
  return entry;
}

function addEvent(state: LedgerState, event: UsageEvent): 'added' | 'duplicate' | 'invalid' {
  const ms = event.atMs ?? parseIsoTime(event.at);
  if (!Number.isFinite(ms)) {
    state.counts.invalidTime++;
    return 'invalid';
  }
  // The hash, when the reader gave one, stands for the key (which such a reader decodes only when asked).
  const isNew = event.dedupHash !== undefined ? state.seen.addHash(event.dedupHash) : !event.dedupKey || state.seen.add(event.dedupKey);
  if (!isNew) {
    state.counts.duplicatesSkipped++;
    return 'duplicate';
  }
  state.counts.records++;
  // As `costOfUsage` prices it: a recorded cost as it is, a made-up message at 0, else the model's price, if any.
  const model = modelEntry(state, event.model);
  const recorded = recordedMicros(event);
  const micros = recorded ?? (model.isSynthetic ? 0 : model.match ? priceMicros(event, model.match.price) : undefined);
  const date = state.localDate(ms);
  const id = micros === undefined ? model.unpricedId : model.id;
  const totals = model.lastTotals && model.lastDate === date && model.lastSource === event.source && model.lastId === id
    ? model.lastTotals
    : remember(model, date, event.source, id, dayBucket(state, date, id, event.source));
  if (micros === undefined) {
    addEventTotals(totals, event, 0, true);
    addEventTotals(getOrEmpty(state.unpriced, model.unpricedId), event, 0, true);
    return 'added';
  }
  addEventTotals(totals, event, micros, false);
  state.timeline?.add(ms, micros, event.source, model.id);
  return 'added';
}

/** Notes the day bucket of a model's last request; answers the bucket. */
function remember(model: ModelEntry, date: string, source: string, id: string, totals: UsageTotals): UsageTotals {
  model.lastDate = date;
  model.lastSource = source;
  model.lastId = id;
  model.lastTotals = totals;
  return totals;
}

function dayBucket(state: LedgerState, date: string, model: string, source: string): UsageTotals {
  let byModel = state.index.get(date);
  if (!byModel) state.index.set(date, (byModel = new Map()));
  let bySource = byModel.get(model);
  if (!bySource) byModel.set(model, (bySource = new Map()));
  let totals = bySource.get(source);
  if (!totals) bySource.set(source, (totals = getOrEmpty(state.days, [date, model, source].join(SEP))));
  return totals;
}

function timelineOf(state: LedgerState): SpendTimeline {
  if (!state.timeline) throw new Error('This ledger keeps totals only (spendTimeline: false).');
  return state.timeline;
}

function getOrEmpty(map: Map<string, UsageTotals>, key: string): UsageTotals {
  let totals = map.get(key);
  if (!totals) map.set(key, (totals = emptyTotals()));
  return totals;
}

/** Sums day buckets within the range by one part of their key (0 date, 1 model, 2 source), sorted by that part. */
function group(days: Map<string, UsageTotals>, range: DayRange | undefined, part: 0 | 1 | 2): [string, UsageTotals][] {
  const out = new Map<string, UsageTotals>();
  for (const [key, totals] of days) {
    const parts = key.split(SEP);
    const date = parts[0] ?? '';
    if ((range?.since !== undefined && date < range.since) || (range?.until !== undefined && date >= range.until)) continue;
    addTotals(getOrEmpty(out, parts[part] ?? ''), totals);
  }
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
