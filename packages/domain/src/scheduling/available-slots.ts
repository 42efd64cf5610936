import { BusyIndex, epochMs } from './busy-index';
import { formatEpochMs } from './instant';
import { minutesOfDay } from './parse-hhmm';
import type { AvailabilityInput, Interval, Weekday, WeeklyHours } from './types';
import { existingEpochMs, firstReachedEpochMs, localEpochDay, weekdayOfEpochDay } from './wall-clock-cache';

/** Longest search range accepted, so a bad query string cannot make the server enumerate years of slots. */
export const MAX_AVAILABILITY_DAYS = 400;

interface Window {
  start: number; // minutes since local midnight
  end: number;
}

/**
 * Bookable slots for one provider at one location: a wall-clock grid per working window (so 09:00 stays 09:00
 * local across DST), minus spring-forward gap times, busy overlaps, short notice and anything outside [from, to].
 * Returned sorted by start, unique, as canonical UTC strings.
 */
export function availableSlots(input: AvailabilityInput): Interval[] {
  const durationMs = input.durationMinutes * 60_000;
  return availableStarts(input).map((start) => ({
    start: formatEpochMs(start),
    end: formatEpochMs(start + durationMs),
  }));
}

/** The start instants (epoch ms, sorted, unique) of `availableSlots`, for callers that go on computing. */
export function availableStarts(input: AvailabilityInput): number[] {
  const { timeZone, durationMinutes: duration, stepMinutes: step } = input;
  assertPositiveInteger('durationMinutes', duration);
  assertPositiveInteger('stepMinutes', step);
  const fromMs = epochMs(input.from, 'from');
  const toMs = epochMs(input.to, 'to');
  const earliestMs =
    input.notBefore === undefined ? fromMs : Math.max(fromMs, epochMs(input.notBefore, 'notBefore'));
  const windows = windowsByWeekday(input.hours);
  const busy = new BusyIndex(input.busy);

  // One day of padding each side covers zones whose clocks jump across local midnight.
  // (Converting here also validates the zone before any early return.)
  const firstDay = localEpochDay(fromMs, timeZone) - 1;
  const lastDay = localEpochDay(toMs, timeZone) + 1;

  if (fromMs >= toMs) return [];
  if (toMs - fromMs > MAX_AVAILABILITY_DAYS * 86_400_000) {
    throw new RangeError(`Search range exceeds ${MAX_AVAILABILITY_DAYS} days: ${input.from} – ${input.to}`);
  }

  const durationMs = duration * 60_000;
  const found = new Set<number>();
  for (let date = firstDay; date <= lastDay; date++) {
    for (const window of windows.get(weekdayOfEpochDay(date) as Weekday) ?? []) {
      const windowEnd = firstReachedEpochMs(date, window.end, timeZone);
      const windowStart = existingEpochMs(date, window.start, timeZone);
      // No clock change inside the window: slots are plain arithmetic from its start.
      const linear = windowStart !== null && windowEnd - windowStart === (window.end - window.start) * 60_000;
      for (let m = window.start; m + duration <= window.end; m += step) {
        const start = linear ? windowStart + (m - window.start) * 60_000 : existingEpochMs(date, m, timeZone);
        if (start === null) continue; // wall time skipped by spring-forward
        const end = start + durationMs;
        if (end > windowEnd) continue; // window shortened by a clock jump
        if (start < earliestMs || end > toMs) continue;
        if (busy.overlaps(start, end) || input.booked?.overlaps(start, end)) continue;
        found.add(start);
      }
    }
  }

  return [...found].sort((a, b) => a - b);
}

/** Group and validate weekly hours so each local date looks up its windows directly. */
function windowsByWeekday(hours: readonly WeeklyHours[]): Map<Weekday, Window[]> {
  const map = new Map<Weekday, Window[]>();
  for (const h of hours) {
    if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7) {
      throw new RangeError(`weekday must be 1 (Monday) … 7 (Sunday), got ${String(h.weekday)}`);
    }
    const window = { start: minutesOfDay(h.start), end: minutesOfDay(h.end) };
    if (window.end <= window.start) {
      throw new RangeError(
        `Working window must end after it starts: ${h.start}–${h.end} on weekday ${h.weekday}`,
      );
    }
    const list = map.get(h.weekday) ?? [];
    list.push(window);
    map.set(h.weekday, list);
  }
  return map;
}

function assertPositiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value <= 0)
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
}
