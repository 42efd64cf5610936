import type { Insertable } from 'kysely';
import type { Database } from '../connection';
import type { CarePlanTable, CarePlanVersionTable } from '../schema-care-plans';

function plans(db: Database) {
  return db
    .selectFrom('care_plans as p')
    .leftJoin('users as d', 'd.id', 'p.discharged_by')
    .selectAll('p')
    .select('d.display_name as discharged_by_name');
}

export function findCarePlan(db: Database, id: string) {
  return plans(db).where('p.id', '=', id).executeTakeFirst();
}

/** The patient's plans, newest first by creation (ties by id). */
export function listCarePlans(db: Database, patientId: string) {
  return plans(db)
    .where('p.patient_id', '=', patientId)
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id')
    .execute();
}

/** A plan's versions in their sequence, with the author's and co-signer's names. */
export function listCarePlanVersions(db: Database, planId: string) {
  return db
    .selectFrom('care_plan_versions as v')
    .innerJoin('users as a', 'a.id', 'v.author_id')
    .leftJoin('users as c', 'c.id', 'v.cosigned_by')
    .selectAll('v')
    .select([
      'a.display_name as author_name',
      'a.supervisor_id as author_supervisor_id',
      'c.display_name as cosigner_name',
    ])
    .where('v.plan_id', '=', planId)
    .orderBy('v.version')
    .execute();
}

/** A new plan and its version 1, in one transaction. */
export async function insertCarePlan(
  db: Database,
  plan: Insertable<CarePlanTable>,
  version: Insertable<CarePlanVersionTable>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('care_plans').values(plan).execute();
    await trx.insertInto('care_plan_versions').values(version).execute();
  });
}

/**
 * Adds the next version of an active plan when the plan is still at the version read; false when someone
 * added a version since or the plan was discharged.
 */
export async function addCarePlanVersion(
  db: Database,
  read: number,
  version: Omit<Insertable<CarePlanVersionTable>, 'version'>,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable('care_plans')
      .set({ current_version: read + 1 })
      .where('id', '=', version.plan_id)
      .where('current_version', '=', read)
      .where('status', '=', 'active')
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) return false;
    await trx
      .insertInto('care_plan_versions')
      .values({ ...version, version: read + 1 })
      .execute();
    return true;
  });
}

/** Co-signs a version awaiting it; false when it was co-signed already (or does not wait). */
export async function cosignCarePlanVersion(
  db: Database,
  planId: string,
  version: number,
  by: string,
  at: string,
): Promise<boolean> {
  const r = await db
    .updateTable('care_plan_versions')
    .set({ awaiting_cosign: 0, cosigned_by: by, cosigned_at: at })
    .where('plan_id', '=', planId)
    .where('version', '=', version)
    .where('awaiting_cosign', '=', 1)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Discharges an active plan; false when it was discharged already. */
export async function dischargeCarePlan(
  db: Database,
  id: string,
  d: { reason: string; summary: string; by: string; at: string },
): Promise<boolean> {
  const r = await db
    .updateTable('care_plans')
    .set({
      status: 'discharged',
      discharge_reason: d.reason,
      discharge_summary: d.summary,
      discharged_by: d.by,
      discharged_at: d.at,
    })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function linkCarePlanVisits(db: Database, planId: string, appointmentIds: readonly string[]) {
  if (appointmentIds.length === 0) return;
  await db
    .insertInto('care_plan_visits')
    .values(appointmentIds.map((appointment_id) => ({ plan_id: planId, appointment_id })))
    .execute();
}

/** The visits booked for a plan, in time order, with the note's status where one exists. */
export function listCarePlanVisits(db: Database, planId: string) {
  return db
    .selectFrom('care_plan_visits as pv')
    .innerJoin('appointments as a', 'a.id', 'pv.appointment_id')
    .innerJoin('locations as l', 'l.id', 'a.location_id')
    .leftJoin('encounters as e', 'e.appointment_id', 'a.id')
    .select(['a.id', 'a.start_at', 'a.status', 'l.time_zone', 'e.status as encounter_status'])
    .where('pv.plan_id', '=', planId)
    .orderBy('a.start_at')
    .orderBy('a.id')
    .execute();
}

/** The time zone of the location where the plan's consultation took place: the plan's days are read there. */
export async function encounterTimeZone(db: Database, encounterId: string): Promise<string | null> {
  const row = await db
    .selectFrom('encounters as e')
    .innerJoin('appointments as a', 'a.id', 'e.appointment_id')
    .innerJoin('locations as l', 'l.id', 'a.location_id')
    .select('l.time_zone')
    .where('e.id', '=', encounterId)
    .executeTakeFirst();
  return row?.time_zone ?? null;
}
