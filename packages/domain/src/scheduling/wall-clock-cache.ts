import { Temporal } from 'temporal-polyfill';
import { existingInstant, firstReached } from './zoned-time';

// Zone rules do not change while the process runs, so a wall time's instant can be remembered.
// Bounded: cleared when full, which costs only recomputation.
const MAX_ENTRIES = 200_000;
const cache = new Map<string, number | null>();

function remember(key: string, compute: () => number | null): number | null {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}

function atMinute(date: Temporal.PlainDate, minuteOfDay: number): Temporal.PlainDateTime {
  return date.toPlainDateTime({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 });
}

/** Epoch ms of a local wall time, or null inside a spring-forward gap (cached `existingInstant`). */
export function existingEpochMs(
  date: Temporal.PlainDate,
  minuteOfDay: number,
  timeZone: string,
): number | null {
  return remember(`e|${timeZone}|${date.toString()}|${minuteOfDay}`, () => {
    const instant = existingInstant(atMinute(date, minuteOfDay), timeZone);
    return instant === null ? null : instant.epochMilliseconds;
  });
}

/** Epoch ms when the local clock first reaches a wall time (cached `firstReached`). */
export function firstReachedEpochMs(date: Temporal.PlainDate, minuteOfDay: number, timeZone: string): number {
  const value = remember(
    `f|${timeZone}|${date.toString()}|${minuteOfDay}`,
    () => firstReached(atMinute(date, minuteOfDay), timeZone).epochMilliseconds,
  );
  return value ?? Number.NaN;
}
