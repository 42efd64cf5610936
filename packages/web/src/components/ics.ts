import type { Appointment } from '@omt/contracts';

/** An instant as iCalendar's UTC form, e.g. 20260602T130000Z. */
const icsTime = (iso: string) => `${iso.replace(/[-:]/g, '').replace(/\.\d+/, '').slice(0, 15)}Z`;

/** Escapes text for an iCalendar value (RFC 5545 §3.3.11). */
const icsText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');

/**
 * A one-event calendar file of a visit, as a data: URL to download. Times are UTC, so every calendar places
 * it at the same instant; the server's mails carry the full invitation with the location's zone.
 */
export function icsFile(a: Appointment): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//OMT Clinic//Booking//EN',
    'BEGIN:VEVENT',
    `UID:${a.id}@omt-clinic`,
    `DTSTAMP:${icsTime(new Date().toISOString())}`,
    `DTSTART:${icsTime(a.start)}`,
    `DTEND:${icsTime(a.end)}`,
    `SUMMARY:${icsText(`${a.visitTypeName} with ${a.providerName}`)}`,
    `LOCATION:${icsText(a.locationName)}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

export function icsDataUrl(a: Appointment): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(icsFile(a))}`;
}
