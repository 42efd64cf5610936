import { sql } from 'kysely';
import type { Database } from '../connection';
import { ENDED_STATUSES } from './appointments';

/** Each provider's schedule version (0 when none of their appointments ever changed). */
export async function scheduleVersions(db: Database, providerIds: string[]): Promise<Map<string, number>> {
  const rows = providerIds.length
    ? await db
        .selectFrom('schedule_versions')
        .select(['provider_id', 'version'])
        .where('provider_id', 'in', providerIds)
        .execute()
    : [];
  const versions = new Map(providerIds.map((id) => [id, 0]));
  for (const r of rows) versions.set(r.provider_id, r.version);
  return versions;
}

/**
 * Appointments holding their provider's time (not cancelled or no-show, which free it) of the given providers
 * starting after `from` (and before `before`, if given).
 */
export function liveAppointmentsFrom(db: Database, providerIds: string[], from: string, before?: string) {
  let q = db
    .selectFrom('appointments')
    .select(['id', 'provider_id', 'start_at', 'end_at', 'visit_type'])
    .where('provider_id', 'in', providerIds.length ? providerIds : [''])
    .where('status', 'not in', ENDED_STATUSES)
    .where('start_at', '>', from);
  if (before !== undefined) q = q.where('start_at', '<', before);
  return q.execute();
}

/** The scheduling caches' markers, read together: the catalogue's, and each provider's schedule version. */
export interface ScheduleMarkers {
  catalog: number;
  /** Providers whose appointments never changed have no entry (their version is 0). */
  providers: Map<string, number>;
}

/**
 * Both cache markers in one statement, for a search that needs both: the catalogue's version (migration 0016) and
 * every provider's schedule version (migration 0013). Read before the data they guard, as each read alone is.
 */
export async function scheduleMarkers(db: Database): Promise<ScheduleMarkers> {
  const rows = await db
    .selectFrom('catalog_version')
    .select([sql<string | null>`null`.as('provider_id'), 'version'])
    .where('id', '=', 1)
    .unionAll(db.selectFrom('schedule_versions').select(['provider_id', 'version']))
    .execute();
  const markers: ScheduleMarkers = { catalog: 0, providers: new Map() };
  for (const r of rows) {
    if (r.provider_id === null) markers.catalog = r.version;
    else markers.providers.set(r.provider_id, r.version);
  }
  return markers;
}
