const SLOT_MS = 15 * 60 * 1000;

/**
 * A function from epoch milliseconds to the local calendar date (`2026-11-25`) in an IANA time zone (the
 * runtime's own zone when none is given), as ccusage groups usage by day. Real zone offsets are whole quarter
 * hours, so the date of a 15-minute slot is computed once and reused for the events that follow in it.
 * Throws a RangeError for an unknown zone name.
 */
export function localDateIn(timeZone?: string): (ms: number) => string {
  // The runtime's own zone cannot be unknown, so its formatter waits for the first date: a process's first Intl
  // object loads ICU data (30-260 ms measured in an extension host), which must not land on extension activation.
  let format = timeZone === undefined ? undefined : dayFormat(timeZone);
  let lastSlot = Number.NaN;
  let lastDate = '';
  return (ms) => {
    const slot = Math.floor(ms / SLOT_MS);
    if (slot !== lastSlot) {
      format ??= dayFormat(timeZone);
      const parts = format.formatToParts(new Date(slot * SLOT_MS));
      const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
      lastDate = `${get('year')}-${get('month')}-${get('day')}`;
      lastSlot = slot;
    }
    return lastDate;
  };
}

function dayFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
}
