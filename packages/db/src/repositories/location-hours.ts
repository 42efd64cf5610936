import type { Database } from '../connection';
import type { LocationHoursTable } from '../schema';

/** Opening hours of the given locations (all when none are given), by weekday and start. */
export function listLocationHours(db: Database, locationIds?: string[]) {
  let q = db.selectFrom('location_hours').selectAll();
  if (locationIds) q = q.where('location_id', 'in', locationIds.length ? locationIds : ['']);
  return q.orderBy('weekday').orderBy('start_time').execute();
}

/** Replaces a location's opening hours in one transaction. */
export async function replaceLocationHours(
  db: Database,
  locationId: string,
  rows: LocationHoursTable[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('location_hours').where('location_id', '=', locationId).execute();
    if (rows.length) await trx.insertInto('location_hours').values(rows).execute();
  });
}
