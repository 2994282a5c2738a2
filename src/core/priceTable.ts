import { usdToMicros } from './money';

/** Rates of one pricing tier, each in integer micro-dollars per million tokens. */
export interface TokenRates {
  readonly input: number;
  readonly output: number;
  /** 5-minute cache writes (the default cache lifetime). */
  readonly cacheWrite5m: number;
  /** 1-hour cache writes. */
  readonly cacheWrite1h: number;
  /** Cache hits and refreshes. */
  readonly cacheRead: number;
}

/** A model's prices: base rates, and the rates of a whole request whose prompt is above a threshold. */
export interface ModelPrice extends TokenRates {
  /** Applies to every token of a request whose input + cache writes + cache reads exceed `thresholdTokens`. */
  readonly longContext?: { readonly thresholdTokens: number; readonly rates: TokenRates };
}

/** Prices by normalised model id (see `normalizeModelId`). */
export type PriceTable = Readonly<Record<string, ModelPrice>>;

/** The day the bundled prices were last compared with Anthropic's published prices. */
export const PRICES_CHECKED_ON = '2026-11-25';

/** Where the bundled prices come from. */
export const PRICES_SOURCE = 'https://platform.claude.com/docs/en/about-claude/pricing';

/** Tiers are written in dollars per million tokens, as Anthropic publishes them. */
function tier(input: number, output: number, cacheWrite5m: number, cacheWrite1h: number, cacheRead: number): TokenRates {
  return {
    input: usdToMicros(input),
    output: usdToMicros(output),
    cacheWrite5m: usdToMicros(cacheWrite5m),
    cacheWrite1h: usdToMicros(cacheWrite1h),
    cacheRead: usdToMicros(cacheRead),
  };
}

function withLongContext(base: TokenRates, thresholdTokens: number, rates: TokenRates): ModelPrice {
  return { ...base, longContext: { thresholdTokens, rates } };
}

const FABLE_5_1 = tier(10, 50, 12.5, 20, 0.25);
const FABLE_5 = tier(10, 50, 12.5, 20, 1);
const OPUS_5_5 = tier(4, 20, 5, 8, 0.2);
const OPUS_CURRENT = tier(5, 25, 6.25, 10, 0.5);
const OPUS_LEGACY = tier(15, 75, 18.75, 30, 1.5);
// Debt: two third-party price trackers report a Sonnet 5.5 cache-read cut to $0.10 from 2026-10-07; the
// official pages we could read still say $0.20. Keeping $0.20 errs towards a lower remaining balance.
const SONNET_5 = tier(2, 10, 2.5, 4, 0.2);
const SONNET = tier(3, 15, 3.75, 6, 0.3);
// Sonnet 4 and 4.5 with the 1M context window: 2x input and 1.5x output above 200k prompt tokens.
const SONNET_1M = withLongContext(SONNET, 200_000, tier(6, 22.5, 7.5, 12, 0.6));
// Haiku 5.5 is priced by prompt length: one rate card up to 100k prompt tokens, another above.
const HAIKU_5_5 = withLongContext(tier(0.1, 0.5, 0.125, 0.2, 0.01), 100_000, tier(0.5, 2.5, 0.625, 1, 0.05));
const HAIKU_4_5 = tier(1, 5, 1.25, 2, 0.1);
const HAIKU_3_5 = tier(0.8, 4, 1, 1.6, 0.08);
const HAIKU_3 = tier(0.25, 1.25, 0.3, 0.5, 0.03);

/**
 * Anthropic API list prices (standard processing, global inference) of current and recent Claude models.
 * Opus 4.6 and Sonnet 4.6 have had the 1M context at standard rates since 2026-03-13, so no long-context
 * tier here; Opus 4.5 and older Opus never had the 1M window.
 */
export const BUNDLED_PRICE_TABLE: PriceTable = {
  'claude-fable-5-1': FABLE_5_1,
  'claude-mythos-5-1': FABLE_5_1,
  'claude-fable-5': FABLE_5,
  'claude-mythos-5': FABLE_5,
  'claude-opus-5-5': OPUS_5_5,
  'claude-opus-5': OPUS_CURRENT,
  'claude-opus-4-8': OPUS_CURRENT,
  'claude-opus-4-7': OPUS_CURRENT,
  'claude-opus-4-6': OPUS_CURRENT,
  'claude-opus-4-5': OPUS_CURRENT,
  'claude-opus-4-1': OPUS_LEGACY,
  'claude-opus-4': OPUS_LEGACY,
  'claude-3-opus': OPUS_LEGACY,
  'claude-sonnet-5-5': SONNET_5,
  'claude-sonnet-5': SONNET_5,
  'claude-sonnet-4-6': SONNET,
  'claude-sonnet-4-5': SONNET_1M,
  'claude-sonnet-4': SONNET_1M,
  'claude-3-7-sonnet': SONNET,
  'claude-3-5-sonnet': SONNET,
  'claude-haiku-5-5': HAIKU_5_5,
  'claude-haiku-4-5': HAIKU_4_5,
  'claude-3-5-haiku': HAIKU_3_5,
  'claude-3-haiku': HAIKU_3,
};
