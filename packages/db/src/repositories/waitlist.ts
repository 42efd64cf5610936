import type { Database } from '../connection';
import type { NewWaitlistEntry, WaitlistEntryRow } from '../schema';
import { closeAppointment } from './appointments';

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
    .select([
      'p.given_name',
      'p.family_name',
      'v.name as visit_type_name',
      'v.name_es as visit_type_name_es',
    ]);
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

/** Thrown inside a transaction to roll it back when a conditional change found its row changed meanwhile. */
class ChangedMeanwhile extends Error {}

/**
 * Accepts an offer in one transaction: the hold from held to booked and the entry from offered to booked (while
 * its hold has not run out by `now`), or neither. False when either changed meanwhile: a decline or expiry of the
 * same hold won.
 */
export async function acceptHeldOffer(
  db: Database,
  entryId: number,
  appointmentId: string,
  now: string,
): Promise<boolean> {
  try {
    await db.transaction().execute(async (trx) => {
      const hold = await trx
        .updateTable('appointments')
        .set({ status: 'booked' })
        .where('id', '=', appointmentId)
        .where('status', '=', 'held')
        .executeTakeFirst();
      if (!Number(hold.numUpdatedRows)) throw new ChangedMeanwhile();
      const entry = await trx
        .updateTable('waitlist_entries')
        .set({ status: 'booked' })
        .where('id', '=', entryId)
        .where('status', '=', 'offered')
        .where('offer_appointment_id', '=', appointmentId)
        .where('offer_expires_at', '>=', now)
        .executeTakeFirst();
      if (!Number(entry.numUpdatedRows)) throw new ChangedMeanwhile();
    });
    return true;
  } catch (error) {
    if (error instanceof ChangedMeanwhile) return false;
    throw error;
  }
}

/**
 * Withdraws a waitlist offer the clinic cannot keep (its time was closed): the hold is cancelled and its entry waits
 * again, in one transaction, only while both are still on offer. False when the offer was answered or ran out first.
 */
export async function withdrawHeldOffer(db: Database, appointmentId: string, at: string): Promise<boolean> {
  const entry = await db
    .selectFrom('waitlist_entries')
    .select('id')
    .where('offer_appointment_id', '=', appointmentId)
    .where('status', '=', 'offered')
    .executeTakeFirst();
  if (!entry) return false;
  const released = await closeAppointment(
    db,
    appointmentId,
    ['held'],
    () => ({
      status: 'cancelled',
      cancel_reason: 'waitlist offer withdrawn: the clinic cannot keep this time',
      cancelled_at: at,
      late_cancel: 0,
    }),
    (trx) =>
      updateWaitlistIfStatus(trx, entry.id, 'offered', {
        status: 'waiting',
        offer_appointment_id: null,
        offer_expires_at: null,
      }),
  );
  return released !== undefined;
}

/**
 * Releases an offer (declined, expired, or the patient left the waitlist) in one transaction: the hold cancelled
 * and its blocks freed, only while it is still held, and the entry moved from offered to `outcome`; or neither.
 * False when either changed meanwhile: an accept, decline or expiry of the same hold won.
 */
export async function releaseHeldOffer(
  db: Database,
  entryId: number,
  appointmentId: string,
  outcome: 'declined' | 'expired' | 'cancelled',
  at: string,
): Promise<boolean> {
  const released = await closeAppointment(
    db,
    appointmentId,
    ['held'],
    () => ({
      status: 'cancelled',
      cancel_reason: `waitlist offer ${outcome}`,
      cancelled_at: at,
      late_cancel: 0,
    }),
    (trx) => updateWaitlistIfStatus(trx, entryId, 'offered', { status: outcome }),
  );
  return released !== undefined;
}
