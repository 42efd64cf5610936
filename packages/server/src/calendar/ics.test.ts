import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs } from './ics';

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('iCalendar files keep the location zone (parsed back with ical.js)', () => {
  it.each([
    // [zone, UTC start, local wall time expected]
    ['America/New_York', '2026-03-06T14:00:00Z', '2026-03-06T09:00:00'], // before spring-forward (EST)
    ['America/New_York', '2026-03-09T13:00:00Z', '2026-03-09T09:00:00'], // after (EDT)
    ['America/New_York', '2026-11-02T14:00:00Z', '2026-11-02T09:00:00'], // after fall-back (EST)
    ['America/Phoenix', '2026-03-09T16:00:00Z', '2026-03-09T09:00:00'], // no DST
  ])('%s %s → %s local', (zone, start, local) => {
    const end = new Date(Date.parse(start) + 30 * 60_000).toISOString();
    const [event] = parse(
      buildIcs([{ uid: 'u1@omt', start, end, timeZone: zone, summary: 'OMT follow-up' }], {
        name: 'x',
        now: '2026-01-01T00:00:00Z',
      }),
    );
    expect(event?.startDate.zone?.tzid).toBe(zone);
    expect(event?.startDate.toString()).toBe(local);
    expect(event?.startDate.toJSDate().toISOString()).toBe(new Date(start).toISOString());
  });

  it('escapes text and folds long lines', () => {
    const ics = buildIcs(
      [
        {
          uid: 'u2@omt',
          start: '2026-06-01T13:00:00Z',
          end: '2026-06-01T13:30:00Z',
          timeZone: 'America/New_York',
          summary: 'Visit; with, commas',
          description: 'x'.repeat(200),
        },
      ],
      { name: 'Clinic', now: '2026-01-01T00:00:00Z' },
    );
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const [event] = parse(ics);
    expect(event?.summary).toBe('Visit; with, commas');
    expect(event?.description).toBe('x'.repeat(200));
  });
});
