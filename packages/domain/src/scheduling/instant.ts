import { Temporal } from 'temporal-polyfill';

/** Parse an ISO instant (offset or 'Z' required) so every comparison is on absolute time, never host-local. */
export function parseInstant(s: string, label = 'instant'): Temporal.Instant {
  try {
    return Temporal.Instant.from(s);
  } catch {
    throw new RangeError(`Invalid ${label}: ${JSON.stringify(s)} (expected ISO-8601 with offset or 'Z')`);
  }
}

/** Format as 'YYYY-MM-DDTHH:MM:SSZ' so stored and compared strings have one canonical UTC shape. */
export function formatInstant(instant: Temporal.Instant): string {
  return instant.toString({ smallestUnit: 'second' });
}

/** Parse and re-emit an instant in canonical UTC form, for callers holding strings with offsets or millis. */
export function normalizeInstant(s: string): string {
  return formatInstant(parseInstant(s));
}

const DAY_MS = 86_400_000;
const dayPrefixes = new Map<number, string>();
const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * 'YYYY-MM-DDTHH:MM:SSZ' from epoch ms (whole seconds), the same text as `formatInstant`, built from a cached
 * date prefix: a slot search formats thousands of instants that share a few dozen dates.
 */
export function formatEpochMs(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    if (dayPrefixes.size > 5000) dayPrefixes.clear();
    dayPrefixes.set(day, prefix);
  }
  const seconds = Math.floor((ms - day * DAY_MS) / 1000);
  return `${prefix}${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}Z`;
}
