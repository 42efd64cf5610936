/** Which half-hour rows and which days the calendar shows: the providers' working hours, plus every visit. */
import type { WeeklyHoursRow } from '@omt/contracts';
import { dayKey } from '../../../time';
import { clockMinutes, isoWeekdayOf, rowsBetween, wallEndMinutes, wallMinutes } from './calendar-time';

/** Used when neither the hours nor the visits say anything (a closed day, a new location). */
const DEFAULT_HOURS = { first: 8 * 60, end: 18 * 60 };

/** Anything drawn in the grid: a visit or, in move mode, an open time. */
export interface Timed {
  start: string;
  end: string;
}

/**
 * The half-hour rows to show: every row some provider works in on a shown day (the union of their
 * windows, gaps left out), plus every row a shown item covers (overrides, extra hours), so nothing
 * is hidden. Minutes since midnight on the location's wall clock, ascending.
 */
export function calendarRows(
  days: string[],
  hours: WeeklyHoursRow[],
  items: Timed[],
  timeZone: string,
): number[] {
  const rows = new Set<number>();
  const weekdays = new Set(days.map(isoWeekdayOf));
  for (const h of hours) {
    if (weekdays.has(h.weekday))
      rowsBetween(clockMinutes(h.start), clockMinutes(h.end)).forEach((r) => rows.add(r));
  }
  for (const item of items) {
    if (!days.includes(dayKey(item.start, timeZone))) continue;
    rowsBetween(wallMinutes(item.start, timeZone), wallEndMinutes(item.end, timeZone)).forEach((r) =>
      rows.add(r),
    );
  }
  if (rows.size === 0) return rowsBetween(DEFAULT_HOURS.first, DEFAULT_HOURS.end);
  return [...rows].sort((a, b) => a - b);
}

/** The week's days worth a column group: days someone works, and any day with a visit. */
export function workingDays(
  days: string[],
  hours: WeeklyHoursRow[] | undefined,
  visits: Timed[],
  timeZone: string,
) {
  if (days.length === 1 || !hours) return days;
  const weekdays = new Set(hours.map((h) => h.weekday));
  const visited = new Set(visits.map((a) => dayKey(a.start, timeZone)));
  return days.filter((d) => weekdays.has(isoWeekdayOf(d)) || visited.has(d));
}
