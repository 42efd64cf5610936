import {
  listExtraHours,
  listLocationHours,
  listLocations,
  listProviderHours,
  listUpcomingPlacements,
  replaceHoursConflicts,
  type Database,
  type HoursScope,
} from '@omt/db';
import { withinOpeningHours, withinWorkingHours, type Weekday, type WeeklyHours } from '@omt/domain';

const weekly = (h: { weekday: number; start_time: string; end_time: string }): WeeklyHours => ({
  weekday: h.weekday as Weekday,
  start: h.start_time,
  end: h.end_time,
});

/**
 * After a location's opening hours or a provider's weekly hours change, records which upcoming visits there now fall
 * outside working hours, for the desk's "Visits to rebook"; nothing is moved or cancelled. Returns how many.
 */
export async function markVisitsOutsideHours(db: Database, now: string, scope: HoursScope): Promise<number> {
  const visits = await listUpcomingPlacements(db, now, scope);
  const providerIds = [...new Set(visits.map((v) => v.provider_id))];
  const last = visits.reduce((max, v) => (v.end_at > max ? v.end_at : max), now);
  const [providerHours, openingHours, locations, extraHours] = visits.length
    ? await Promise.all([
        listProviderHours(db, { providerIds }),
        listLocationHours(db),
        listLocations(db),
        listExtraHours(db, providerIds, now, last),
      ])
    : [[], [], [], []];
  const zoneOf = new Map(locations.map((l) => [l.id, l.time_zone]));
  const outside = visits.filter((v) => {
    const timeZone = zoneOf.get(v.location_id);
    if (!timeZone) return false;
    const hours = withinOpeningHours(
      providerHours
        .filter((h) => h.provider_id === v.provider_id && h.location_id === v.location_id)
        .map(weekly),
      openingHours.filter((h) => h.location_id === v.location_id).map(weekly),
    );
    const extra = extraHours
      .filter((e) => e.provider_id === v.provider_id && e.location_id === v.location_id)
      .map((e) => ({ start: e.start_at, end: e.end_at }));
    return !withinWorkingHours({ start: v.start_at, end: v.end_at }, timeZone, hours, extra);
  });
  await replaceHoursConflicts(db, scope, outside, now);
  return outside.length;
}
