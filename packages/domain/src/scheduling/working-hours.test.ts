import { describe, expect, it } from 'vitest';
import { withinWorkingHours } from './working-hours';
import type { WeeklyHours } from './types';

// Mondays 09:00–12:00 and 13:00–17:00 on the location's clock.
const monday: WeeklyHours[] = [
  { weekday: 1, start: '09:00', end: '12:00' },
  { weekday: 1, start: '13:00', end: '17:00' },
];
const NY = 'America/New_York';

describe('withinWorkingHours', () => {
  it.each([
    ['inside the morning window (EDT)', '2026-05-04T13:00:00Z', '2026-05-04T13:30:00Z', true],
    ['ending exactly at the window end', '2026-05-04T15:30:00Z', '2026-05-04T16:00:00Z', true],
    ['running over the lunch gap', '2026-05-04T15:45:00Z', '2026-05-04T16:15:00Z', false],
    ['starting before opening', '2026-05-04T12:45:00Z', '2026-05-04T13:15:00Z', false],
    ['on a Tuesday, no hours', '2026-05-05T13:00:00Z', '2026-05-05T13:30:00Z', false],
    // 09:00 EST is 14:00Z in winter; 13:00Z is 08:00 there: the zone's rules, not a fixed offset, decide.
    ['09:00 in winter (EST)', '2026-12-07T14:00:00Z', '2026-12-07T14:30:00Z', true],
    ['08:00 in winter (EST)', '2026-12-07T13:00:00Z', '2026-12-07T13:30:00Z', false],
    // The Monday after the clocks go back (2026-11-01): 09:00 EST is 14:00Z.
    ['09:00 the Monday after the change', '2026-11-02T14:00:00Z', '2026-11-02T14:30:00Z', true],
  ])('%s', (_, start, end, expected) => {
    expect(withinWorkingHours({ start, end }, NY, monday)).toBe(expected);
  });

  it('counts one-off extra hours (a Saturday morning) as working time', () => {
    const saturday = { start: '2026-05-09T13:00:00Z', end: '2026-05-09T13:30:00Z' };
    expect(withinWorkingHours(saturday, NY, monday)).toBe(false);
    expect(
      withinWorkingHours(saturday, NY, monday, [
        { start: '2026-05-09T12:00:00Z', end: '2026-05-09T16:00:00Z' },
      ]),
    ).toBe(true);
  });

  it('puts a visit crossing midnight on the wall clock outside', () => {
    const late: WeeklyHours[] = [{ weekday: 1, start: '00:00', end: '23:59' }];
    expect(withinWorkingHours({ start: '2026-05-05T03:30:00Z', end: '2026-05-05T04:30:00Z' }, NY, late)).toBe(
      false,
    );
  });
});
