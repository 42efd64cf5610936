/** When a visit's post-treatment check-ins fall due: on the clinic's days after the visit, in the location's zone. */
import { Temporal } from 'temporal-polyfill';
import { localDateTime, zonedToInstant } from '../scheduling/zoned-time';

/** The clinic's check-in days when it set none: the day after the visit, day 3 and day 7. */
export const DEFAULT_CHECKIN_DAYS: readonly number[] = [1, 3, 7];
/** A check-in is mailed at this local time on its day (not at midnight). */
export const CHECKIN_SEND_HOUR = 9;
/** The last check-in of a series stays open this many days (the others until the next one is due). */
export const LAST_CHECKIN_OPEN_DAYS = 7;
export const MAX_CHECKIN_DAY = 60;
export const MAX_CHECKIN_COUNT = 7;

export interface ScheduledCheckIn {
  /** Days after the visit's local date. */
  day: number;
  /** When it opens and its mail goes out (CHECKIN_SEND_HOUR local on its day), UTC. */
  dueAt: string;
  /** Local midnight at the end of its day, UTC: unanswered by then, it is overdue. */
  dayEndsAt: string;
  /** When it can no longer be answered: the next one's due time, or LAST_CHECKIN_OPEN_DAYS after the last. */
  expiresAt: string;
}

/** Why a list of check-in days is refused (whole days 1–60, increasing, at most 7), or null when it is fine. */
export function checkInDaysProblem(days: readonly number[]): string | null {
  if (days.length === 0) return 'name at least one day';
  if (days.length > MAX_CHECKIN_COUNT) return `at most ${MAX_CHECKIN_COUNT} days`;
  for (const d of days) {
    if (!Number.isInteger(d) || d < 1 || d > MAX_CHECKIN_DAY)
      return `each day must be a whole number from 1 to ${MAX_CHECKIN_DAY}, got ${String(d)}`;
  }
  for (let i = 1; i < days.length; i++) {
    if ((days[i] ?? 0) <= (days[i - 1] ?? 0)) return 'must be in increasing order without repeats';
  }
  return null;
}

/** Stored check-in days ("1,3,7") as numbers; anything unreadable reads as the default. */
export function parseCheckInDays(stored: string | null | undefined): number[] {
  const days = (stored ?? '')
    .split(',')
    .filter((s) => s.trim() !== '')
    .map(Number);
  return checkInDaysProblem(days) === null ? days : [...DEFAULT_CHECKIN_DAYS];
}

const at = (date: Temporal.PlainDate, hour: number, timeZone: string): string =>
  zonedToInstant(date.toString(), `${String(hour).padStart(2, '0')}:00`, timeZone);

/** The check-ins of a visit that started at `visitStart` (UTC) at a location in `timeZone`. */
export function checkInSchedule(input: {
  visitStart: string;
  timeZone: string;
  days: readonly number[];
}): ScheduledCheckIn[] {
  const problem = checkInDaysProblem(input.days);
  if (problem) throw new RangeError(`check-in days: ${problem}`);
  const visitDate = Temporal.PlainDate.from(localDateTime(input.visitStart, input.timeZone).date);
  const dueOn = (day: number) => at(visitDate.add({ days: day }), CHECKIN_SEND_HOUR, input.timeZone);
  return input.days.map((day, i) => {
    const next = input.days[i + 1];
    return {
      day,
      dueAt: dueOn(day),
      dayEndsAt: at(visitDate.add({ days: day + 1 }), 0, input.timeZone),
      expiresAt: dueOn(next ?? day + LAST_CHECKIN_OPEN_DAYS),
    };
  });
}
