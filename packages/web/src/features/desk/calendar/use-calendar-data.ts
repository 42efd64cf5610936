import type { Appointment, Location, Provider, WeeklyHoursRow } from '@omt/contracts';
import { API } from '../../../api/endpoints';
import { call } from '../../../api/client';
import { useApi, useApiQuery, type Loaded } from '../../../api/use-api';
import { dayKey, wideDayWindow } from '../../../time';

export interface Catalog {
  locations: Location[];
  providers: Provider[];
}

export function useCatalog(): Loaded<Catalog> {
  return useApi(async (signal) => {
    const [locations, providers] = await Promise.all([
      call(API.locations, { signal }),
      call(API.providers, { signal }),
    ]);
    return { locations, providers };
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
  return useApiQuery(
    API.listAppointments,
    { query: { locationId: location?.id, ...rangeOf(days) } },
    {
      enabled: location !== undefined,
      select: (all) =>
        all.filter((a) => a.status !== 'cancelled' && days.includes(dayKey(a.start, location?.timeZone ?? 'UTC'))),
    },
  );
}

/** The weekly hours the location's providers work there (each window on the location's wall clock). */
export function useWorkingHours(
  location: Location | undefined,
  providers: Provider[],
): Loaded<WeeklyHoursRow[]> {
  const ids = providers.map((p) => p.id);
  return useApi(
    async (signal) => {
      if (!location) return [];
      const each = await Promise.all(ids.map((id) => call(API.weeklyHours, { params: { id }, signal })));
      return each.flat().filter((h) => h.locationId === location.id);
    },
    [location?.id, ids.join(',')],
  );
}
