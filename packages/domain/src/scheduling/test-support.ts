// Test-only helpers shared by the scheduling tests (not exported from the package).
import type { AvailabilityInput, Interval, Weekday, WeeklyHours } from './types';
import { localDateTime } from './zoned-time';

/** Build an availability query with sensible defaults so each test states only what it varies. */
export function buildAvailability(overrides: Partial<AvailabilityInput> = {}): AvailabilityInput {
  return {
    timeZone: 'America/New_York',
    hours: weekdays([1, 2, 3, 4, 5], '09:00', '17:00'),
    from: '2026-01-05T00:00:00Z',
    to: '2026-01-10T00:00:00Z',
    durationMinutes: 60,
    stepMinutes: 30,
    busy: [],
    ...overrides,
  };
}

/** The same window on several weekdays, to keep hour tables short. */
export function weekdays(days: Weekday[], start: string, end: string): WeeklyHours[] {
  return days.map((weekday) => ({ weekday, start, end }));
}

export const EVERY_DAY: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Render slots as 'YYYY-MM-DD HH:MM±hh:mm' in a zone, so DST expectations read like a clinic calendar. */
export function asLocal(slots: Interval[], timeZone: string): string[] {
  return slots.map((s) => {
    const { date, time, offset } = localDateTime(s.start, timeZone);
    return `${date} ${time}${offset}`;
  });
}
