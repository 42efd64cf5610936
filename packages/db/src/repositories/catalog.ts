import type { Database } from '../connection';
import type { Insertable } from 'kysely';
import type { LocationRow, LocationTable, ProviderHoursTable, TimeOffTable, VisitTypeTable } from '../schema';

export function listLocations(db: Database): Promise<LocationRow[]> {
  return db.selectFrom('locations').selectAll().orderBy('name').execute();
}

export function findLocation(db: Database, id: string): Promise<LocationRow | undefined> {
  return db.selectFrom('locations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listVisitTypes(db: Database) {
  return db.selectFrom('visit_types').selectAll().orderBy('duration_minutes', 'desc').execute();
}

export function findVisitType(db: Database, id: string) {
  return db.selectFrom('visit_types').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Weekly hours rows, optionally narrowed to providers and locations. */
export function listProviderHours(db: Database, filter: { providerIds?: string[]; locationIds?: string[] }) {
  let q = db.selectFrom('provider_hours').selectAll();
  if (filter.providerIds)
    q = q.where('provider_id', 'in', filter.providerIds.length ? filter.providerIds : ['']);
  if (filter.locationIds)
    q = q.where('location_id', 'in', filter.locationIds.length ? filter.locationIds : ['']);
  return q.orderBy('weekday').orderBy('start_time').execute();
}

export async function insertLocation(db: Database, row: Insertable<LocationTable>): Promise<void> {
  await db.insertInto('locations').values(row).execute();
}

/** Changes a location's name, zone, address or phone. */
export async function updateLocation(
  db: Database,
  id: string,
  patch: Pick<LocationRow, 'name' | 'time_zone' | 'address' | 'phone'>,
): Promise<void> {
  await db.updateTable('locations').set(patch).where('id', '=', id).execute();
}

/** Retires a location, a visit type or a room (kept for the visits that name it); a second retire keeps the first instant. */
export async function retireCatalogueItem(
  db: Database,
  table: 'locations' | 'visit_types' | 'rooms',
  id: string,
  at: string,
): Promise<void> {
  await db
    .updateTable(table)
    .set({ retired_at: at })
    .where('id', '=', id)
    .where('retired_at', 'is', null)
    .execute();
}

export function findTimeOff(db: Database, id: string) {
  return db.selectFrom('time_off').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteTimeOff(db: Database, id: string): Promise<void> {
  await db.deleteFrom('time_off').where('id', '=', id).execute();
}

export async function insertVisitType(db: Database, row: Insertable<VisitTypeTable>): Promise<void> {
  await db.insertInto('visit_types').values(row).execute();
}

export async function insertProviderHours(db: Database, rows: ProviderHoursTable[]): Promise<void> {
  if (rows.length) await db.insertInto('provider_hours').values(rows).execute();
}

export async function insertTimeOff(db: Database, row: TimeOffTable): Promise<void> {
  await db.insertInto('time_off').values(row).execute();
}

/** An instant after every other: the `to` of a list that runs on for ever. */
export const END_OF_TIME = '9999-12-31T00:00:00Z';

/** Time off of the given providers (all when undefined) that touches [from, to). */
export function listTimeOff(db: Database, providerIds: string[] | undefined, from: string, to: string) {
  return db
    .selectFrom('time_off')
    .selectAll()
    .$if(providerIds !== undefined, (q) =>
      q.where('provider_id', 'in', providerIds?.length ? providerIds : ['']),
    )
    .where('end_at', '>', from)
    .where('start_at', '<', to)
    .orderBy('start_at')
    .execute();
}

/** Changes a visit type; bookings already made keep their times. */
export async function updateVisitType(
  db: Database,
  id: string,
  patch: Omit<Insertable<VisitTypeTable>, 'id'>,
): Promise<void> {
  await db.updateTable('visit_types').set(patch).where('id', '=', id).execute();
}

/** Replaces a provider's weekly hours in one transaction (nothing half-saved). */
export async function replaceProviderHours(
  db: Database,
  providerId: string,
  rows: ProviderHoursTable[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('provider_hours').where('provider_id', '=', providerId).execute();
    if (rows.length) await trx.insertInto('provider_hours').values(rows).execute();
  });
}
