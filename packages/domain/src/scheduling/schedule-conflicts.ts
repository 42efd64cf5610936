import { Temporal } from 'temporal-polyfill';
import { formatInstant } from './instant';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The instants from the start of `firstDay` to the start of the day after `lastDay` on the clock of `timeZone`:
 * whole local days, 23 or 25 hours long across a clock change. RangeError on a malformed date or an unknown zone.
 */
export function wholeLocalDays(
  firstDay: string,
  lastDay: string,
  timeZone: string,
): { start: string; end: string } {
  for (const d of [firstDay, lastDay])
    if (!DATE.test(d)) throw new RangeError(`Expected a date as 'YYYY-MM-DD', got ${JSON.stringify(d)}`);
  const first = Temporal.PlainDate.from(firstDay, { overflow: 'reject' });
  const last = Temporal.PlainDate.from(lastDay, { overflow: 'reject' });
  if (Temporal.PlainDate.compare(last, first) < 0) throw new RangeError('the last day is before the first');
  const startOf = (d: Temporal.PlainDate) => formatInstant(d.toZonedDateTime({ timeZone }).toInstant());
  return { start: startOf(first), end: startOf(last.add({ days: 1 })) };
}

/** Why a booked visit cannot take place as booked. */
export type ConflictReason =
  | { kind: 'closure'; id: string; reason: string }
  | { kind: 'time_off'; id: string; reason: string }
  | { kind: 'inactive_provider' }
  | { kind: 'outside_hours' };

export interface ConflictFacts {
  /** Closures of the visit's location. */
  closures: { id: string; start_at: string; end_at: string; reason: string }[];
  /** Time off of the visit's provider. */
  timeOff: { id: string; start_at: string; end_at: string; reason: string }[];
  providerActive: boolean;
  /** Found outside working hours when the location's or the provider's hours last changed. */
  outsideHours?: boolean;
}

/** Instants in canonical UTC text compare as text; half-open intervals, so touching edges do not clash. */
const meets = (a: { start_at: string; end_at: string }, b: { start_at: string; end_at: string }) =>
  a.start_at < b.end_at && b.start_at < a.end_at;

/** Every reason a visit ([start_at, end_at), canonical UTC) clashes with its location's closures, its provider's time off, status or hours. */
export function conflictReasons(
  visit: { start_at: string; end_at: string },
  facts: ConflictFacts,
): ConflictReason[] {
  return [
    ...facts.closures
      .filter((c) => meets(visit, c))
      .map((c): ConflictReason => ({ kind: 'closure', id: c.id, reason: c.reason })),
    ...facts.timeOff
      .filter((t) => meets(visit, t))
      .map((t): ConflictReason => ({ kind: 'time_off', id: t.id, reason: t.reason })),
    ...(facts.providerActive ? [] : [{ kind: 'inactive_provider' } as const]),
    ...(facts.outsideHours ? [{ kind: 'outside_hours' } as const] : []),
  ];
}
