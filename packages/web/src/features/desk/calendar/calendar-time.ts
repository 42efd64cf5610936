/** Wall-clock helpers for the calendar: every cell is in the location's zone. */

/** "HH:MM" (24 h) of an instant in a zone, the key of a day-view row. */
export function wallTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** The half-hour rows of a working day, 07:00 to 19:00. */
export const DAY_ROWS: string[] = Array.from(
  { length: 24 },
  (_, i) => `${String(7 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
);

/** A row key an instant falls in (rounded down to the half hour). */
export function rowOf(iso: string, timeZone: string): string {
  const [h, m] = wallTime(iso, timeZone).split(':');
  return `${h}:${Number(m) < 30 ? '00' : '30'}`;
}
