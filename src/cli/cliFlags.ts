import { parseMoneyInput, type MoneyInput } from '../core/parseMoneyInput';
import { instantOfWallClock } from '../core/zonedTime';
import { UsageError } from './cliCommand';
import { FLAG_ERRORS } from './cliText';

/** Parsed `--name value` / `--name=value` flags; a boolean flag maps to ''. Unknown flags are usage errors. */
export function parseFlags(args: readonly string[], spec: { booleans?: readonly string[]; values?: readonly string[] }): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) throw new UsageError(arg.startsWith('-') ? FLAG_ERRORS.unknownOption(arg) : FLAG_ERRORS.unexpectedArgument(arg));
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (eq < 0 && spec.booleans?.includes(name)) {
      flags.set(name, '');
      continue;
    }
    if (!spec.values?.includes(name)) throw new UsageError(FLAG_ERRORS.unknownOption(name));
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value.trim() === '') throw new UsageError(FLAG_ERRORS.needsValue(name));
    flags.set(name, value.trim());
  }
  return flags;
}

/** `20260101` or `2026-01-01` as `2026-01-01`; anything else (or no such day) is a usage error. */
export function parseDay(flag: string, raw: string): string {
  const m = /^(\d{4})(-?)(\d{2})\2(\d{2})$/.exec(raw);
  const day = m ? `${m[1]}-${m[3]}-${m[4]}` : '';
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!m || !Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== day) throw new UsageError(FLAG_ERRORS.notADate(flag, raw));
  return day;
}

/**
 * An instant from `2026-11-25T09:00` / `2026-11-25 09:00:30` / `2026-11-25` (wall clock in `timeZone`) or an ISO
 * time with `Z` or an offset. Anything else is a usage error naming `flag`.
 */
export function parseTimeFlag(flag: string, raw: string, timeZone: string): number {
  const bad = new UsageError(FLAG_ERRORS.notATime(flag, raw));
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

/** Parses `--balance`-style text; a bad amount is a usage error. */
export function parseBalance(flag: string, raw: string): MoneyInput {
  const money = parseMoneyInput(raw);
  if ('error' in money) throw new UsageError(FLAG_ERRORS.notAnAmount(flag, money.error));
  return money;
}

/** The value of `flag` when it is one of `values`, else a usage error. */
export function oneOfFlag<T extends string>(flag: string, raw: string, values: readonly T[]): T {
  if (!(values as readonly string[]).includes(raw)) throw new UsageError(FLAG_ERRORS.oneOf(flag, values));
  return raw as T;
}
