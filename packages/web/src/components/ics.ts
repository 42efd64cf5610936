import type { Appointment } from '@omt/contracts';

/**
 * An instant as iCalendar's UTC form (RFC 5545 §3.3.5, form 2), e.g. 20260602T130000Z. The instant is read as one
 * (an offset such as -04:00 is applied), so the file never writes a wall-clock time with a Z after it.
 */
export function icsUtc(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${iso}`);
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** Escapes text for an iCalendar value (RFC 5545 §3.3.11). */
const icsText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/** Folds a content line longer than 75 octets (RFC 5545 §3.1), never inside a character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let rest = line;
  let limit = 75;
  while (octets(rest) > limit) {
    let cut = 0;
    for (const ch of rest) {
      if (octets(rest.slice(0, cut + ch.length)) > limit) break;
      cut += ch.length;
    }
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
    limit = 74; // a continuation line starts with a space
  }
  out.push(rest);
  return out.join('\r\n ');
}

/**
 * A one-event calendar file of a visit, to download. Times are UTC (DTSTART:…Z), so every calendar places it at the
 * same instant and shows it in its own zone; the server's mails carry the full invitation with the location's
 * zone. `summary` is the event's title in the reader's language.
 */
export function icsFile(a: Appointment, summary: string, now = new Date()): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//OMT Clinic//Booking//EN',
    'BEGIN:VEVENT',
    `UID:${a.id}@omt-clinic`,
    `DTSTAMP:${icsUtc(now.toISOString())}`,
    `DTSTART:${icsUtc(a.start)}`,
    `DTEND:${icsUtc(a.end)}`,
    `SUMMARY:${icsText(summary)}`,
    `LOCATION:${icsText(a.locationName)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
    .map(foldLine)
    .join('\r\n')
    .concat('\r\n');
}

export function icsDataUrl(a: Appointment, summary: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(icsFile(a, summary))}`;
}
