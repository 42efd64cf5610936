import { API, type Appointment, type Location, type Provider } from '@omt/contracts';
import { call } from '../../../api/client';
import { useApi, type Loaded } from '../../../api/use-api';
import { dayKey, toInstant, wideDayWindow } from '../../../time';
import { ROW_MINUTES, rowsBetween, wallMinutes, weekdayOf } from './calendar-time';

/** Used when neither the hours nor the visits say anything (a closed week, a new location). */
const DEFAULT_HOURS = { first: 8 * 60, end: 18 * 60 };
/** How far ahead the open slots are read to learn a location's working hours. */
const HOURS_PROBE_DAYS = 14;

export interface Catalog {
  locations: Location[];
  providers: Provider[];
  /** The shortest visit type: its open slots trace the working hours most finely. */
  probeVisitType: string | null;
}

export function useCatalog(): Loaded<Catalog> {
  return useApi(async (signal) => {
    const [locations, providers, visitTypes] = await Promise.all([
      call(API.locations, { signal }),
      call(API.providers, { signal }),
      call(API.visitTypes, { signal }),
    ]);
    const shortest = [...visitTypes].sort((a, b) => a.durationMinutes - b.durationMinutes)[0];
    return { locations, providers, probeVisitType: shortest?.id ?? null };
  }, []);
}

/** The UTC window covering the shown days in any zone; callers keep what falls on those days. */
export function rangeOf(days: string[]): { from: string; to: string } {
  const first = days[0] ?? '';
  const last = days.at(-1) ?? first;
  return { from: wideDayWindow(first).from, to: wideDayWindow(last).to };
}

/** The live (not cancelled) visits at a location on the shown days. */
export function useVisits(location: Location | undefined, days: string[]): Loaded<Appointment[]> {
  const range = rangeOf(days);
  return useApi(
    async (signal) => {
      if (!location) return [];
      const all = await call(API.listAppointments, { query: { locationId: location.id, ...range }, signal });
      return all.filter((a) => a.status !== 'cancelled' && days.includes(dayKey(a.start, location.timeZone)));
    },
    [location?.id, range.from, range.to],
  );
}

/**
 * The location's working hours as wall-clock minutes. The API has no endpoint for weekly hours, so
 * the span is read from the next two weeks' open slots of the shortest visit type at the location
 * (all its providers), widened to cover every shown visit.
 */
export function useHoursSpan(location: Location | undefined, probeVisitType: string | null) {
  return useApi(
    async (signal) => {
      if (!location || !probeVisitType) return null;
      const now = Date.now();
      const slots = await call(API.availability, {
        query: {
          visitType: probeVisitType,
          location: location.id,
          from: toInstant(now),
          to: toInstant(now + HOURS_PROBE_DAYS * 86_400_000),
        },
        signal,
      });
      if (slots.length === 0) return null;
      const starts = slots.map((s) => wallMinutes(s.start, location.timeZone));
      const ends = slots.map((s) => wallMinutes(s.end, location.timeZone) || 24 * 60);
      const weekdays = new Set(slots.map((s) => weekdayOf(dayKey(s.start, location.timeZone))));
      return { first: Math.min(...starts), end: Math.max(...ends), weekdays };
    },
    [location?.id, probeVisitType],
  );
}

/** The week's days worth a column group: days with working hours, and any day with a visit. */
export function workingDays(
  days: string[],
  weekdays: Set<number> | undefined,
  visits: Appointment[],
  timeZone: string,
): string[] {
  if (days.length === 1 || !weekdays) return days;
  const visited = new Set(visits.map((a) => dayKey(a.start, timeZone)));
  return days.filter((d) => weekdays.has(weekdayOf(d)) || visited.has(d));
}

/** The half-hour rows to show: the working hours, stretched to every visit and open slot shown. */
export function calendarRows(
  hours: { first: number; end: number } | null | undefined,
  items: { start: string; end: string }[],
  timeZone: string,
): number[] {
  let { first, end } = hours ?? DEFAULT_HOURS;
  for (const a of items) {
    first = Math.min(first, wallMinutes(a.start, timeZone));
    const stop = wallMinutes(a.end, timeZone);
    end = Math.max(end, stop === 0 ? 24 * 60 : stop);
  }
  return rowsBetween(first, Math.ceil(end / ROW_MINUTES) * ROW_MINUTES);
}
