import { describe, expect, it } from 'vitest';
import { conflictReasons, wholeLocalDays } from './schedule-conflicts';

describe('wholeLocalDays', () => {
  it.each([
    // spring forward: the day has 23 hours
    ['2027-03-14', '2027-03-14', 'America/New_York', '2027-03-14T05:00:00Z', '2027-03-15T04:00:00Z'],
    // fall back: 25 hours
    ['2026-11-01', '2026-11-01', 'America/New_York', '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z'],
    ['2026-12-24', '2026-12-26', 'America/Phoenix', '2026-12-24T07:00:00Z', '2026-12-27T07:00:00Z'],
    ['2026-07-01', '2026-07-01', 'UTC', '2026-07-01T00:00:00Z', '2026-07-02T00:00:00Z'],
    ['2026-03-09', '2026-03-09', 'Asia/Kolkata', '2026-03-08T18:30:00Z', '2026-03-09T18:30:00Z'],
  ])('%s … %s in %s', (first, last, zone, start, end) => {
    expect(wholeLocalDays(first, last, zone)).toEqual({ start, end });
  });

  it.each([
    ['2027-02-30', '2027-02-30', 'UTC'],
    ['20270314', '20270314', 'UTC'],
    ['2027-03-15', '2027-03-14', 'UTC'],
    ['2027-03-14', '2027-03-14', 'Mars/Olympus'],
  ])('refuses %s … %s in %s', (first, last, zone) => {
    expect(() => wholeLocalDays(first, last, zone)).toThrow(RangeError);
  });
});

describe('conflictReasons', () => {
  const visit = { start_at: '2026-05-04T14:00:00Z', end_at: '2026-05-04T14:30:00Z' };
  const span = (id: string, start_at: string, end_at: string) => ({ id, start_at, end_at, reason: id });
  const none = { closures: [], timeOff: [], providerActive: true };

  it.each([
    ['nothing', none, []],
    [
      'a closure over the visit',
      { ...none, closures: [span('c', '2026-05-04T04:00:00Z', '2026-05-05T04:00:00Z')] },
      [{ kind: 'closure', id: 'c', reason: 'c' }],
    ],
    [
      'a closure ending as the visit starts',
      { ...none, closures: [span('c', '2026-05-04T13:00:00Z', '2026-05-04T14:00:00Z')] },
      [],
    ],
    [
      'time off starting as the visit ends',
      { ...none, timeOff: [span('t', '2026-05-04T14:30:00Z', '2026-05-04T18:00:00Z')] },
      [],
    ],
    [
      'time off over part of the visit',
      { ...none, timeOff: [span('t', '2026-05-04T14:15:00Z', '2026-05-04T18:00:00Z')] },
      [{ kind: 'time_off', id: 't', reason: 't' }],
    ],
    ['an inactive provider', { ...none, providerActive: false }, [{ kind: 'inactive_provider' }]],
  ])('%s', (_name, facts, expected) => {
    expect(conflictReasons(visit, facts)).toEqual(expected);
  });
});
