import { Temporal } from 'temporal-polyfill';
import { vtimezone } from './vtimezone';

export interface CalendarEvent {
  /** Stable for the visit, so a calendar replaces or removes its copy. */
  uid: string;
  /** Revision of the visit (RFC 5546): every move or cancellation raises it. */
  sequence: number;
  /** Who sends the invitation (the clinic's mail address, named after the location). */
  organizer: { name: string; email: string };
  /** Mail recipients, for an invitation (REQUEST/CANCEL); none in a published feed. */
  attendees?: string[];
  start: string; // UTC instant
  end: string;
  timeZone: string; // the location's zone: times are written as its wall clock where that names one instant
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

/** A parameter value (RFC 5545 §3.2): quoted when it holds `:`, `;` or `,`; it can never hold a quote. */
function param(s: string): string {
  const v = s.replace(/"/g, "'");
  return /[:;,]/.test(v) ? `"${v}"` : v;
}

function utcStamp(instant: string): string {
  return Temporal.Instant.from(instant).toString({ smallestUnit: 'second' }).replace(/[-:]/g, '');
}

/**
 * DTSTART or DTEND: the location's wall clock with its TZID, unless that wall time names no single instant
 * (the repeated hour when clocks go back), where readers would guess; then UTC, the booked instant exactly.
 */
function dateTime(name: 'DTSTART' | 'DTEND', instant: string, timeZone: string): string {
  const at = Temporal.Instant.from(instant);
  const local = at.toZonedDateTimeISO(timeZone).toPlainDateTime();
  const readings = (['earlier', 'later'] as const).map((disambiguation) =>
    local.toZonedDateTime(timeZone, { disambiguation }).toInstant(),
  );
  if (readings.some((r) => !r.equals(at))) return `${name}:${utcStamp(instant)}`;
  return `${name};TZID=${timeZone}:${local.toString({ smallestUnit: 'second' }).replace(/[-:]/g, '')}`;
}

/**
 * An iCalendar file whose events keep the location's time zone (TZID + VTIMEZONE), for mail and feeds.
 * Mailed invitations are REQUEST (booked or moved) and CANCEL; a feed is PUBLISH (RFC 5546).
 */
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
      `SEQUENCE:${e.sequence}`,
      `DTSTAMP:${utcStamp(opts.now)}`,
      dateTime('DTSTART', e.start, e.timeZone),
      dateTime('DTEND', e.end, e.timeZone),
      `ORGANIZER;CN=${param(e.organizer.name)}:mailto:${e.organizer.email}`,
      ...(e.attendees ?? []).map((a) => `ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:${a}`),
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
