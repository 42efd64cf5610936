import type { Database } from '../connection';
import type { ExtraHoursTable, LocationClosureTable } from '../schema';

export async function insertClosure(db: Database, row: LocationClosureTable): Promise<void> {
  await db.insertInto('location_closures').values(row).execute();
}

export async function insertExtraHours(db: Database, row: ExtraHoursTable): Promise<void> {
  await db.insertInto('extra_hours').values(row).execute();
}

/** Closures of the given locations that touch [from, to). */
export function listClosures(db: Database, locationIds: string[], from: string, to: string) {
  return db
    .selectFrom('location_closures')
    .selectAll()
    .where('location_id', 'in', locationIds.length ? locationIds : [''])
    .where('end_at', '>', from)
    .where('start_at', '<', to)
    .orderBy('start_at')
    .execute();
}

/** One-off extra hours of the given providers that touch [from, to). */
export function listExtraHours(db: Database, providerIds: string[], from: string, to: string) {
  return db
    .selectFrom('extra_hours')
    .selectAll()
    .where('provider_id', 'in', providerIds.length ? providerIds : [''])
    .where('end_at', '>', from)
    .where('start_at', '<', to)
    .orderBy('start_at')
    .execute();
}
