import { describe, expect, it } from 'vitest';
import { availableSlots } from './available-slots';
import { asLocal, buildAvailability, EVERY_DAY, weekdays } from './test-support';
import type { Weekday } from './types';

const NY = 'America/New_York';
const grid = (days: string[], times: string[], offsetOf: (day: string) => string) =>
  days.flatMap((d) => times.map((t) => `${d} ${t}${offsetOf(d)}`));

describe('America/New_York spring forward (Sunday 2026-03-08, 02:00 → 03:00)', () => {
  const days = ['2026-03-07', '2026-03-08', '2026-03-09'];
  const query = buildAvailability({
    timeZone: NY,
    hours: weekdays(EVERY_DAY, '09:00', '12:00'),
    from: '2026-03-07T05:00:00Z', // Sat 00:00 EST
    to: '2026-03-10T04:00:00Z', // Tue 00:00 EDT
    durationMinutes: 60,
    stepMinutes: 60,
  });

  it('keeps 09:00/10:00/11:00 local on both sides — none lost, doubled or shifted', () => {
    const slots = availableSlots(query);
    expect(asLocal(slots, NY)).toEqual(
      grid(days, ['09:00', '10:00', '11:00'], (d) => (d === '2026-03-07' ? '-05:00' : '-04:00')),
    );
  });

  it('the UTC instant moves by one hour across the change', () => {
    const starts = availableSlots(query).map((s) => s.start);
    const firstOfDay = days.map((d) => starts.find((s) => s.startsWith(d)));
    expect(firstOfDay).toEqual(['2026-03-07T14:00:00Z', '2026-03-08T13:00:00Z', '2026-03-09T13:00:00Z']);
  });

  it('a 01:00–04:00 window on the change night skips the missing 02:xx wall times', () => {
    const slots = availableSlots({
      ...query,
      hours: [{ weekday: 7, start: '01:00', end: '04:00' }],
      durationMinutes: 30,
      stepMinutes: 30,
    });
    expect(asLocal(slots, NY)).toEqual([
      '2026-03-08 01:00-05:00',
      '2026-03-08 01:30-05:00',
      '2026-03-08 03:00-04:00',
      '2026-03-08 03:30-04:00',
    ]);
    expect(slots).toEqual([
      { start: '2026-03-08T06:00:00Z', end: '2026-03-08T06:30:00Z' },
      { start: '2026-03-08T06:30:00Z', end: '2026-03-08T07:00:00Z' }, // ends at 03:00 EDT, the jump
      { start: '2026-03-08T07:00:00Z', end: '2026-03-08T07:30:00Z' },
      { start: '2026-03-08T07:30:00Z', end: '2026-03-08T08:00:00Z' },
    ]);
  });

  it('a 60-minute visit may straddle the jump but must still end by the window end', () => {
    const night = (start: string, end: string) => ({
      ...query,
      hours: [{ weekday: 7 as Weekday, start, end }],
      durationMinutes: 60,
      stepMinutes: 30,
    });
    // 01:30 EST + 60 min = 03:30 EDT, inside 01:00–04:00; 03:30 + 60 wall = 04:30 overruns.
    expect(asLocal(availableSlots(night('01:00', '04:00')), NY)).toEqual([
      '2026-03-08 01:00-05:00',
      '2026-03-08 01:30-05:00',
      '2026-03-08 03:00-04:00',
    ]);
    // Window 01:00–03:00 is only one real hour long: 01:30 EST would end at 03:30 EDT.
    expect(asLocal(availableSlots(night('01:00', '03:00')), NY)).toEqual(['2026-03-08 01:00-05:00']);
  });

  it('a window ending inside the gap ends at the jump (02:30 is reached when clocks show 03:00)', () => {
    const slots = availableSlots({
      ...query,
      hours: [{ weekday: 7, start: '01:00', end: '02:30' }],
      durationMinutes: 30,
      stepMinutes: 30,
    });
    expect(slots.map((s) => s.end)).toEqual(['2026-03-08T06:30:00Z', '2026-03-08T07:00:00Z']);
  });

  it('a window starting inside the gap begins at the first existing grid time', () => {
    const slots = availableSlots({
      ...query,
      hours: [{ weekday: 7, start: '02:00', end: '04:00' }],
      durationMinutes: 30,
      stepMinutes: 30,
    });
    expect(asLocal(slots, NY)).toEqual(['2026-03-08 03:00-04:00', '2026-03-08 03:30-04:00']);
  });
});

