/** One API request's token usage as a tool recorded it. */
export interface UsageEvent {
  /** ISO time of the request. */
  readonly at: string;
  /** Tool id, as in `EventOrigin.source`. */
  readonly source: string;
  /** Model id as the tool wrote it (normalised only when priced). */
  readonly model: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheCreationTokens: number;
  readonly cacheReadTokens: number;
  /** 1-hour cache writes, when the tool splits them out (they cost more than 5-minute writes). */
  readonly cacheCreation1hTokens?: number;
  /** Cost the tool itself recorded, in micro-dollars; used as-is when present. */
  readonly costMicros?: number;
  /** Stable dedup key (Claude Code: `message.id:requestId`); undefined when the tool gives none. */
  readonly dedupKey?: string;
  /**
   * Set by a reader that already computed them where the bytes were (the CLI's WebAssembly reader): `at` as
   * `parseIsoTime` reads it, and `hash53(dedupKey)` (set only with a non-empty `dedupKey`). The ledger then does not
   * read the strings again.
   */
  readonly atMs?: number;
  readonly dedupHash?: number;
}
