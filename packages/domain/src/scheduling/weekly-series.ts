import { Temporal } from 'temporal-polyfill';
import { localDateTime, zonedToInstant } from './zoned-time';

/**
 * The starts of a weekly series (e.g. weekly × 6 for a plan of care), kept at the same wall-clock time
 * in the location's zone, so a visit at 09:00 stays at 09:00 across a DST change.
 */
export function weeklySeries(start: string, timeZone: string, count: number, everyWeeks = 1): string[] {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`count must be a positive integer, got ${count}`);
  if (!Number.isInteger(everyWeeks) || everyWeeks < 1)
    throw new RangeError(`everyWeeks must be a positive integer, got ${everyWeeks}`);
  const first = localDateTime(start, timeZone);
  const day = Temporal.PlainDate.from(first.date);
  return Array.from({ length: count }, (_, k) =>
    zonedToInstant(day.add({ weeks: k * everyWeeks }).toString(), first.time.slice(0, 5), timeZone),
  );
}
