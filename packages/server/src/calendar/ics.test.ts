import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs } from './ics';
import { clinicOrganizer } from './organizer';

const ORGANIZER = { name: 'OMT Clinic Cleveland', email: 'clinic@test.local' };

function visit(start: string, end: string, timeZone: string) {
  return { uid: 'u1@omt', sequence: 0, organizer: ORGANIZER, start, end, timeZone, summary: 'OMT visit' };
}

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
      buildIcs([visit(start, end, zone)], {
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
          ...visit('2026-06-01T13:00:00Z', '2026-06-01T13:30:00Z', 'America/New_York'),
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

  // Visits around both DST changes of 2027. A wall time read twice (the repeated hour) cannot name one
  // instant with a TZID, so it is written in UTC; every other time keeps the location's wall clock.
  it.each([
    // [zone, UTC start, UTC end, what the visit crosses]
    ['America/New_York', '2027-11-07T05:30:00Z', '2027-11-07T06:30:00Z', '01:30 EDT to 01:30 EST'],
    ['America/New_York', '2027-11-07T04:30:00Z', '2027-11-07T05:30:00Z', 'into the first 01:00–02:00'],
    ['America/New_York', '2027-11-07T06:00:00Z', '2027-11-07T07:00:00Z', 'the second 01:00–02:00'],
    ['America/New_York', '2027-11-07T05:00:00Z', '2027-11-07T05:30:00Z', 'inside the first 01:00–02:00'],
    [
      'America/New_York',
      '2027-03-14T06:30:00Z',
      '2027-03-14T07:30:00Z',
      '01:30 EST over the gap to 03:30 EDT',
    ],
    [
      'America/New_York',
      '2027-03-14T07:00:00Z',
      '2027-03-14T07:30:00Z',
      'starting as the clocks jump to 03:00',
    ],
    ['America/New_York', '2027-03-14T06:00:00Z', '2027-03-14T07:00:00Z', 'ending as the clocks jump'],
    ['Europe/Berlin', '2027-10-31T00:30:00Z', '2027-10-31T01:30:00Z', '02:30 CEST to 02:30 CET'],
    ['Europe/Berlin', '2027-03-28T00:30:00Z', '2027-03-28T01:30:00Z', '01:30 CET over the gap to 03:30 CEST'],
    ['Australia/Lord_Howe', '2027-04-03T14:45:00Z', '2027-04-03T15:30:00Z', 'a 30-minute fall-back'],
  ])('%s %s–%s (%s) reads back as the booked instants', (zone, start, end) => {
    const ics = buildIcs([visit(start, end, zone)], { name: 'x', now: '2027-01-01T00:00:00Z' });
    const [e] = parse(ics);
    expect(e?.startDate.toJSDate().toISOString()).toBe(new Date(start).toISOString());
    expect(e?.endDate.toJSDate().toISOString()).toBe(new Date(end).toISOString());
    expect(e?.duration.toSeconds()).toBe((Date.parse(end) - Date.parse(start)) / 1000);
  });

  it('writes a repeated-hour time in UTC and an unambiguous one in the location zone', () => {
    const ics = buildIcs([visit('2027-11-07T05:30:00Z', '2027-11-07T07:00:00Z', 'America/New_York')], {
      name: 'x',
      now: '2027-01-01T00:00:00Z',
    });
    expect(ics).toContain('DTSTART:20271107T053000Z\r\n');
    expect(ics).toContain('DTEND;TZID=America/New_York:20271107T020000\r\n');
  });

  it('names the organizer, the attendees and the revision of an invitation', () => {
    const organizer = clinicOrganizer('OMT Clinic <clinic@test.local>', 'Lakeside OMT', 'Cleveland; East');
    expect(organizer).toEqual({ name: 'Lakeside OMT Cleveland; East', email: 'clinic@test.local' });
    expect(clinicOrganizer('clinic@test.local', 'C', 'X').email).toBe('clinic@test.local');
    const ics = buildIcs(
      [
        {
          ...visit('2026-06-01T13:00:00Z', '2026-06-01T13:30:00Z', 'America/New_York'),
          sequence: 3,
          organizer,
          attendees: ['alex@demo.clinic'],
        },
      ],
      { name: 'x', now: '2026-01-01T00:00:00Z', method: 'REQUEST' },
    );
    const [e] = parse(ics);
    expect(e?.sequence).toBe(3);
    expect(e?.organizer).toBe('mailto:clinic@test.local');
    expect(e?.component.getFirstProperty('organizer')?.getParameter('cn')).toBe('Lakeside OMT Cleveland; East');
    expect(e?.attendees.map((a) => a.getFirstValue())).toEqual(['mailto:alex@demo.clinic']);
  });
});
