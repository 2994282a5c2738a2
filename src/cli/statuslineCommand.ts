import type { CreditEstimate } from '../core/creditEstimate';
import { formatHours } from '../core/formatEstimate';
import { formatMoney } from '../core/money';
import { instantOfWallClock, wallClockAt } from '../core/zonedTime';
import { type CliCommand, type CliIo, isUsageError, UsageError } from './cliCommand';
import { parseBalance, parseFlags, parseTimeFlag } from './cliFlags';
import { FLAG_ERRORS, STATUSLINE_TEXT } from './cliText';
import { resolveTimeZone, zoneName } from './cliTimeZone';
import { estimateFromTranscripts } from './estimateFromTranscripts';
import { loadClaudeCodeUsage } from './loadClaudeCodeUsage';
import { isAllUnpriced } from '../core/usageTotals';

/** Claude Code writes a small JSON object; more than this is not waited for. */
const MAX_STDIN_BYTES = 1024 * 1024;
/** Stdin that stays open without data (a terminal, a pipe nobody writes) is given up on after this. */
const STDIN_TIMEOUT_MS = 200;
const HOUR_MS = 3_600_000;

/** `statusline`: one short line, the estimate when a balance is known, else spend today. */
export const statuslineCommand: CliCommand = {
  name: 'statusline',
  summary: STATUSLINE_TEXT.summary,
  usage: STATUSLINE_TEXT.usage,
  async run(io: CliIo): Promise<number> {
    const flags = parseFlags(io.args, { values: ['--balance', '--since', '--timezone'] });
    const balance = flags.get('--balance') ?? io.env.EXTRA_USAGE_BALANCE?.trim();
    const since = flags.get('--since') ?? io.env.EXTRA_USAGE_SINCE?.trim();
    const timeZone = zoneName(resolveTimeZone(flags.get('--timezone'), io.env));
    const [line] = await Promise.all([lineFor(io, balance || undefined, since || undefined, timeZone), drainStdin(io.stdin)]);
    io.stdout(`${line}\n`);
    return 0;
  },
};

async function lineFor(io: CliIo, balance: string | undefined, since: string | undefined, timeZone: string): Promise<string> {
  if (balance === undefined && since === undefined) return spendToday(io, timeZone);
  try {
    if (balance === undefined || since === undefined) throw new UsageError(FLAG_ERRORS.statuslineNeedsBoth);
    const input = { balance: parseBalance('balance', balance), sinceMs: parseTimeFlag('since', since, timeZone), counted: new Set(['claude-code']), timeZone };
    return estimateLine(await estimateFromTranscripts(io, input, true));
  } catch (error) {
    // A status line has no room for usage text: say what is wrong in a few words, where the user looks.
    if (isUsageError(error)) return STATUSLINE_TEXT.problem(error.message.split(':')[0] as string);
    throw error;
  }
}

async function spendToday(io: CliIo, timeZone: string): Promise<string> {
  const now = io.now().getTime();
  const c = wallClockAt(now, timeZone);
  const midnight = instantOfWallClock({ ...c, hour: 0, minute: 0 }, timeZone);
  const { ledger } = await loadClaudeCodeUsage(io, { timeZone, modifiedSinceMs: midnight - HOUR_MS, quiet: true });
  const pad = (n: number): string => String(n).padStart(2, '0');
  const today = `${c.year}-${pad(c.month)}-${pad(c.day)}`;
  const t = ledger.totalsByDay({ since: today }).find((d) => d.date === today)?.totals;
  if (t && isAllUnpriced(t)) return STATUSLINE_TEXT.costUnknownToday;
  return STATUSLINE_TEXT.spentToday(formatMoney(t?.micros ?? 0), !!t && t.unpricedRequests > 0);
}

function estimateLine(e: CreditEstimate): string {
  if (e.remainingMicros === null) return STATUSLINE_TEXT.unknown;
  const money = formatMoney(e.remainingMicros, { currency: e.checkpoint?.currency ?? '$', approximate: true });
  if (e.state === 'exhausted') return STATUSLINE_TEXT.usedUp(money);
  const time = e.hoursLeft !== null ? STATUSLINE_TEXT.hours(formatHours(e.hoursLeft))
    : e.hoursLeftRange ? STATUSLINE_TEXT.hoursRange(formatHours(e.hoursLeftRange.low), formatHours(e.hoursLeftRange.high)) : '';
  return STATUSLINE_TEXT.left(money, time);
}

/** Reads stdin to its end (or a cap, or a short timeout) and drops it; a terminal is not read at all. */
async function drainStdin(stream: NodeJS.ReadableStream): Promise<void> {
  if ((stream as { isTTY?: boolean }).isTTY) return;
  await new Promise<void>((resolve) => {
    let bytes = 0;
    const done = (): void => {
      clearTimeout(timer);
      stream.removeListener('data', onData);
      stream.removeListener('end', done);
      stream.removeListener('error', done);
      stream.pause();
      resolve();
    };
    const onData = (chunk: Buffer | string): void => {
      bytes += chunk.length;
      if (bytes > MAX_STDIN_BYTES) done();
    };
    const timer = setTimeout(done, STDIN_TIMEOUT_MS);
    stream.on('data', onData);
    stream.once('end', done);
    stream.once('error', done);
  });
}
