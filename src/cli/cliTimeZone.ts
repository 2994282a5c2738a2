import { localDateIn } from '../core/localDateIn';
import { UsageError } from './cliCommand';
import { FLAG_ERRORS } from './cliText';

// The first Intl.DateTimeFormat of a process loads ICU's formatting data: about 8 MB of resident memory, a sixth
// of the CLI's peak on a 300 MB scan. The runtime's own zone needs none of it (Date's local fields use ICU's zone
// rules alone), and neither does checking a canonical zone name (Intl.supportedValuesOf), so `usage` in the
// zone of TZ or of the system never loads it.

/** Zone names ICU takes from TZ although they hold digits (see isValidOlsonID in ICU's putil.cpp). */
const ICU_DIGIT_ZONES = new Set(['PST8PDT', 'MST7MDT', 'CST6CDT', 'EST5EDT']);
const SLOT_MS = 15 * 60 * 1000;
let canonicalZones: readonly string[] | undefined;

function isZone(zone: string): boolean {
  if ((canonicalZones ??= Intl.supportedValuesOf('timeZone')).includes(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone days are counted in: `--timezone` (checked), else a valid TZ from `env`; undefined stands for the
 * runtime's own zone (TZ unset or not a zone), whose name {@link zoneName} gives.
 */
export function resolveTimeZone(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (flag !== undefined) {
    if (!isZone(flag)) throw new UsageError(FLAG_ERRORS.notATimeZone(flag));
    return flag;
  }
  const fromEnv = env.TZ?.replace(/^:/, '');
  return fromEnv && isZone(fromEnv) ? fromEnv : undefined;
}

/** The IANA name of a zone from {@link resolveTimeZone} (the runtime's own zone's needs ICU's formatting data). */
export function zoneName(zone: string | undefined): string {
  return zone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

/**
 * True when `Date`'s local fields are in `zone`: the process's TZ names it, and ICU takes TZ as it stands (a
 * canonical name, without digits or commas but for four legacy names); otherwise ICU guesses the zone some other way.
 */
export function isRuntimeZone(zone: string, processTz = process.env.TZ): boolean {
  if (processTz?.replace(/^:/, '') !== zone || (/[\d,]/.test(zone) && !ICU_DIGIT_ZONES.has(zone))) return false;
  return (canonicalZones ??= Intl.supportedValuesOf('timeZone')).includes(zone);
}

/** `localDateIn` for a zone from {@link resolveTimeZone}, from `Date`'s local fields when the zone is the runtime's. */
export function localDateFor(zone: string | undefined): (ms: number) => string {
  if (zone !== undefined && !isRuntimeZone(zone)) return localDateIn(zone);
  let viaIntl: ((ms: number) => string) | undefined;
  let lastSlot = Number.NaN;
  let lastDate = '';
  return (ms) => {
    const slot = Math.floor(ms / SLOT_MS);
    if (slot === lastSlot) return lastDate;
    const d = new Date(slot * SLOT_MS);
    const year = d.getFullYear();
    // Intl writes a year before 1 with an era instead of a sign: rare enough to load it for.
    lastDate = year >= 1
      ? `${year}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
      : (viaIntl ??= localDateIn(zone))(ms);
    lastSlot = slot;
    return lastDate;
  };
}
