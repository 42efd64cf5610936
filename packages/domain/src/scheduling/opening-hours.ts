import type { WeeklyHours } from './types';

/**
 * The parts of a provider's weekly hours at a location that fall inside the location's opening hours, weekday
 * by weekday (HH:MM wall-clock strings compare as times). A location with no opening hours recorded does not
 * restrict its providers, so a clinic that has not entered them yet keeps working.
 */
export function withinOpeningHours(
  hours: readonly WeeklyHours[],
  opening: readonly WeeklyHours[],
): WeeklyHours[] {
  if (!opening.length) return [...hours];
  const clipped: WeeklyHours[] = [];
  for (const h of hours) {
    for (const o of opening) {
      if (o.weekday !== h.weekday) continue;
      const start = h.start > o.start ? h.start : o.start;
      const end = h.end < o.end ? h.end : o.end;
      if (start < end) clipped.push({ weekday: h.weekday, start, end });
    }
  }
  return clipped.sort((a, b) => a.weekday - b.weekday || (a.start < b.start ? -1 : 1));
}
