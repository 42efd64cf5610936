import { describe, expect, it } from 'vitest';
import { availableSlots, MAX_AVAILABILITY_DAYS } from './available-slots';
import { asLocal, buildAvailability, weekdays } from './test-support';
import type { AvailabilityInput, Weekday } from './types';

// 2026-01-05 is a Monday; New York is on EST (-05:00) all January.
const MONDAY_ONLY = (start: string, end: string) => weekdays([1], start, end);
const monday = { from: '2026-01-05T05:00:00Z', to: '2026-01-06T05:00:00Z' }; // Monday 00:00 → Tuesday 00:00 local

describe('availableSlots — normal weeks', () => {
  it.each([
    {
      name: '30-minute visits on a 30-minute grid',
      hours: MONDAY_ONLY('09:00', '11:00'),
      duration: 30,
      step: 30,
      expected: ['09:00', '09:30', '10:00', '10:30'],
    },
    {
      name: '45-minute visits on a 30-minute grid stop when the visit would overrun',
      hours: MONDAY_ONLY('09:00', '11:00'),
      duration: 45,
      step: 30,
      expected: ['09:00', '09:30', '10:00'],
    },
    {
      name: '60-minute visits on a 15-minute grid',
      hours: MONDAY_ONLY('09:00', '10:30'),
      duration: 60,
      step: 15,
      expected: ['09:00', '09:15', '09:30'],
    },
    {
      name: 'grid starts at the window start, not at the hour',
      hours: MONDAY_ONLY('08:45', '10:15'),
      duration: 30,
      step: 30,
      expected: ['08:45', '09:15', '09:45'],
    },
    {
      name: 'lunch break splits the day into two windows',
      hours: [...MONDAY_ONLY('09:00', '10:00'), ...MONDAY_ONLY('13:00', '14:00')],
      duration: 30,
      step: 30,
      expected: ['09:00', '09:30', '13:00', '13:30'],
    },
    {
      name: 'overlapping windows never duplicate a slot',
      hours: [...MONDAY_ONLY('09:00', '10:30'), ...MONDAY_ONLY('09:30', '11:00')],
      duration: 60,
      step: 30,
      expected: ['09:00', '09:30', '10:00'],
    },
    {
      name: 'a window shorter than the visit yields nothing',
      hours: MONDAY_ONLY('09:00', '09:45'),
      duration: 60,
      step: 15,
      expected: [],
    },
    {
      name: 'hours on other weekdays yield nothing',
      hours: weekdays([2, 3], '09:00', '17:00'),
      duration: 30,
      step: 30,
      expected: [],
    },
  ])('$name', ({ hours, duration, step, expected }) => {
    const slots = availableSlots(
      buildAvailability({ ...monday, hours, durationMinutes: duration, stepMinutes: step }),
    );
    expect(asLocal(slots, 'America/New_York')).toEqual(expected.map((t) => `2026-01-05 ${t}-05:00`));
  });

  it('a full Mon–Fri 09:00–17:00 week gives 15 one-hour slots a day, in UTC with Z and no millis', () => {
    const slots = availableSlots(buildAvailability());
    expect(slots).toHaveLength(75);
    expect(slots[0]).toEqual({ start: '2026-01-05T14:00:00Z', end: '2026-01-05T15:00:00Z' });
    expect(slots.at(-1)).toEqual({ start: '2026-01-09T21:00:00Z', end: '2026-01-09T22:00:00Z' });
    for (const s of slots) expect(s.start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/);
  });

  it('works in a half-hour-offset zone (Asia/Kolkata)', () => {
    const slots = availableSlots(
      buildAvailability({
        timeZone: 'Asia/Kolkata',
        hours: MONDAY_ONLY('09:00', '10:00'),
        from: '2026-01-04T18:30:00Z',
        to: '2026-01-05T18:30:00Z',
        durationMinutes: 30,
      }),
    );
    expect(slots.map((s) => s.start)).toEqual(['2026-01-05T03:30:00Z', '2026-01-05T04:00:00Z']);
  });

  it('uses the location zone to decide the weekday, not UTC', () => {
    // Monday 20:00–21:00 in Los Angeles is Tuesday 04:00–05:00 UTC.
    const slots = availableSlots(
      buildAvailability({
        timeZone: 'America/Los_Angeles',
        hours: MONDAY_ONLY('20:00', '21:00'),
        from: '2026-01-05T00:00:00Z',
        to: '2026-01-07T00:00:00Z',
      }),
    );
    expect(slots).toEqual([{ start: '2026-01-06T04:00:00Z', end: '2026-01-06T05:00:00Z' }]);
  });
});

