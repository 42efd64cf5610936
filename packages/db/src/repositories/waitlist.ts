import type { Database } from '../connection';
import type { NewWaitlistEntry, WaitlistEntryRow } from '../schema';

/** Adds an entry; returns its id (its place in the queue). */
export async function insertWaitlistEntry(db: Database, row: NewWaitlistEntry): Promise<number> {
  const r = await db.insertInto('waitlist_entries').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export function findWaitlistEntry(db: Database, id: number) {
  return db.selectFrom('waitlist_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Entries of some patients, newest first, with what a screen shows. */
export function listWaitlistOf(db: Database, patientIds: string[] | null) {
  let q = db
    .selectFrom('waitlist_entries as w')
    .innerJoin('patients as p', 'p.id', 'w.patient_id')
    .innerJoin('visit_types as v', 'v.id', 'w.visit_type')
    .selectAll('w')
    .select(['p.given_name', 'p.family_name', 'v.name as visit_type_name']);
  if (patientIds) q = q.where('w.patient_id', 'in', patientIds.length ? patientIds : ['']);
  return q.orderBy('w.created_at', 'desc').limit(200).execute();
}

/** Waiting entries that could take a freed slot, first come first served. */
export function waitingEntriesFor(
  db: Database,
  slot: { visitType: string; providerId: string; locationId: string; start: string },
) {
  return db
    .selectFrom('waitlist_entries')
    .selectAll()
    .where('status', '=', 'waiting')
    .where('visit_type', '=', slot.visitType)
    .where('not_before', '<=', slot.start)
    .where('not_after', '>=', slot.start)
    .where((eb) => eb.or([eb('location_id', 'is', null), eb('location_id', '=', slot.locationId)]))
    .where((eb) => eb.or([eb('provider_id', 'is', null), eb('provider_id', '=', slot.providerId)]))
    .orderBy('id')
    .limit(50)
    .execute();
}

/** Moves an entry from one status to another; false when someone else moved it first. */
export async function updateWaitlistIfStatus(
  db: Database,
  id: number,
  expected: string,
  patch: Partial<Pick<WaitlistEntryRow, 'status' | 'offer_appointment_id' | 'offer_expires_at'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('waitlist_entries')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', expected)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Offers whose hold has run out. */
export function expiredOffers(db: Database, now: string) {
  return db
    .selectFrom('waitlist_entries')
    .selectAll()
    .where('status', '=', 'offered')
    .where('offer_expires_at', '<', now)
    .limit(200)
    .execute();
}
