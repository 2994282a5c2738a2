import type { CreditEstimate } from '../core/creditEstimate';
import { estimateCredit } from '../core/estimateCredit';
import { formatHours } from '../core/formatEstimate';
import { formatMoney, microsToUsd } from '../core/money';
import { parseMoneyInput, type MoneyInput } from '../core/parseMoneyInput';
import { USAGE_PROFILE_IDS } from '../core/settingsSchema';
import { toolLabel } from '../core/toolLabels';
import type { UsageProfileId } from '../core/usageProfiles';
import { instantOfWallClock, wallClockAt } from '../core/zonedTime';
import { type CliCommand, type CliIo, UsageError } from './cliCommand';
import { CLI_NAME } from './cliText';
import { loadClaudeCodeUsage, parseFlags, resolveTimeZone } from './usageCommand';

const USAGE = `Usage: ${CLI_NAME} status [--json] --balance AMOUNT --since TIME [--counted claude-code,cline,…] [--profile ID]

Estimates the extra usage credit left: the balance you saw at TIME, minus what counted tools spent since
(priced from Claude Code transcripts), with the burn rate of your recent active use and the hours left at it.
  --balance   The balance shown at claude.ai/settings/usage: 20, $12.50, €15,50
  --since     When you saw it: 2026-11-25T09:00 (local time), 2026-11-25 or an ISO time with a zone
  --counted   Tools whose spend draws from that balance. The CLI reads only Claude Code transcripts, so it
              assumes the balance is drawn by what it reads: claude-code (the default). Give another list
              when Claude Code runs on your plan instead (its spend then counts as nothing here).
  --profile   ${USAGE_PROFILE_IDS.join(', ')}: a time-left range while no spend has been measured
  --timezone  Zone of a local --since (default: TZ, else the system's)
  --json      remainingUsd, spentSinceUsd, burnRatePerHourUsd, hoursLeft, hoursLeftRange, basis, state, …
Figures that cannot be known are "unknown" (null in JSON), never guessed.
`;

const KNOWN_TOOLS = ['claude-code', 'cline', 'roo-code', 'kilo-code', 'opencode', 'terminal'];
const HOUR_MS = 3_600_000;
/** The burn rate looks back at most 7 days (as `estimateCredit` does), so older files are not read. */
const RATE_LOOKBACK_MS = 7 * 24 * HOUR_MS;

/**
 * An instant from `2026-11-25T09:00` / `2026-11-25 09:00:30` / `2026-11-25` (wall clock in `timeZone`) or an ISO
 * time with `Z` or an offset. Anything else is a usage error naming `flag`.
 */
export function parseTimeFlag(flag: string, raw: string, timeZone: string): number {
  const bad = new UsageError(`${flag} '${raw}' is not a time: use 2026-11-25T09:00 (local) or an ISO time such as 2026-11-25T09:00Z`);
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(raw);
  if (local) {
    const [y, mo, d, h = 0, mi = 0, s = 0] = local.slice(1).filter((p) => p !== undefined).map(Number) as number[];
    const check = new Date(Date.UTC(y as number, (mo as number) - 1, d));
    if (check.getUTCMonth() !== (mo as number) - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) throw bad;
    return instantOfWallClock({ year: y as number, month: mo as number, day: d as number, hour: h, minute: mi }, timeZone) + s * 1000;
  }
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(raw) ? Date.parse(raw) : Number.NaN;
  if (!Number.isFinite(ms)) throw bad;
  return ms;
}

/** What `status` and `statusline` need to estimate: a balance, when it was seen, and which tools draw on it. */
export interface BalanceInput {
  readonly balance: MoneyInput;
  readonly sinceMs: number;
  readonly counted: ReadonlySet<string>;
  readonly profile?: UsageProfileId;
  readonly timeZone: string;
}

/** Parses `--balance`-style text; a bad amount is a usage error. */
export function parseBalance(flag: string, raw: string): MoneyInput {
  const money = parseMoneyInput(raw);
  if ('error' in money) throw new UsageError(`${flag}: ${money.error}`);
  return money;
}

/** Reads the transcripts the estimate needs (modified since the balance or the rate window) and estimates. */
export async function estimateFromTranscripts(io: CliIo, input: BalanceInput, quiet = false): Promise<CreditEstimate> {
  const now = io.now();
  const from = Math.min(input.sinceMs, now.getTime() - RATE_LOOKBACK_MS) - HOUR_MS;
  const { ledger } = await loadClaudeCodeUsage(io, { timeZone: input.timeZone, modifiedSinceMs: from, quiet });
  return estimateCredit({
    checkpoint: { amountMicros: input.balance.micros, currency: input.balance.currency, at: new Date(input.sinceMs).toISOString(), how: 'typed' },
    spend: ledger.spendPoints(from),
    countedSources: (source) => input.counted.has(source),
    now,
    ...(input.profile ? { profile: input.profile } : {}),
    unpricedModels: ledger.counts().unpriced.map((u) => u.model),
  });
}

