import { parseInstant } from './instant';
import type { Interval, WeeklyHours } from './types';

/**
 * Whether a visit ([start, end), UTC instants) lies wholly inside working time at its location: inside one of the
 * weekly windows of its weekday on the location's wall clock (the provider's hours already clipped to the location's
 * opening hours), or inside one-off extra hours. A visit crossing midnight on the wall clock is outside.
 */
export function withinWorkingHours(
  visit: Interval,
  timeZone: string,
  weekly: readonly WeeklyHours[],
  extra: readonly Interval[] = [],
): boolean {
  const start = parseInstant(visit.start).epochMilliseconds;
  const end = parseInstant(visit.end).epochMilliseconds;
  const insideExtra = extra.some(
    (w) => parseInstant(w.start).epochMilliseconds <= start && end <= parseInstant(w.end).epochMilliseconds,
  );
  if (insideExtra) return true;
  const from = parseInstant(visit.start).toZonedDateTimeISO(timeZone);
  const to = parseInstant(visit.end).toZonedDateTimeISO(timeZone);
  if (!from.toPlainDate().equals(to.toPlainDate())) return false;
  const at = (t: typeof from) => t.toPlainTime().toString({ smallestUnit: 'minute' });
  return weekly.some((w) => w.weekday === from.dayOfWeek && w.start <= at(from) && at(to) <= w.end);
}
