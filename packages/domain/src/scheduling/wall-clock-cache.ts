import { Temporal } from 'temporal-polyfill';
import { existingInstant, firstReached } from './zoned-time';

// Zone rules do not change while the process runs, so a wall time's instant can be remembered.
// Keyed by zone, then by a number built from the local date (days since 1970-01-01) and the minute of the
// day, so a lookup builds no string and no Temporal object. Bounded: cleared when full.
const MAX_ENTRIES_PER_ZONE = 200_000;
const MINUTES_KEY = 1441; // minutes 0…1440
const byZone = new Map<string, Map<number, number | null>>();

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date. */
export function epochDayOf(date: Temporal.PlainDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

/** ISO weekday (Monday = 1 … Sunday = 7) of a day counted from 1970-01-01, a Thursday. */
export function weekdayOfEpochDay(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

function atMinute(epochDay: number, minuteOfDay: number): Temporal.PlainDateTime {
  const d = new Date(epochDay * DAY_MS);
  return new Temporal.PlainDateTime(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    Math.floor(minuteOfDay / 60),
    minuteOfDay % 60,
  );
}

function remember(timeZone: string, key: number, compute: () => number | null): number | null {
  let cache = byZone.get(timeZone);
  if (!cache) {
    cache = new Map();
    byZone.set(timeZone, cache);
  }
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size >= MAX_ENTRIES_PER_ZONE) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}

const localDays = new Map<string, Map<number, number>>();

/** The local calendar day (days since 1970-01-01) an instant falls on in a zone; throws on an unknown zone. */
export function localEpochDay(ms: number, timeZone: string): number {
  const days = localDays.get(timeZone) ?? new Map<number, number>();
  const hit = days.get(ms);
  if (hit !== undefined) return hit;
  const day = epochDayOf(
    Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDate(),
  );
  localDays.set(timeZone, days);
  if (days.size >= MAX_ENTRIES_PER_ZONE) days.clear();
  days.set(ms, day);
  return day;
}

/** Epoch ms of a local wall time, or null inside a spring-forward gap (cached `existingInstant`). */
export function existingEpochMs(epochDay: number, minuteOfDay: number, timeZone: string): number | null {
  return remember(timeZone, (epochDay * MINUTES_KEY + minuteOfDay) * 2, () => {
    const instant = existingInstant(atMinute(epochDay, minuteOfDay), timeZone);
    return instant === null ? null : instant.epochMilliseconds;
  });
}

/** Epoch ms when the local clock first reaches a wall time (cached `firstReached`). */
export function firstReachedEpochMs(epochDay: number, minuteOfDay: number, timeZone: string): number {
  const value = remember(
    timeZone,
    (epochDay * MINUTES_KEY + minuteOfDay) * 2 + 1,
    () => firstReached(atMinute(epochDay, minuteOfDay), timeZone).epochMilliseconds,
  );
  return value ?? Number.NaN;
}