describe('availableSlots — bounds, notice and busy time', () => {
  const base = buildAvailability({
    ...monday,
    hours: MONDAY_ONLY('09:00', '12:00'),
    durationMinutes: 60,
    stepMinutes: 60,
  });
  const starts = (overrides: Partial<typeof base>) =>
    asLocal(availableSlots({ ...base, ...overrides }), 'America/New_York').map((s) => s.slice(11, 16));

  it('slots start at or after `from` and end at or before `to`', () => {
    expect(starts({ from: '2026-01-05T15:00:00Z', to: '2026-01-05T17:00:00Z' })).toEqual(['10:00', '11:00']);
    expect(starts({ from: '2026-01-05T15:00:00Z', to: '2026-01-05T16:59:59Z' })).toEqual(['10:00']);
    expect(starts({ from: '2026-01-05T14:00:01Z' })).toEqual(['10:00', '11:00']);
    expect(starts({ to: '2026-01-05T15:59:59Z' })).toEqual(['09:00']);
  });

  it('notBefore removes slots starting earlier, even when `from` is earlier', () => {
    expect(starts({ notBefore: '2026-01-05T15:00:00Z' })).toEqual(['10:00', '11:00']);
    expect(starts({ notBefore: '2026-01-05T15:00:01Z' })).toEqual(['11:00']);
    expect(starts({ notBefore: '2026-01-01T00:00:00Z' })).toEqual(['09:00', '10:00', '11:00']);
  });

  it('busy intervals remove exactly the slots they overlap (half-open)', () => {
    expect(starts({ busy: [{ start: '2026-01-05T15:00:00Z', end: '2026-01-05T16:00:00Z' }] })).toEqual([
      '09:00',
      '11:00',
    ]);
    expect(starts({ busy: [{ start: '2026-01-05T15:59:00Z', end: '2026-01-05T16:01:00Z' }] })).toEqual([
      '09:00',
    ]);
    expect(starts({ busy: [{ start: '2026-01-05T13:00:00Z', end: '2026-01-05T14:00:00Z' }] })).toEqual([
      '09:00',
      '10:00',
      '11:00',
    ]);
    expect(
      starts({ busy: [{ start: '2026-01-05T10:00:00-05:00', end: '2026-01-05T10:00:00-05:00' }] }),
    ).toHaveLength(3);
  });

  it('unsorted, overlapping busy intervals are handled', () => {
    const busy = [
      { start: '2026-01-05T16:30:00Z', end: '2026-01-05T16:45:00Z' },
      { start: '2026-01-05T14:00:00Z', end: '2026-01-05T14:10:00Z' },
      { start: '2026-01-05T14:05:00Z', end: '2026-01-05T14:20:00Z' },
    ];
    expect(starts({ busy })).toEqual(['10:00']);
  });

  it('an empty or inverted range yields nothing', () => {
    expect(starts({ from: '2026-01-05T16:00:00Z', to: '2026-01-05T16:00:00Z' })).toEqual([]);
    expect(starts({ from: '2026-01-05T18:00:00Z', to: '2026-01-05T14:00:00Z' })).toEqual([]);
  });
});

describe('availableSlots — invalid input', () => {
  it.each<[string, Partial<AvailabilityInput>]>([
    ['a bad HH:MM', { hours: [{ weekday: 1, start: '9:00', end: '17:00' }] }],
    ['a window ending before it starts', { hours: MONDAY_ONLY('17:00', '09:00') }],
    ['an empty window', { hours: MONDAY_ONLY('09:00', '09:00') }],
    ['weekday 0', { hours: [{ weekday: 0 as Weekday, start: '09:00', end: '17:00' }] }],
    ['weekday 8', { hours: [{ weekday: 8 as Weekday, start: '09:00', end: '17:00' }] }],
    ['zero duration', { durationMinutes: 0 }],
    ['fractional step', { stepMinutes: 7.5 }],
    ['negative step', { stepMinutes: -30 }],
    ['an unknown zone', { timeZone: 'Nowhere/Atlantis' }],
    ['a from without offset', { from: '2026-01-05T00:00:00' }],
    ['a garbage busy instant', { busy: [{ start: 'yesterday', end: '2026-01-05T10:00:00Z' }] }],
    ['a garbage notBefore', { notBefore: 'soon' }],
    ['too long a range', { to: `${2026 + Math.ceil(MAX_AVAILABILITY_DAYS / 365) + 1}-01-01T00:00:00Z` }],
  ])('throws RangeError for %s', (_name, overrides) => {
    expect(() => availableSlots(buildAvailability(overrides))).toThrow(RangeError);
  });
});
