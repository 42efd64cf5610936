import { BusyIndex, type BusySpan } from './busy-index';
import { minutesOfDay } from './parse-hhmm';
import type { RoomAvailability } from './room-choice';
import type { WeeklyHours } from './types';
import { existingEpochMs, firstReachedEpochMs, weekdayOfEpochDay } from './wall-clock-cache';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A one-off extra working window, in epoch ms, half-open. */
export interface EpochWindow {
  start: number;
  end: number;
}

/**
 * One requested start, and everything that decides whether it is an open slot of one provider at one location:
 * the same facts the general slot search (`availableStarts`, `startsInWindows`, the supervisor and the rooms) is
 * given, for one instant instead of weeks.
 */
export interface SlotQuestion {
  /** The requested start, epoch ms. */
  start: number;
  /** The visit's length. */
  visitMinutes: number;
  /** Rest time after the visit: the provider and a room must be free, and within hours, for visit and rest. */
  bufferMinutes: number;
  /** The slot grid inside each window, in minutes, counted from the window's start. */
  stepMinutes: number;
  /** The location's IANA zone. */
  timeZone: string;
  /** The provider's weekly hours at the location, already inside the location's opening hours. */
  hours: readonly WeeklyHours[];
  /** The provider's one-off extra hours at the location. */
  extra: readonly EpochWindow[];
  /** Time the provider cannot work: their time off and the location's closures. */
  busy: readonly BusySpan[];
  /** The provider's bookings, each through its own rest time. */
  booked: BusyIndex;
  /** Minimum notice: nothing may start before this instant (epoch ms). */
  notBefore?: number;
  /**
   * A resident's supervising physician: their weekly hours at the location (inside its opening hours) and their
   * time off. The visit itself (not the rest after it) must fall on their grid and clear of their time off.
   */
  supervisor?: { hours: readonly WeeklyHours[]; busy: readonly BusySpan[] };
  /** The location's rooms, where it has any: one must be free for the visit and its rest time. */
  rooms?: RoomAvailability;
}

/**
 * Whether `start` is on the grid of one of the weekly windows and the whole `minutes` fit in that window, by the
 * wall clock of `timeZone`, as `availableStarts` lays its grid: from each window's start, in steps, skipping wall
 * times a clock change removed and windows a clock change shortened.
 */
export function onWeeklyGrid(
  start: number,
  minutes: number,
  stepMinutes: number,
  hours: readonly WeeklyHours[],
  timeZone: string,
): boolean {
  if (!hours.length) return false;
  const lengthMs = minutes * MINUTE_MS;
  const stepMs = stepMinutes * MINUTE_MS;
  // Every local date the search would look at (the instant's local date and a day each side, for clocks that jump
  // across local midnight): a zone's date is within a day of the UTC date, so two each side of it cover them without
  // converting the instant (a window of any further date cannot hold it).
  const lastDay = Math.floor((start + lengthMs) / DAY_MS) + 2;
  for (let date = Math.floor(start / DAY_MS) - 2; date <= lastDay; date++) {
    const weekday = weekdayOfEpochDay(date);
    for (const h of hours) {
      if (h.weekday !== weekday) continue;
      const from = minutesOfDay(h.start);
      const to = minutesOfDay(h.end);
      const windowEnd = firstReachedEpochMs(date, to, timeZone);
      if (start + lengthMs > windowEnd) continue;
      const windowStart = existingEpochMs(date, from, timeZone);
      if (windowStart !== null && windowEnd - windowStart === (to - from) * MINUTE_MS) {
        // No clock change inside the window: the grid is plain arithmetic from its start.
        const offset = start - windowStart;
        if (offset >= 0 && offset % stepMs === 0 && from + offset / MINUTE_MS + minutes <= to) return true;
        continue;
      }
      for (let m = from; m + minutes <= to; m += stepMinutes) {
        if (existingEpochMs(date, m, timeZone) === start) return true;
      }
    }
  }
  return false;
}

/** Whether `start` is on the grid of one of the one-off windows, with the whole `minutes` inside it. */
export function onWindowGrid(
  start: number,
  minutes: number,
  stepMinutes: number,
  windows: readonly EpochWindow[],
): boolean {
  const stepMs = stepMinutes * MINUTE_MS;
  return windows.some(
    (w) => start >= w.start && (start - w.start) % stepMs === 0 && start + minutes * MINUTE_MS <= w.end,
  );
}

/**
 * Whether the one requested start is an open slot: the answer the general slot search gives for that instant,
 * without laying out weeks of slots. On the provider's grid (weekly or extra hours) with visit and rest inside the
 * window, not before the notice, clear of time off, closures and bookings; a resident's supervisor on site for the
 * visit; a room free for visit and rest where the location has rooms.
 */
export function isSlotOpen(q: SlotQuestion): boolean {
  const minutes = q.visitMinutes + q.bufferMinutes;
  const end = q.start + minutes * MINUTE_MS;
  if (q.notBefore !== undefined && q.start < q.notBefore) return false;
  if (
    !onWeeklyGrid(q.start, minutes, q.stepMinutes, q.hours, q.timeZone) &&
    !onWindowGrid(q.start, minutes, q.stepMinutes, q.extra)
  )
    return false;
  if (new BusyIndex(q.busy).overlaps(q.start, end) || q.booked.overlaps(q.start, end)) return false;
  if (q.supervisor) {
    const visitEnd = q.start + q.visitMinutes * MINUTE_MS;
    if (!onWeeklyGrid(q.start, q.visitMinutes, q.stepMinutes, q.supervisor.hours, q.timeZone)) return false;
    if (new BusyIndex(q.supervisor.busy).overlaps(q.start, visitEnd)) return false;
  }
  return !q.rooms || q.rooms.hasFreeRoomMs(q.start, end);
}
