// Test-only: what the scheduling property tests draw their random scenarios from (not exported from the package).
import fc from 'fast-check';
import type { Weekday, WeeklyHours } from './types';

/** Zones with and without clock changes, half-hour and quarter-hour ones, and the furthest from UTC each way. */
export const ZONES = [
  'America/New_York',
  'America/Phoenix',
  'America/Los_Angeles',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'UTC',
];

/** Ordinary weeks, and weeks holding the 2026 clock changes of the zones above (first days, UTC). */
export const ANCHORS = [
  '2026-01-05',
  '2026-03-05',
  '2026-03-26',
  '2026-04-02',
  '2026-10-01',
  '2026-10-22',
  '2026-10-29',
];

/** Minutes of the day as 'HH:MM'. */
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * A weekly window on a grid of `unit` minutes: it starts at most `maxStart` units into the day and lasts 1 to
 * `maxLength` units, cut at 23:59.
 */
export const weeklyWindowArb = (
  unit: number,
  maxStart: number,
  maxLength: number,
): fc.Arbitrary<WeeklyHours> =>
  fc
    .record({
      weekday: fc.integer({ min: 1, max: 7 }),
      start: fc.integer({ min: 0, max: maxStart }),
      length: fc.integer({ min: 1, max: maxLength }),
    })
    .map(({ weekday, start, length }) => ({
      weekday: weekday as Weekday,
      start: hhmm(start * unit),
      end: hhmm(Math.min((start + length) * unit, 1439)),
    }));
