import { Temporal } from 'temporal-polyfill';

function offsetText(ns: number): string {
  const minutes = Math.round(ns / 60e9);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** The wall-clock time of a transition as read in the offset in force before it (RFC 5545 §3.6.5). */
function onsetStamp(transition: Temporal.ZonedDateTime, offsetBeforeNs: number): string {
  return Temporal.Instant.fromEpochNanoseconds(transition.epochNanoseconds + BigInt(offsetBeforeNs))
    .toZonedDateTimeISO('UTC')
    .toPlainDateTime()
    .toString({ smallestUnit: 'second' })
    .replace(/[-:]/g, '');
}

/**
 * A VTIMEZONE for an IANA zone covering [from, to]: one STANDARD/DAYLIGHT part per real transition,
 * read from the zone rules, so calendar apps show the visit in the clinic's local time.
 */
export function vtimezone(timeZone: string, from: Temporal.Instant, to: Temporal.Instant): string[] {
  const parts: string[] = [];
  let cursor = from.toZonedDateTimeISO(timeZone);
  const first = cursor;
  for (let i = 0; i < 64; i++) {
    const next = cursor.getTimeZoneTransition('next');
    if (!next || Temporal.Instant.compare(next.toInstant(), to) > 0) break;
    const before = next.subtract({ nanoseconds: 1 }).offsetNanoseconds;
    const after = next.offsetNanoseconds;
    const kind = after > before ? 'DAYLIGHT' : 'STANDARD';
    parts.push(
      `BEGIN:${kind}`,
      `DTSTART:${onsetStamp(next, before)}`,
      `TZOFFSETFROM:${offsetText(before)}`,
      `TZOFFSETTO:${offsetText(after)}`,
      `END:${kind}`,
    );
    cursor = next;
  }
  if (!parts.length) {
    const offset = offsetText(first.offsetNanoseconds);
    parts.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      'END:STANDARD',
    );
  }
  return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...parts, 'END:VTIMEZONE'];
}
