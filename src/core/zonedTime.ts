/** A wall-clock date and time, as a calendar in some time zone shows it. */
export interface WallClock {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** The wall clock in `timeZone` at an instant; throws RangeError for an unknown zone. */
export function wallClockAt(instantMs: number, timeZone: string): WallClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1, hour: (parts.hour ?? 0) % 24, minute: parts.minute ?? 0 };
}

/**
 * The instant a wall-clock time happens in `timeZone`; overflowing days roll into the next month. Two passes
 * settle the offset on either side of a DST change (a time inside a DST gap comes out an hour off).
 */
export function instantOfWallClock(clock: WallClock, timeZone: string): number {
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  const guess = asUtc - offsetAt(asUtc, timeZone);
  return asUtc - offsetAt(guess, timeZone);
}

function offsetAt(instantMs: number, timeZone: string): number {
  const c = wallClockAt(instantMs, timeZone);
  const wall = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute);
  return wall - Math.floor(instantMs / 60_000) * 60_000;
}
