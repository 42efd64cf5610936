import type { Database } from '../connection';
import type { ScheduledCheckInRow } from '../schema-check-in-series';

/** Adds a visit's check-ins; a day the visit already has is left as it is. */
export async function insertScheduledCheckIns(db: Database, rows: ScheduledCheckInRow[]): Promise<void> {
  if (!rows.length) return;
  await db
    .insertInto('scheduled_check_ins')
    .values(rows)
    .onConflict((oc) => oc.columns(['encounter_id', 'day']).doNothing())
    .execute();
}

/** Whether the patient had an OMT visit (a signed note with a treatment) that started before `before`. */
export async function hadEarlierOmtVisit(db: Database, patientId: string, before: string): Promise<boolean> {
  const row = await db
    .selectFrom('encounters')
    .innerJoin('appointments', 'appointments.id', 'encounters.appointment_id')
    .innerJoin('treatments', 'treatments.encounter_id', 'encounters.id')
    .select('encounters.id')
    .where('encounters.patient_id', '=', patientId)
    .where('encounters.status', '!=', 'draft')
    .where('appointments.start_at', '<', before)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** A scheduled check-in with its visit's start, location zone, patient and physician, as the portal and worklist show it. */
function withVisit(db: Database) {
  return db
    .selectFrom('scheduled_check_ins')
    .innerJoin('encounters', 'encounters.id', 'scheduled_check_ins.encounter_id')
    .innerJoin('appointments', 'appointments.id', 'encounters.appointment_id')
    .innerJoin('patients', 'patients.id', 'scheduled_check_ins.patient_id')
    .innerJoin('users as providers', 'providers.id', 'appointments.provider_id')
    .innerJoin('locations', 'locations.id', 'appointments.location_id')
    .selectAll('scheduled_check_ins')
    .select([
      'appointments.start_at as visit_start',
      'locations.time_zone as time_zone',
      'locations.name as location_name',
      'patients.given_name as given_name',
      'patients.family_name as family_name',
      'providers.display_name as provider_name',
    ]);
}

export type ScheduledCheckInView = Awaited<ReturnType<typeof findScheduledCheckIn>> & object;

export function findScheduledCheckIn(db: Database, id: string) {
  return withVisit(db).where('scheduled_check_ins.id', '=', id).executeTakeFirst();
}

export function listScheduledCheckInsOfEncounter(db: Database, encounterId: string) {
  return withVisit(db)
    .where('scheduled_check_ins.encounter_id', '=', encounterId)
    .orderBy('scheduled_check_ins.day')
    .execute();
}

/** The patients' check-ins open at `now` (due, not yet closed, unanswered), soonest closing first. */
export function listOpenScheduledCheckIns(db: Database, patientIds: readonly string[], now: string) {
  if (!patientIds.length) return Promise.resolve([]);
  return withVisit(db)
    .where('scheduled_check_ins.patient_id', 'in', patientIds)
    .where('scheduled_check_ins.due_at', '<=', now)
    .where('scheduled_check_ins.expires_at', '>', now)
    .where('scheduled_check_ins.check_in_id', 'is', null)
    .orderBy('scheduled_check_ins.expires_at')
    .orderBy('scheduled_check_ins.id')
    .execute();
}

/** The visit's check-in open at `now`, if any (one at a time: each closes when the next opens). */
export function openScheduledCheckInOf(db: Database, encounterId: string, now: string) {
  return db
    .selectFrom('scheduled_check_ins')
    .selectAll()
    .where('encounter_id', '=', encounterId)
    .where('due_at', '<=', now)
    .where('expires_at', '>', now)
    .where('check_in_id', 'is', null)
    .orderBy('day')
    .executeTakeFirst();
}

/** Records the answer that took a check-in; false when another answer took it first. */
export async function markScheduledAnswered(
  db: Database,
  id: string,
  checkInId: string,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('scheduled_check_ins')
    .set({ check_in_id: checkInId, answered_at: at })
    .where('id', '=', id)
    .where('check_in_id', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function markScheduledMailed(db: Database, id: string, at: string): Promise<void> {
  await db.updateTable('scheduled_check_ins').set({ mailed_at: at }).where('id', '=', id).execute();
}

/** Watched check-ins (first of a first OMT visit) unanswered when their day ended and not cleared, oldest first. */
export function listUnansweredWatched(db: Database, now: string) {
  return withVisit(db)
    .where('scheduled_check_ins.watch', '=', 1)
    .where('scheduled_check_ins.day_ends_at', '<=', now)
    .where('scheduled_check_ins.check_in_id', 'is', null)
    .where('scheduled_check_ins.cleared_at', 'is', null)
    .orderBy('scheduled_check_ins.day_ends_at')
    .orderBy('scheduled_check_ins.id')
    .limit(200)
    .execute();
}

/** The ids of the check-ins listUnansweredWatched lists (same rows, same order), for the worklist's fingerprint. */
export async function unansweredWatchedIds(db: Database, now: string): Promise<string[]> {
  const rows = await db
    .selectFrom('scheduled_check_ins')
    .select('id')
    .where('watch', '=', 1)
    .where('day_ends_at', '<=', now)
    .where('check_in_id', 'is', null)
    .where('cleared_at', 'is', null)
    .orderBy('day_ends_at')
    .orderBy('id')
    .limit(200)
    .execute();
  return rows.map((r) => r.id);
}

/** Clears a watched check-in from the worklist once; false when it was answered or cleared meanwhile. */
export async function clearUnansweredWatched(
  db: Database,
  id: string,
  by: string,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('scheduled_check_ins')
    .set({ cleared_by: by, cleared_at: at })
    .where('id', '=', id)
    .where('check_in_id', 'is', null)
    .where('cleared_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The clinic's check-in days as stored ("1,3,7"). */
export async function storedCheckInDays(db: Database): Promise<string | null> {
  const row = await db
    .selectFrom('clinic_profile')
    .select('check_in_days')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.check_in_days ?? null;
}

export async function saveCheckInDays(db: Database, days: string): Promise<void> {
  await db.updateTable('clinic_profile').set({ check_in_days: days }).where('id', '=', 1).execute();
}
