/** Time display helpers: every clinic time is shown in its location's zone, with the zone named. */

/** An instant as text without milliseconds, the shape the API accepts and returns. */
export function toInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * One formatter per kind, locale and zone: building an Intl.DateTimeFormat costs far more than using one (a page
 * grouping hundreds of open times by day and hour built one per time). `kind` names the options, which must be the
 * same for every call of one kind.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
export function formatter(
  kind: string,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${options.timeZone ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

export function formatDateTime(iso: string, timeZone: string, locale = 'en-US'): string {
  return formatter('dateTime', locale, {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatTime(iso: string, timeZone: string, locale = 'en-US'): string {
  return formatter('time', locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

export function formatDay(iso: string, timeZone: string, locale = 'en-US'): string {
  return formatter('day-long', locale, {
    timeZone,
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD) in the reader's words ("March 4, 2026"), read as that day (no zone shift). */
export function formatCalendarDay(day: string, locale: string): string {
  return formatter('calendar-day', locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** An instant's date in the device's zone, long ("March 4, 2026"). */
export function formatLongDate(iso: string, locale: string): string {
  return formatter('date-long', locale, { dateStyle: 'long' }).format(new Date(iso));
}

/** An instant's date in the device's zone, medium ("Mar 4, 2026"). */
export function formatMediumDate(iso: string, locale: string): string {
  return formatter('date-medium', locale, { dateStyle: 'medium' }).format(new Date(iso));
}

/** An instant's date and time in the device's zone ("Mar 4, 2026, 3:05 PM"). */
export function formatDateShortTime(iso: string, locale: string): string {
  return formatter('date-medium-time-short', locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** An instant in this device's zone, naming the zone ("Feb 1, 2026, 9:00 AM EST"): for times not tied to a location. */
export function formatStampZoned(iso: string, locale: string): string {
  return formatter('stamp-zoned', locale, {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** The calendar day (YYYY-MM-DD) of an instant in a zone. */
export function dayKey(iso: string, timeZone: string): string {
  return formatter('day', 'en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(iso),
  );
}

/** Names a location's zone the way people say it: "Cleveland time (America/New_York)". */
export function zoneLabel(locationName: string, timeZone: string): string {
  return `${locationName} time (${timeZone})`;
}

/**
 * Today's date (YYYY-MM-DD) on this device, from its clock and zone. Read through Date rather than Intl: a page's
 * first Intl call loads the browser's formatting data, 80–210 ms on a phone-speed CPU, which a form that only needs
 * today's date (the waitlist's default window) should not pay.
 */
export function todayLocal(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T12:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A UTC window surely covering the whole calendar day `date` in every zone (UTC−12 … UTC+14);
 * callers filter by dayKey in each appointment's own zone.
 */
export function wideDayWindow(date: string): { from: string; to: string } {
  return {
    from: `${addDays(date, -1)}T10:00:00Z`,
    to: `${addDays(date, 1)}T12:00:00Z`,
  };
}

export function formatStamp(iso: string, locale = 'en-US'): string {
  return formatter('stamp', locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
}

/** How many milliseconds a zone's wall clock is ahead of UTC at an instant (negative west of Greenwich). */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const parts = formatter('wall-parts', 'en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time on a YYYY-MM-DD date has in a zone, e.g. where a dropped visit lands.
 * Two rounds of offset correction settle DST days (a time in the spring-forward gap lands after it).
 */
export function wallToInstant(date: string, minutes: number, timeZone: string): string {
  const [y = 1970, mo = 1, d = 1] = date.split('-').map(Number);
  const wall = Date.UTC(y, mo - 1, d, 0, minutes);
  let guess = wall - zoneOffsetMs(wall, timeZone);
  guess = wall - zoneOffsetMs(guess, timeZone);
  return toInstant(guess);
}

/** A `datetime-local` value (YYYY-MM-DDTHH:MM) read as the wall clock of a zone, as an instant. */
export function localInputToInstant(value: string, timeZone: string): string {
  const [date = '', time = '00:00'] = value.split('T');
  const [h = 0, m = 0] = time.split(':').map(Number);
  return wallToInstant(date, h * 60 + m, timeZone);
}
