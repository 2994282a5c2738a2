import { instantOfWallClock, wallClockAt } from './zonedTime';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EPOCH_PIPE = /limit\s*reached\s*\|\s*(\d{10,13})\b/i;
const EPOCH_KEY = /reset[A-Za-z_]{0,6}["']?[\s:=]*["']?(\d{10,13})\b/i;
const ISO_KEY = /reset[A-Za-z_]{0,6}["']?[\s:=]*["']?(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)/i;
// "resets 9am (America/Cordoba)", "resets May 2, 2pm (Asia/Jerusalem)", "will reset at 14:30", "Resets Mar 5 at 7pm".
const WALL_CLOCK = /\bresets?\s(?:at\s|on\s)?\s?(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(?:at\s)?)?(\d{1,2})(?::(\d{2}))?\s?(am|pm)?(?:\s?\(([A-Za-z_]{1,30}(?:\/[A-Za-z0-9_+-]{1,30}){0,2})\))?/i;
const RELATIVE = /\bresets?\s+in\s+(?:(\d{1,3})\s?h(?:ours?|rs?)?\b)?\s?(?:(\d{1,3})\s?m(?:in(?:utes?|s)?)?\b)?/i;

/** Options of {@link parseResetTime}: the clock and the zone to assume when the text names none. */
export interface ResetTimeOptions {
  readonly now: Date;
  /** IANA zone for wall-clock times without one; the system zone when absent. */
  readonly timeZone?: string;
}

/**
 * The ISO time a limit text says it resets: epoch seconds or milliseconds, an ISO stamp, "resets in 2h 5m",
 * or a wall-clock time in a named zone (the next such time after `now`). Null when none is named.
 */
export function parseResetTime(text: string, options: ResetTimeOptions): string | null {
  const epoch = EPOCH_PIPE.exec(text)?.[1] ?? EPOCH_KEY.exec(text)?.[1];
  if (epoch) return isoOf(epoch.length > 11 ? Number(epoch) : Number(epoch) * 1000);
  const iso = ISO_KEY.exec(text)?.[1];
  if (iso) return isoOf(Date.parse(iso));
  const relative = RELATIVE.exec(text);
  if (relative && (relative[1] || relative[2])) {
    const minutes = Number(relative[1] ?? 0) * 60 + Number(relative[2] ?? 0);
    return isoOf(options.now.getTime() + minutes * 60_000);
  }
  const wall = WALL_CLOCK.exec(text);
  if (!wall) return null;
  try {
    return nextWallClock(wall, options);
  } catch {
    return null; // an unknown zone name: Intl throws RangeError
  }
}

function nextWallClock(m: RegExpExecArray, options: ResetTimeOptions): string | null {
  const [, month, day, hourText, minuteText, meridiem, zone] = m;
  if (!meridiem && minuteText === undefined) return null;
  let hour = Number(hourText);
  const minute = Number(minuteText ?? 0);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  const timeZone = zone ?? options.timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const nowMs = options.now.getTime();
  const today = wallClockAt(nowMs, timeZone);
  if (month && day) {
    const target = { year: today.year, month: MONTHS.indexOf(month.toLowerCase().slice(0, 3)) + 1, day: Number(day), hour, minute };
    const at = instantOfWallClock(target, timeZone);
    return isoOf(at > nowMs - 86_400_000 ? at : instantOfWallClock({ ...target, year: target.year + 1 }, timeZone));
  }
  const at = instantOfWallClock({ ...today, hour, minute }, timeZone);
  return isoOf(at > nowMs ? at : instantOfWallClock({ ...today, day: today.day + 1, hour, minute }, timeZone));
}

function isoOf(ms: number): string | null {
  return Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : null;
}
