import { describe, expect, it } from 'vitest';
import { weeklySeries } from './weekly-series';

describe('weekly series keep the local wall-clock time', () => {
  it.each([
    // 09:00 in New York, across the 1 November 2026 fall-back: UTC shifts by an hour, local time does not.
    [
      'America/New_York',
      '2026-10-19T13:00:00Z',
      4,
      1,
      ['2026-10-19T13:00:00Z', '2026-10-26T13:00:00Z', '2026-11-02T14:00:00Z', '2026-11-09T14:00:00Z'],
    ],
    // Across the 8 March 2026 spring-forward, every two weeks.
    [
      'America/New_York',
      '2026-02-23T14:00:00Z',
      3,
      2,
      ['2026-02-23T14:00:00Z', '2026-03-09T13:00:00Z', '2026-03-23T13:00:00Z'],
    ],
    // Phoenix has no DST: constant UTC.
    [
      'America/Phoenix',
      '2026-10-19T16:00:00Z',
      3,
      1,
      ['2026-10-19T16:00:00Z', '2026-10-26T16:00:00Z', '2026-11-02T16:00:00Z'],
    ],
  ])('%s from %s × %i every %i week(s)', (zone, start, count, every, expected) => {
    expect(weeklySeries(start, zone, count, every)).toEqual(expected);
  });

  it('refuses a count below one', () => {
    expect(() => weeklySeries('2026-10-19T13:00:00Z', 'America/New_York', 0)).toThrow(RangeError);
  });
});
