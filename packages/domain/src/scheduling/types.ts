import type { BusyIndex } from './busy-index';

/** ISO weekday: Monday = 1 … Sunday = 7 (matches Temporal's `dayOfWeek`). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One working window of a provider at a location, in the location's wall-clock time. */
export interface WeeklyHours {
  weekday: Weekday;
  /** 'HH:MM' local wall-clock time, 00:00–23:59. */
  start: string;
  /** 'HH:MM' local wall-clock time, strictly after `start` (same day). */
  end: string;
}

/** Half-open [start, end) span between two ISO-8601 instants (stored and compared in UTC). */
export interface Interval {
  start: string;
  end: string;
}

/** Everything `availableSlots` needs; all instants are ISO-8601 with an offset or 'Z'. */
export interface AvailabilityInput {
  /** The location's IANA zone, e.g. 'America/New_York'. */
  timeZone: string;
  /** The provider's weekly hours at this location. */
  hours: WeeklyHours[];
  /** Slots must start at or after `from`… */
  from: string;
  /** …and end at or before `to`. */
  to: string;
  /** Visit length in minutes (positive integer). */
  durationMinutes: number;
  /** Slot grid within each working window, in minutes (positive integer). */
  stepMinutes: number;
  /** Existing appointments and blocks of the provider, as ISO intervals or epoch-ms spans. */
  busy: readonly (Interval | readonly [start: number, end: number])[];
  /** Busy time already indexed (a provider's bookings, kept between searches), checked as well as `busy`. */
  booked?: BusyIndex;
  /** Minimum notice: no slot may start before this instant. */
  notBefore?: string;
}
