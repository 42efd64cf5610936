import { describe, expect, it } from 'vitest';
import type { Slot } from '@omt/contracts';
import { groupSlots, periodOf, periodsWithTimes } from './slot-groups';

const NY = 'America/New_York';
const slot = (start: string, providerId = 'p1'): Slot => ({
  start,
  end: start,
  providerId,
  locationId: 'l',
  visitType: 'v',
});

describe('open times grouped by day and time of day', () => {
  it.each([
    ['2026-06-02T13:00:00Z', 'morning'], // 9:00 AM EDT
    ['2026-06-02T15:45:00Z', 'morning'], // 11:45 AM
    ['2026-06-02T16:00:00Z', 'afternoon'], // noon
    ['2026-06-02T20:45:00Z', 'afternoon'], // 4:45 PM
    ['2026-06-02T21:00:00Z', 'evening'], // 5:00 PM
    ['2026-12-02T22:30:00Z', 'evening'], // 5:30 PM EST (winter offset)
    ['2026-12-02T16:30:00Z', 'morning'], // 11:30 AM EST
  ])('%s is %s in New York', (iso, period) => {
    expect(periodOf(iso, NY)).toBe(period);
  });

  it('splits by the location’s calendar day, sorts, and leaves empty periods out', () => {
    const days = groupSlots(
      [
        slot('2026-06-03T01:30:00Z'), // 9:30 PM on 2 June in New York, though 3 June in UTC
        slot('2026-06-02T13:00:00Z', 'p2'),
        slot('2026-06-02T13:00:00Z', 'p1'),
        slot('2026-06-03T17:00:00Z'),
      ],
      NY,
    );
    expect(days.map((d) => d.day)).toEqual(['2026-06-02', '2026-06-03']);
    const [first, second] = days;
    expect(first?.periods.morning.map((s) => s.providerId)).toEqual(['p1', 'p2']);
    expect(first?.periods.evening.map((s) => s.start)).toEqual(['2026-06-03T01:30:00Z']);
    expect(periodsWithTimes(first!)).toEqual(['morning', 'evening']);
    expect(periodsWithTimes(second!)).toEqual(['afternoon']);
    expect(first?.slots).toHaveLength(3);
  });

  it('gives nothing for no open time', () => {
    expect(groupSlots([], NY)).toEqual([]);
  });
});
