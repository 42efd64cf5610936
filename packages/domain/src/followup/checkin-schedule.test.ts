import { describe, expect, it } from 'vitest';
import { checkInDaysProblem, checkInSchedule, parseCheckInDays } from './checkin-schedule';

describe('checkInSchedule', () => {
  it.each([
    {
      name: 'summer visit in Cleveland (EDT, UTC-4): 09:00 local on days 1, 3, 7',
      visitStart: '2026-06-01T14:00:00Z',
      timeZone: 'America/New_York',
      days: [1, 3, 7],
      want: [
        {
          day: 1,
          dueAt: '2026-06-02T13:00:00Z',
          dayEndsAt: '2026-06-03T04:00:00Z',
          expiresAt: '2026-06-04T13:00:00Z',
        },
        {
          day: 3,
          dueAt: '2026-06-04T13:00:00Z',
          dayEndsAt: '2026-06-05T04:00:00Z',
          expiresAt: '2026-06-08T13:00:00Z',
        },
        {
          day: 7,
          dueAt: '2026-06-08T13:00:00Z',
          dayEndsAt: '2026-06-09T04:00:00Z',
          expiresAt: '2026-06-15T13:00:00Z',
        },
      ],
    },
    {
      name: 'across the autumn change (1 Nov 2026): day 1 is already EST, 09:00 local is 14:00Z',
      visitStart: '2026-10-31T15:00:00Z',
      timeZone: 'America/New_York',
      days: [1, 3],
      want: [
        {
          day: 1,
          dueAt: '2026-11-01T14:00:00Z',
          dayEndsAt: '2026-11-02T05:00:00Z',
          expiresAt: '2026-11-03T14:00:00Z',
        },
        {
          day: 3,
          dueAt: '2026-11-03T14:00:00Z',
          dayEndsAt: '2026-11-04T05:00:00Z',
          expiresAt: '2026-11-10T14:00:00Z',
        },
      ],
    },
    {
      name: 'across the spring change (8 Mar 2026): 09:00 local moves from 14:00Z to 13:00Z',
      visitStart: '2026-03-07T15:00:00Z',
      timeZone: 'America/New_York',
      days: [1],
      want: [
        {
          day: 1,
          dueAt: '2026-03-08T13:00:00Z',
          dayEndsAt: '2026-03-09T04:00:00Z',
          expiresAt: '2026-03-15T13:00:00Z',
        },
      ],
    },
    {
      name: 'an evening visit counts its days from the local date, not the UTC one',
      visitStart: '2026-06-02T02:30:00Z', // 1 June, 19:30 in Los Angeles
      timeZone: 'America/Los_Angeles',
      days: [2],
      want: [
        {
          day: 2,
          dueAt: '2026-06-03T16:00:00Z',
          dayEndsAt: '2026-06-04T07:00:00Z',
          expiresAt: '2026-06-10T16:00:00Z',
        },
      ],
    },
  ])('$name', ({ visitStart, timeZone, days, want }) => {
    expect(checkInSchedule({ visitStart, timeZone, days })).toEqual(want);
  });

  it('refuses days it cannot schedule', () => {
    expect(() =>
      checkInSchedule({ visitStart: '2026-06-01T14:00:00Z', timeZone: 'UTC', days: [3, 1] }),
    ).toThrow(/increasing/);
  });
});

describe('check-in days', () => {
  it.each([
    { days: [1, 3, 7], problem: null },
    { days: [2], problem: null },
    { days: [], problem: /at least one/ },
    { days: [0, 3], problem: /1 to 60/ },
    { days: [1, 61], problem: /1 to 60/ },
    { days: [1.5], problem: /whole number/ },
    { days: [3, 3], problem: /increasing/ },
    { days: [1, 2, 3, 4, 5, 6, 7, 8], problem: /at most 7/ },
  ])('$days → $problem', ({ days, problem }) => {
    const got = checkInDaysProblem(days);
    if (problem === null) expect(got).toBeNull();
    else expect(got).toMatch(problem);
  });

  it.each([
    { stored: '1,3,7', days: [1, 3, 7] },
    { stored: '2,5', days: [2, 5] },
    { stored: '', days: [1, 3, 7] },
    { stored: null, days: [1, 3, 7] },
    { stored: '5,2', days: [1, 3, 7] },
  ])('stored $stored reads as $days', ({ stored, days }) => {
    expect(parseCheckInDays(stored)).toEqual(days);
  });
});
