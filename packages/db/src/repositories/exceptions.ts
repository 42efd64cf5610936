import type { Database } from '../connection';
import type { ExtraHoursTable, LocationClosureTable } from '../schema';

export async function insertClosure(db: Database, row: LocationClosureTable): Promise<void> {
  await db.insertInto('location_closures').values(row).execute();
}

export function findClosure(db: Database, id: string) {
  return db.selectFrom('location_closures').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteClosure(db: Database, id: string): Promise<void> {
  await db.deleteFrom('location_closures').where('id', '=', id).execute();
}

export async function insertExtraHours(db: Database, row: ExtraHoursTable): Promise<void> {
  await db.insertInto('extra_hours').values(row).execute();
}

/** Closures of the given locations (all when undefined) that touch [from, to). */
export function listClosures(db: Database, locationIds: string[] | undefined, from: string, to: string) {
  return db
    .selectFrom('location_closures')
    .selectAll()
    .$if(locationIds !== undefined, (q) =>
      q.where('location_id', 'in', locationIds?.length ? locationIds : ['']),
    )
    .where('end_at', '>', from)
    .where('start_at', '<', to)
    .orderBy('start_at')
    .execute();
}

/** One-off extra hours of the given providers (all when undefined) that touch [from, to). */
export function listExtraHours(db: Database, providerIds: string[] | undefined, from: string, to: string) {
  return db
    .selectFrom('extra_hours')
    .selectAll()
    .$if(providerIds !== undefined, (q) =>
      q.where('provider_id', 'in', providerIds?.length ? providerIds : ['']),
    )
    .where('end_at', '>', from)
    .where('start_at', '<', to)
    .orderBy('start_at')
    .execute();
}
