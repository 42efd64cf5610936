import { Temporal } from 'temporal-polyfill';
import { vtimezone } from './vtimezone';

export interface CalendarEvent {
  uid: string;
  start: string; // UTC instant
  end: string;
  timeZone: string; // the location's zone: times are written as its wall clock
  summary: string;
  location?: string;
  description?: string;
  cancelled?: boolean;
}

/** RFC 5545 text escaping. */
function text(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds lines longer than 75 octets, as RFC 5545 §3.1 asks. */
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let cut = 74;
    while (Buffer.byteLength(rest.slice(0, cut)) > 74) cut--;
    out.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  out.push(rest);
  return out.join('\r\n');
}

function wall(instant: string, timeZone: string): string {
  return Temporal.Instant.from(instant)
    .toZonedDateTimeISO(timeZone)
    .toPlainDateTime()
    .toString({ smallestUnit: 'second' })
    .replace(/[-:]/g, '');
}

function utcStamp(instant: string): string {
  return instant.replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/** An iCalendar file whose events keep the location's time zone (TZID + VTIMEZONE), for mail and feeds. */
export function buildIcs(
  events: CalendarEvent[],
  opts: { name: string; now: string; method?: 'PUBLISH' | 'REQUEST' | 'CANCEL' },
): string {
  const zones = [...new Set(events.map((e) => e.timeZone))];
  const starts = events.map((e) => Temporal.Instant.from(e.start));
  const min = starts.reduce(
    (a, b) => (Temporal.Instant.compare(a, b) < 0 ? a : b),
    Temporal.Instant.from(opts.now),
  );
  const max = starts.reduce(
    (a, b) => (Temporal.Instant.compare(a, b) > 0 ? a : b),
    Temporal.Instant.from(opts.now),
  );
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//OMT Clinic//Scheduling//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${opts.method ?? 'PUBLISH'}`,
    `X-WR-CALNAME:${text(opts.name)}`,
    ...zones.flatMap((z) => vtimezone(z, min.subtract({ hours: 24 * 366 }), max.add({ hours: 24 * 366 }))),
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(opts.now)}`,
      `DTSTART;TZID=${e.timeZone}:${wall(e.start, e.timeZone)}`,
      `DTEND;TZID=${e.timeZone}:${wall(e.end, e.timeZone)}`,
      `SUMMARY:${text(e.summary)}`,
      ...(e.location ? [`LOCATION:${text(e.location)}`] : []),
      ...(e.description ? [`DESCRIPTION:${text(e.description)}`] : []),
      `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
