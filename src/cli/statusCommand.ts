import { USAGE_PROFILE_IDS } from '../core/usageProfiles';
import { type CliCommand, type CliIo, UsageError } from './cliCommand';
import { oneOfFlag, parseBalance, parseFlags, parseTimeFlag } from './cliFlags';
import { FLAG_ERRORS, STATUS_TEXT } from './cliText';
import { resolveTimeZone, zoneName } from './cliTimeZone';
import { estimateFromTranscripts, type BalanceInput } from './estimateFromTranscripts';
import { statusJson, statusText } from './statusReport';

const KNOWN_TOOLS = ['claude-code', 'cline', 'roo-code', 'kilo-code', 'opencode', 'terminal'];

/** `status`: the credit estimate from a balance the user saw and the spend since, in a few honest lines. */
export const statusCommand: CliCommand = {
  name: 'status',
  summary: STATUS_TEXT.summary,
  usage: STATUS_TEXT.usage,
  async run(io: CliIo): Promise<number> {
    const flags = parseFlags(io.args, { booleans: ['--json'], values: ['--balance', '--since', '--counted', '--profile', '--timezone'] });
    const balance = flags.get('--balance');
    const since = flags.get('--since');
    if (balance === undefined || since === undefined) throw new UsageError(FLAG_ERRORS.statusNeedsBalance);
    const timeZone = zoneName(resolveTimeZone(flags.get('--timezone'), io.env));
    const profile = flags.get('--profile');
    const input: BalanceInput = {
      balance: parseBalance('--balance', balance),
      sinceMs: parseTimeFlag('--since', since, timeZone),
      counted: parseCounted(flags.get('--counted') ?? 'claude-code'),
      ...(profile !== undefined ? { profile: oneOfFlag('--profile', profile, USAGE_PROFILE_IDS) } : {}),
      timeZone,
    };
    if (input.sinceMs > io.now().getTime()) throw new UsageError(FLAG_ERRORS.sinceInFuture(since));
    const estimate = await estimateFromTranscripts(io, input);
    io.stdout(flags.has('--json') ? `${JSON.stringify(statusJson(estimate, input), null, 2)}\n` : statusText(estimate, input));
    return 0;
  },
};

function parseCounted(raw: string): Set<string> {
  const ids = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = ids.find((id) => !KNOWN_TOOLS.includes(id));
  if (unknown !== undefined || ids.length === 0) throw new UsageError(FLAG_ERRORS.countedTools(KNOWN_TOOLS));
  return new Set(ids);
}
