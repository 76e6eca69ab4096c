/**
 * The instant a calendar day starts in a time zone: an auditor in Lima who asks for "from 3 March" means
 * midnight in Lima, not in UTC or wherever the laptop's clock is set.
 */
export function startOfDayIn(day: string, timeZone: string): Date {
  // A missing part is NaN, as Number() makes of any garbage: an invalid date, never a wrong one.
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  const utcMidnight = Date.UTC(year, month - 1, date);
  // Two passes: the offset at UTC midnight can differ from the one at local midnight across a DST change.
  const first = utcMidnight - offsetAt(utcMidnight, timeZone);
  return new Date(utcMidnight - offsetAt(first, timeZone));
}

/** The day after `day` (YYYY-MM-DD), for filters that end before the next day starts. */
export function nextDay(day: string): string {
  return addDays(day, 1);
}

/** The calendar day `days` days after `day` (YYYY-MM-DD; negative for before), counted on the calendar. */
export function addDays(day: string, days: number): string {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The calendar day (YYYY-MM-DD) of an instant in the browser's zone, as date fields hold it. */
export function browserDayOf(instant: Date): string {
  return instant.toLocaleDateString('sv-SE');
}

/**
 * Today as the user's calendar shows it (YYYY-MM-DD), for date fields and "not in the future" checks: in Costa
 * Rica at 19:30 on 30 November it is already 1 December in UTC, and an event of that evening is not tomorrow's.
 */
export const browserToday = (now = new Date()) => browserDayOf(now);

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wallClock = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wallClock - Math.floor(instant / 1000) * 1000;
}
