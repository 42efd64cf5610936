/** What the chart's timeline and header read of one patient: visits, notes, addenda, intakes, check-ins, open items. */
import type { Database } from '../connection';

export function listVisitsOfPatient(db: Database, patientId: string) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('visit_types as v', 'v.id', 'a.visit_type')
    .innerJoin('users as u', 'u.id', 'a.provider_id')
    .innerJoin('locations as l', 'l.id', 'a.location_id')
    .select([
      'a.id',
      'a.start_at',
      'a.status',
      'v.name as visit_type_name',
      'u.display_name as provider_name',
      'l.time_zone',
    ])
    .where('a.patient_id', '=', patientId)
    .execute();
}

export function listNotesOfPatient(db: Database, patientId: string) {
  return db
    .selectFrom('encounters as e')
    .innerJoin('users as u', 'u.id', 'e.author_id')
    .innerJoin('appointments as a', 'a.id', 'e.appointment_id')
    .innerJoin('locations as l', 'l.id', 'a.location_id')
    .leftJoin('users as s', 's.id', 'e.signed_by')
    .select([
      'e.id',
      'e.appointment_id',
      'e.status',
      'e.created_at',
      'e.signed_at',
      'e.cosigned_at',
      'u.display_name as author_name',
      's.display_name as signer_name',
      'l.time_zone',
    ])
    .where('e.patient_id', '=', patientId)
    .execute();
}

export function listAddendaOfPatient(db: Database, patientId: string) {
  return db
    .selectFrom('addenda as d')
    .innerJoin('encounters as e', 'e.id', 'd.encounter_id')
    .innerJoin('users as u', 'u.id', 'd.author_id')
    .innerJoin('appointments as a', 'a.id', 'e.appointment_id')
    .innerJoin('locations as l', 'l.id', 'a.location_id')
    .select([
      'd.id',
      'd.encounter_id',
      'e.appointment_id',
      'd.text',
      'd.created_at',
      'u.display_name as author_name',
      'l.time_zone',
    ])
    .where('e.patient_id', '=', patientId)
    .execute();
}

export function listIntakesOfPatient(db: Database, patientId: string) {
  return db
    .selectFrom('intakes as i')
    .innerJoin('appointments as a', 'a.id', 'i.appointment_id')
    .innerJoin('locations as l', 'l.id', 'a.location_id')
    .select([
      'i.id',
      'i.appointment_id',
      'i.submitted_at',
      'i.answers_json',
      'i.red_flags_json',
      'l.time_zone',
    ])
    .where('i.patient_id', '=', patientId)
    .execute();
}

export function listCheckInsOfPatient(db: Database, patientId: string) {
  return db
    .selectFrom('check_ins as c')
    .innerJoin('encounters as e', 'e.id', 'c.encounter_id')
    .innerJoin('appointments as a', 'a.id', 'e.appointment_id')
    .innerJoin('locations as l', 'l.id', 'a.location_id')
    .select([
      'c.id',
      'c.encounter_id',
      'e.appointment_id',
      'c.submitted_at',
      'c.route',
      'c.soreness',
      'c.alert',
      'c.acknowledged_at',
      'l.time_zone',
    ])
    .where('c.patient_id', '=', patientId)
    .execute();
}

/** The patient's safety tasks nobody has acknowledged yet. */
export function listOpenSafetyTasksOfPatient(db: Database, patientId: string) {
  return db
    .selectFrom('safety_tasks')
    .select(['id', 'appointment_id', 'reason', 'created_at', 'flag_id'])
    .where('patient_id', '=', patientId)
    .where('acknowledged_at', 'is', null)
    .orderBy('created_at')
    .execute();
}

/**
 * Red flags of the patient's intakes whose visit note is not signed (visits not cancelled), with the flags already
 * reviewed there.
 */
export async function listUnsignedIntakeFlags(db: Database, patientId: string) {
  const rows = await db
    .selectFrom('intakes as i')
    .innerJoin('appointments as a', 'a.id', 'i.appointment_id')
    .leftJoin('encounters as e', 'e.appointment_id', 'i.appointment_id')
    .select([
      'i.id',
      'i.appointment_id',
      'i.red_flags_json',
      'i.submitted_at',
      'e.id as encounter_id',
      'e.status',
    ])
    .where('i.patient_id', '=', patientId)
    .where('a.status', '!=', 'cancelled')
    .where((eb) => eb.or([eb('e.status', 'is', null), eb('e.status', '=', 'draft')]))
    .execute();
  const encounterIds = rows.flatMap((r) => (r.encounter_id ? [r.encounter_id] : []));
  const reviewed = encounterIds.length
    ? await db
        .selectFrom('red_flag_reviews')
        .select(['encounter_id', 'flag_id'])
        .where('encounter_id', 'in', encounterIds)
        .execute()
    : [];
  return rows.map((r) => ({
    ...r,
    reviewedFlagIds: reviewed.filter((v) => v.encounter_id === r.encounter_id).map((v) => v.flag_id),
  }));
}
