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