describe('America/New_York fall back (Sunday 2026-11-01, 02:00 → 01:00)', () => {
  const days = ['2026-10-31', '2026-11-01', '2026-11-02'];
  const query = buildAvailability({
    timeZone: NY,
    hours: weekdays(EVERY_DAY, '09:00', '12:00'),
    from: '2026-10-31T04:00:00Z', // Sat 00:00 EDT
    to: '2026-11-03T05:00:00Z', // Tue 00:00 EST
    durationMinutes: 60,
    stepMinutes: 60,
  });

  it('keeps 09:00/10:00/11:00 local on both sides — none lost, doubled or shifted', () => {
    expect(asLocal(availableSlots(query), NY)).toEqual(
      grid(days, ['09:00', '10:00', '11:00'], (d) => (d === '2026-10-31' ? '-04:00' : '-05:00')),
    );
  });

  it('a window across the repeated hour produces each wall time once, never the same instant twice', () => {
    const slots = availableSlots({
      ...query,
      hours: [{ weekday: 7, start: '00:00', end: '03:00' }],
      durationMinutes: 30,
      stepMinutes: 30,
    });
    expect(asLocal(slots, NY)).toEqual([
      '2026-11-01 00:00-04:00',
      '2026-11-01 00:30-04:00',
      '2026-11-01 01:00-04:00', // the first 01:00 ('compatible' = earlier)
      '2026-11-01 01:30-04:00',
      '2026-11-01 02:00-05:00',
      '2026-11-01 02:30-05:00',
    ]);
    const starts = slots.map((s) => s.start);
    expect(new Set(starts).size).toBe(starts.length);
    expect(starts).toEqual([...starts].sort());
  });

  it('a window ending in the repeated hour ends at its first occurrence', () => {
    const slots = availableSlots({
      ...query,
      hours: [{ weekday: 7, start: '00:00', end: '01:30' }],
      durationMinutes: 30,
      stepMinutes: 30,
    });
    expect(slots.at(-1)).toEqual({ start: '2026-11-01T05:00:00Z', end: '2026-11-01T05:30:00Z' });
    expect(slots).toHaveLength(3);
  });
});

describe('America/Phoenix (no DST)', () => {
  it.each([
    [
      'March change weekend',
      '2026-03-07T07:00:00Z',
      '2026-03-10T07:00:00Z',
      ['2026-03-07', '2026-03-08', '2026-03-09'],
    ],
    [
      'November change weekend',
      '2026-10-31T07:00:00Z',
      '2026-11-03T07:00:00Z',
      ['2026-10-31', '2026-11-01', '2026-11-02'],
    ],
  ])('%s keeps a constant -07:00 offset', (_name, from, to, days) => {
    const slots = availableSlots(
      buildAvailability({
        timeZone: 'America/Phoenix',
        hours: weekdays(EVERY_DAY, '09:00', '11:00'),
        from,
        to,
        durationMinutes: 60,
        stepMinutes: 60,
      }),
    );
    expect(asLocal(slots, 'America/Phoenix')).toEqual(grid(days, ['09:00', '10:00'], () => '-07:00'));
    expect(slots.map((s) => s.start.slice(11))).toEqual(days.flatMap(() => ['16:00:00Z', '17:00:00Z']));
  });
});

describe('other zones', () => {
  it('Europe/London spring forward (2026-03-29, 01:00 → 02:00) keeps wall times', () => {
    const slots = availableSlots(
      buildAvailability({
        timeZone: 'Europe/London',
        hours: [{ weekday: 7, start: '00:00', end: '03:00' }],
        from: '2026-03-28T00:00:00Z',
        to: '2026-03-30T00:00:00Z',
        durationMinutes: 30,
        stepMinutes: 30,
      }),
    );
    expect(asLocal(slots, 'Europe/London')).toEqual([
      '2026-03-29 00:00+00:00',
      '2026-03-29 00:30+00:00',
      '2026-03-29 02:00+01:00',
      '2026-03-29 02:30+01:00',
    ]);
  });

  it('Australia/Lord_Howe half-hour DST shift (2026-10-04, 02:00 → 02:30)', () => {
    const slots = availableSlots(
      buildAvailability({
        timeZone: 'Australia/Lord_Howe',
        hours: [{ weekday: 7, start: '01:00', end: '04:00' }],
        from: '2026-10-02T00:00:00Z',
        to: '2026-10-05T00:00:00Z',
        durationMinutes: 60,
        stepMinutes: 30,
      }),
    );
    expect(asLocal(slots, 'Australia/Lord_Howe')).toEqual([
      '2026-10-04 01:00+10:30',
      '2026-10-04 01:30+10:30',
      '2026-10-04 02:30+11:00',
      '2026-10-04 03:00+11:00',
    ]);
  });
});
