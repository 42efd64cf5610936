import { describe, expect, it } from 'vitest';
import { appointmentOf } from '../test-support/appointment';
import { foldLine, icsFile, icsUtc } from './ics';

const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const lineOf = (ics: string, name: string) =>
  unfold(ics)
    .split('\r\n')
    .find((l) => l.startsWith(`${name}:`));

describe('the "Add to my calendar" file', () => {
  it.each([
    ['a UTC instant', '2026-06-02T13:00:00Z', '20260602T130000Z'],
    ['an instant with milliseconds', '2026-06-02T13:00:00.000Z', '20260602T130000Z'],
    ['an instant with the zone offset (New York, summer)', '2026-06-02T09:00:00-04:00', '20260602T130000Z'],
    ['an offset that moves the day', '2026-11-30T21:30:00-05:00', '20261201T023000Z'],
  ])('writes %s in UTC', (_what, iso, utc) => {
    expect(icsUtc(iso)).toBe(utc);
  });

  it('refuses what is not an instant rather than writing a wrong time', () => {
    expect(() => icsUtc('9:00 AM')).toThrow(RangeError);
  });

  it('has the visit at its instant in UTC, whatever zone the visit time was written in', () => {
    const a = appointmentOf({ start: '2026-06-02T09:00:00-04:00', end: '2026-06-02T09:30:00-04:00' });
    const ics = icsFile(a, 'Follow-up OMT con Dr. Andrea Still', new Date('2026-05-01T10:00:00Z'));
    expect(lineOf(ics, 'DTSTART')).toBe('DTSTART:20260602T130000Z');
    expect(lineOf(ics, 'DTEND')).toBe('DTEND:20260602T133000Z');
    expect(lineOf(ics, 'DTSTAMP')).toBe('DTSTAMP:20260501T100000Z');
    expect(lineOf(ics, 'SUMMARY')).toBe('SUMMARY:Follow-up OMT con Dr. Andrea Still');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    const place =
      'Clínica de Osteopatía, Avenida Euclid 1; Cleveland — sala de tratamiento número dos, planta baja';
    const ics = icsFile(appointmentOf({ locationName: place }), 'Visita, primera');
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lineOf(ics, 'LOCATION')).toBe(`LOCATION:${place.replace(/[;,]/g, (c) => `\\${c}`)}`);
    expect(lineOf(ics, 'SUMMARY')).toBe('SUMMARY:Visita\\, primera');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
  });
});
