/** Wall-clock helpers for the calendar: every row and cell is in the location's zone. */
import { addDays, formatter } from '../../../time';

/** The calendar's row height in minutes. */
export const ROW_MINUTES = 30;

/** Minutes since midnight of an instant on the wall clock of a zone (DST-safe: Intl does the zone rules). */
export function wallMinutes(iso: string, timeZone: string): number {
  const parts = formatter('wall-minutes', 'en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part('hour') * 60 + part('minute');
}

/** Minutes since midnight of an "HH:MM" wall-clock time (as weekly hours are written). */
export function clockMinutes(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export { wallToInstant } from '../../../time';

/** The wall-clock minute an instant ends at; a visit ending at midnight ends at 24:00, not 0:00. */
export function wallEndMinutes(iso: string, timeZone: string): number {
  return wallMinutes(iso, timeZone) || 24 * 60;
}

/** The half-hour rows from `first` up to (not including) `end`, in minutes since midnight. */
export function rowsBetween(first: number, end: number): number[] {
  const rows: number[] = [];
  for (let m = Math.floor(first / ROW_MINUTES) * ROW_MINUTES; m < end; m += ROW_MINUTES) rows.push(m);
  return rows;
}

/** A row's label, e.g. "9:30 AM" (pure wall-clock arithmetic, no zone involved). */
export function rowLabel(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60).padStart(2, '0');
  return `${h % 12 === 0 ? 12 : h % 12}:${m} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The weekday of a YYYY-MM-DD date, 0 = Sunday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** The ISO weekday of a YYYY-MM-DD date, 1 = Monday … 7 = Sunday (as weekly hours number them). */
export function isoWeekdayOf(date: string): number {
  return weekdayOf(date) || 7;
}

/** The Monday on or before a YYYY-MM-DD date. */
export function weekStart(date: string): string {
  return addDays(date, -((weekdayOf(date) + 6) % 7));
}

/** The days a view shows: the date itself, or the Monday-to-Sunday week around it. */
export function daysOf(date: string, view: 'day' | 'week'): string[] {
  if (view === 'day') return [date];
  const monday = weekStart(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** A day's column-group heading, e.g. "Tue Jun 2" (the date is a calendar date: no zone shift). */
export function dayHeading(date: string): string {
  return formatter('day-heading', 'en-US', {
    timeZone: 'UTC',
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** How the desk says a time: "Tue 9:30 AM", in the location's zone. */
export function shortWhen(iso: string, timeZone: string): string {
  return formatter('short-when', 'en-US', {
    timeZone,
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
}
