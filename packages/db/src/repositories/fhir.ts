/**
 * The rows behind the FHIR R4 API (`server/modules/fhir`). Each reader takes an optional list of ids and of
 * patients: the FHIR search narrows here, by its `_id` and `patient` parameters and by who is asking; the
 * other parameters are matched on the FHIR resources. Rows come ordered by id, so pages are stable.
 */
import type { Database } from '../connection';
import { preparedQuery } from '../prepared-query';

export interface FhirRowFilter {
  /** Only these ids (of the rows read: an intake for its Observations and red flags). */
  ids?: readonly string[];
  /** Only these patients' rows. */
  patientIds?: readonly string[];
  /** Only signed (or co-signature pending) notes: what a patient may see of their visits. */
  signedOnly?: boolean;
}

const orNone = (list: readonly string[]) => (list.length ? [...list] : ['']);

export async function fhirPatientRows(db: Database, f: FhirRowFilter) {
  let q = db.selectFrom('patients').selectAll();
  if (f.ids) q = q.where('id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('id', 'in', orNone(f.patientIds));
  return q.orderBy('id').execute();
}

export async function fhirPractitionerRows(db: Database, f: FhirRowFilter) {
  let q = db
    .selectFrom('users')
    .select(['id', 'display_name', 'credential', 'npi', 'status'])
    .where('role', 'in', ['physician', 'resident']);
  if (f.ids) q = q.where('id', 'in', orNone(f.ids));
  return q.orderBy('id').execute();
}

export async function fhirLocationRows(db: Database, f: FhirRowFilter) {
  let q = db.selectFrom('locations').selectAll();
  if (f.ids) q = q.where('id', 'in', orNone(f.ids));
  return q.orderBy('id').execute();
}

export async function fhirAppointmentRows(db: Database, f: FhirRowFilter) {
  let q = db
    .selectFrom('appointments as a')
    .innerJoin('visit_types as v', 'v.id', 'a.visit_type')
    .select([
      'a.id',
      'a.patient_id',
      'a.provider_id',
      'a.location_id',
      'a.visit_type',
      'v.name as visit_type_name',
      'a.start_at',
      'a.end_at',
      'a.status',
      'a.created_at',
      'a.cancel_reason',
      'a.cancelled_at',
    ]);
  if (f.ids) q = q.where('a.id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('a.patient_id', 'in', orNone(f.patientIds));
  return q.orderBy('a.id').execute();
}

export async function fhirEncounterRows(db: Database, f: FhirRowFilter) {
  let q = db
    .selectFrom('encounters as e')
    .innerJoin('appointments as a', 'a.id', 'e.appointment_id')
    .select([
      'e.id',
      'e.appointment_id',
      'e.patient_id',
      'e.author_id',
      'e.status',
      'e.created_at',
      'e.updated_at',
      'e.signed_at',
      'e.cosigned_by',
      'e.cosigned_at',
      'a.location_id',
    ]);
  if (f.ids) q = q.where('e.id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('e.patient_id', 'in', orNone(f.patientIds));
  if (f.signedOnly) q = q.where('e.status', '!=', 'draft');
  return q.orderBy('e.id').execute();
}

export async function fhirExamFindingRows(db: Database, f: FhirRowFilter) {
  let q = db
    .selectFrom('exam_findings as x')
    .innerJoin('encounters as e', 'e.id', 'x.encounter_id')
    .select([
      'x.id',
      'x.region',
      'x.tenderness',
      'x.asymmetry',
      'x.restriction',
      'x.tissue_texture',
      'x.encounter_id',
      'e.patient_id',
      'e.status as encounter_status',
      'e.created_at as encounter_created_at',
      'e.updated_at as encounter_updated_at',
    ]);
  if (f.ids) q = q.where('x.id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('e.patient_id', 'in', orNone(f.patientIds));
  if (f.signedOnly) q = q.where('e.status', '!=', 'draft');
  return q.orderBy('x.id').execute();
}

export async function fhirTreatmentRows(db: Database, f: FhirRowFilter) {
  let q = db
    .selectFrom('treatments as t')
    .innerJoin('encounters as e', 'e.id', 't.encounter_id')
    .select([
      't.id',
      't.encounter_id',
      't.region',
      't.technique',
      't.response',
      't.recorded_by',
      't.recorded_at',
      'e.patient_id',
      'e.coding_json',
      'e.updated_at as encounter_updated_at',
    ]);
  if (f.ids) q = q.where('t.id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('e.patient_id', 'in', orNone(f.patientIds));
  if (f.signedOnly) q = q.where('e.status', '!=', 'draft');
  return q.orderBy('t.id').execute();
}

export async function fhirIntakeRows(db: Database, f: FhirRowFilter) {
  let q = db
    .selectFrom('intakes')
    .select([
      'id',
      'patient_id',
      'submitted_at',
      'phq2_score',
      'scores_json',
      'summary_json',
      'red_flags_json',
    ]);
  if (f.ids) q = q.where('id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('patient_id', 'in', orNone(f.patientIds));
  return q.orderBy('id').execute();
}

/**
 * The latest change to each patient's record as the audit log holds it: every edit of the registration or the
 * language is an allowed `demographics.write` or `language.write` row (audit by construction), and the patients table
 * keeps no time of its own. Read by the patients' index, 500 at a time.
 */
/** The audited writes that change what a Patient resource shows. */
export const DEMOGRAPHIC_WRITES = ['demographics.write', 'language.write'];

const lastChangeOf = preparedQuery((db: Database, patientId: string) =>
  db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('patient_id', '=', patientId)
    .where('outcome', '=', 'allowed')
    .where('action', 'in', DEMOGRAPHIC_WRITES),
);

export async function fhirPatientChanges(
  db: Database,
  patientIds: readonly string[],
): Promise<Map<string, string>> {
  const changed = new Map<string, string>();
  const [one, ...more] = patientIds;
  if (one !== undefined && !more.length) {
    // One patient (a read by id): the statement compiled once.
    const at = (await lastChangeOf(db, one))[0]?.at;
    if (at) changed.set(one, at);
    return changed;
  }
  for (let i = 0; i < patientIds.length; i += 500) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['patient_id', (eb) => eb.fn.max('at').as('at')])
      .where('patient_id', 'in', [...patientIds.slice(i, i + 500)])
      .where('outcome', '=', 'allowed')
      .where('action', 'in', DEMOGRAPHIC_WRITES)
      .groupBy('patient_id')
      .execute();
    for (const r of rows) if (r.patient_id && r.at) changed.set(r.patient_id, r.at);
  }
  return changed;
}
