import { Temporal } from 'temporal-polyfill';
import { formatInstant, parseInstant } from './instant';
import { parseHHMM } from './parse-hhmm';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Show an instant as the location's wall clock, so staff see local time regardless of the server's zone. */
export function localDateTime(
  instant: string,
  timeZone: string,
): { date: string; time: string; offset: string } {
  const zdt = parseInstant(instant).toZonedDateTimeISO(timeZone);
  return {
    date: zdt.toPlainDate().toString(),
    time: zdt.toPlainTime().toString({ smallestUnit: 'minute' }),
    offset: zdt.offset,
  };
}

/** Turn a location wall-clock date/time into a UTC instant ('compatible': gap → later, overlap → earlier), for storing what staff typed. */
export function zonedToInstant(date: string, time: string, timeZone: string): string {
  const plain = plainDateTime(date, time);
  return formatInstant(plain.toZonedDateTime(timeZone, { disambiguation: 'compatible' }).toInstant());
}

/** Strictly parse 'YYYY-MM-DD' + 'HH:MM' (Temporal alone would also accept '20260301' or '2026-03-01T…'). */
export function plainDateTime(date: string, time: string): Temporal.PlainDateTime {
  if (typeof date !== 'string' || !DATE.test(date)) {
    throw new RangeError(`Expected a date as 'YYYY-MM-DD', got ${JSON.stringify(date)}`);
  }
  const { hour, minute } = parseHHMM(time);
  return Temporal.PlainDate.from(date).toPlainDateTime({ hour, minute });
}

/** The instant a wall time resolves to, or null when the clock skips it (spring-forward gap), so gap slots can be dropped. */
export function existingInstant(wall: Temporal.PlainDateTime, timeZone: string): Temporal.Instant | null {
  const zdt = wall.toZonedDateTime(timeZone, { disambiguation: 'compatible' });
  return Temporal.PlainDateTime.compare(zdt.toPlainDateTime(), wall) === 0 ? zdt.toInstant() : null;
}

/**
 * The instant a wall clock first reaches `wall`, so a working window ends when the provider's clock says so:
 * ambiguous (fall-back) → the first occurrence; skipped (spring-forward gap) → the moment of the jump.
 */
export function firstReached(wall: Temporal.PlainDateTime, timeZone: string): Temporal.Instant {
  const earlier = wall.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  if (Temporal.PlainDateTime.compare(earlier.toPlainDateTime(), wall) === 0) return earlier.toInstant();
  const later = wall.toZonedDateTime(timeZone, { disambiguation: 'later' });
  const jump = later.getTimeZoneTransition('previous');
  return (jump ?? later).toInstant();
}
