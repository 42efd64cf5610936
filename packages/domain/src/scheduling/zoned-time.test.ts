import { describe, expect, it } from 'vitest';
import { localDateTime, zonedToInstant } from './zoned-time';

describe('localDateTime', () => {
  it.each([
    ['2026-01-12T14:00:00Z', 'America/New_York', '2026-01-12', '09:00', '-05:00'],
    ['2026-07-13T13:00:00Z', 'America/New_York', '2026-07-13', '09:00', '-04:00'],
    ['2026-07-13T16:00:00Z', 'America/Phoenix', '2026-07-13', '09:00', '-07:00'],
    ['2026-03-09T03:30:00Z', 'Asia/Kolkata', '2026-03-09', '09:00', '+05:30'],
    ['2026-03-09T03:00:00Z', 'America/Los_Angeles', '2026-03-08', '20:00', '-07:00'],
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01', '01:30', '-04:00'],
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01', '01:30', '-05:00'],
    ['2026-03-09T14:00:59.999Z', 'UTC', '2026-03-09', '14:00', '+00:00'],
  ])('%s in %s', (instant, zone, date, time, offset) => {
    expect(localDateTime(instant, zone)).toEqual({ date, time, offset });
  });

  it('rejects an unknown zone', () => {
    expect(() => localDateTime('2026-03-09T14:00:00Z', 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('zonedToInstant', () => {
  it.each([
    ['2026-01-12', '09:00', 'America/New_York', '2026-01-12T14:00:00Z'],
    ['2026-07-13', '09:00', 'America/New_York', '2026-07-13T13:00:00Z'],
    ['2026-07-13', '09:00', 'America/Phoenix', '2026-07-13T16:00:00Z'],
    ['2026-03-09', '09:00', 'Asia/Kolkata', '2026-03-09T03:30:00Z'],
    // spring-forward gap: 'compatible' moves forward by the gap (02:30 → 03:30 EDT)
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00Z'],
    // fall-back overlap: 'compatible' takes the earlier (EDT) occurrence
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00Z'],
  ])('%s %s %s → %s', (date, time, zone, expected) => {
    expect(zonedToInstant(date, time, zone)).toBe(expected);
  });

  it('round-trips with localDateTime for existing wall times', () => {
    const instant = zonedToInstant('2026-03-09', '09:00', 'America/New_York');
    expect(localDateTime(instant, 'America/New_York')).toEqual({
      date: '2026-03-09',
      time: '09:00',
      offset: '-04:00',
    });
  });

  it.each([
    ['20260309', '09:00'],
    ['2026-3-9', '09:00'],
    ['2026-02-30', '09:00'],
    ['2026-03-09T09:00', '09:00'],
    ['2026-03-09', '9:00'],
    ['2026-03-09', '24:00'],
  ])('rejects %j %j', (date, time) => {
    expect(() => zonedToInstant(date, time, 'America/New_York')).toThrow(RangeError);
  });

  it('rejects an unknown zone', () => {
    expect(() => zonedToInstant('2026-03-09', '09:00', 'Not/AZone')).toThrow(RangeError);
  });
});