/** `status`: the credit estimate from a balance the user saw and the spend since, in a few honest lines. */
export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'Estimate the extra usage credit left from a balance and the spend since',
  usage: USAGE,
  async run(io: CliIo): Promise<number> {
    const flags = parseFlags(io.args, { booleans: ['--json'], values: ['--balance', '--since', '--counted', '--profile', '--timezone'] });
    const balance = flags.get('--balance');
    const since = flags.get('--since');
    if (balance === undefined || since === undefined) throw new UsageError('status needs --balance and --since (the balance you saw, and when)');
    const timeZone = resolveTimeZone(flags.get('--timezone'), io.env);
    const input: BalanceInput = {
      balance: parseBalance('--balance', balance),
      sinceMs: parseTimeFlag('--since', since, timeZone),
      counted: parseCounted(flags.get('--counted') ?? 'claude-code'),
      ...profileOf(flags.get('--profile')),
      timeZone,
    };
    if (input.sinceMs > io.now().getTime()) throw new UsageError(`--since '${since}' is in the future`);
    const estimate = await estimateFromTranscripts(io, input);
    io.stdout(flags.has('--json') ? `${JSON.stringify(estimateJson(estimate, input), null, 2)}\n` : statusText(estimate, input));
    return 0;
  },
};

function parseCounted(raw: string): Set<string> {
  const ids = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = ids.find((id) => !KNOWN_TOOLS.includes(id));
  if (unknown !== undefined || ids.length === 0) throw new UsageError(`--counted takes tool ids among ${KNOWN_TOOLS.join(', ')}`);
  return new Set(ids);
}

function profileOf(raw: string | undefined): { profile?: UsageProfileId } {
  if (raw === undefined) return {};
  if (!(USAGE_PROFILE_IDS as readonly string[]).includes(raw)) throw new UsageError(`--profile must be one of ${USAGE_PROFILE_IDS.join(', ')}`);
  return { profile: raw as UsageProfileId };
}

const usd = (micros: number | null): number | null => (micros === null ? null : microsToUsd(micros));

function estimateJson(e: CreditEstimate, input: BalanceInput) {
  return {
    state: e.state,
    basis: e.basis,
    balanceUsd: microsToUsd(input.balance.micros),
    currency: input.balance.currency,
    since: new Date(input.sinceMs).toISOString(),
    countedSources: [...input.counted],
    remainingUsd: usd(e.remainingMicros),
    spentSinceUsd: usd(e.spentSinceMicros),
    spentBySourceUsd: Object.fromEntries(Object.entries(e.spentBySource).map(([k, v]) => [k, microsToUsd(v)])),
    burnRatePerHourUsd: usd(e.burnRatePerHourMicros),
    hoursLeft: e.hoursLeft,
    hoursLeftRange: e.hoursLeftRange,
    profile: e.profile?.id ?? null,
    currencyMismatch: e.currencyMismatch,
    unpricedModels: e.unpricedModels,
  };
}

function statusText(e: CreditEstimate, input: BalanceInput): string {
  const c = wallClockAt(input.sinceMs, input.timeZone);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const when = `${c.year}-${pad(c.month)}-${pad(c.day)} ${pad(c.hour)}:${pad(c.minute)}`;
  const money = (m: number | null): string => (m === null ? 'unknown' : formatMoney(m, { currency: input.balance.currency }));
  const tools = [...input.counted].map(toolLabel).join(', ');
  const lines = [
    `Extra usage left: ~${money(e.remainingMicros)}${e.state === 'exhausted' ? ' (used up)' : e.state === 'low' ? ' (low)' : ''}`,
    `  balance ${money(input.balance.micros)} at ${when} ${input.timeZone}, minus ${money(e.spentSinceMicros)} spent since by ${tools}`,
    `Time left: ${timeLeftText(e)}`,
  ];
  if (e.unpricedModels.length > 0) lines.push(`Not in the spend (no price known): ${e.unpricedModels.join(', ')}: the estimate may be too high.`);
  if (e.currencyMismatch) lines.push('Spend is priced in US dollars and subtracted from your euro balance without conversion.');
  return `${lines.join('\n')}\n`;
}

function timeLeftText(e: CreditEstimate): string {
  const rate = e.burnRatePerHourMicros;
  if (e.state === 'exhausted') return 'none';
  if (e.hoursLeft !== null && rate !== null) return `~${formatHours(e.hoursLeft)} of active use at ~${formatMoney(rate)}/h (your recent use)`;
  if (e.hoursLeftRange && e.profile) {
    return `perhaps ${formatHours(e.hoursLeftRange.low)}–${formatHours(e.hoursLeftRange.high)} at a ${e.profile.label} pace (no spend measured yet)`;
  }
  return 'unknown (no counted spend in the last 7 days to measure a pace; --profile gives a range)';
}
