import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { epochDayOf, existingEpochMs, firstReachedEpochMs, weekdayOfEpochDay } from './wall-clock-cache';

describe('wall-clock cache', () => {
  it.each([
    ['1970-01-01', 0, 4],
    ['1969-12-29', -3, 1],
    ['2026-03-08', 20_520, 7],
    ['2026-11-30', 20_787, 1],
  ])('%s is epoch day %i, ISO weekday %i', (iso, day, weekday) => {
    const date = Temporal.PlainDate.from(iso);
    expect(epochDayOf(date)).toBe(day);
    expect(weekdayOfEpochDay(day)).toBe(weekday);
    expect(weekdayOfEpochDay(day)).toBe(date.dayOfWeek);
  });

  it('knows New York skips 02:30 on 8 March 2026 and reaches 03:00 at 07:00Z', () => {
    const day = epochDayOf(Temporal.PlainDate.from('2026-03-08'));
    expect(existingEpochMs(day, 150, 'America/New_York')).toBeNull();
    expect(firstReachedEpochMs(day, 180, 'America/New_York')).toBe(Date.parse('2026-03-08T07:00:00Z'));
    // Asked twice, the cached answer is the same.
    expect(existingEpochMs(day, 540, 'America/New_York')).toBe(Date.parse('2026-03-08T13:00:00Z'));
    expect(existingEpochMs(day, 540, 'America/New_York')).toBe(Date.parse('2026-03-08T13:00:00Z'));
  });
});
