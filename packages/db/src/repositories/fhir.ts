/**
 * The rows behind the FHIR R4 API (`server/modules/fhir`). Each reader takes an optional list of ids and of
 * patients: the FHIR search narrows here, by its `_id` and `patient` parameters and by who is asking; the
 * other parameters are matched on the FHIR resources. Rows come ordered by id, so pages are stable.
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Database } from '../connection';
import type { DB } from '../schema';
import { preparedQuery } from '../prepared-query';

export interface FhirRowFilter {
  /** Only these ids (of the rows read: an intake for its Observations and red flags). */
  ids?: readonly string[];
  /** Only these patients' rows. */
  patientIds?: readonly string[];
  /** Only signed (or co-signature pending) notes: what a patient may see of their visits. */
  signedOnly?: boolean;
  /**
   * Only rows whose searched date (an appointment's start, an encounter's beginning, a treatment's recording, an
   * intake's submission) is at or after `dateFrom` and before `dateTo` (stored instants); readers without one ignore
   * them.
   */
  dateFrom?: string;
  dateTo?: string;
  /** Leave out rows of these stored statuses (appointments). */
  statusNotIn?: readonly string[];
}

/** An `in` list that matches nothing when empty (SQL has no empty `in ()`). */
export const orNone = (list: readonly string[]) => (list.length ? [...list] : ['']);

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
  if (f.dateFrom) q = q.where('a.start_at', '>=', f.dateFrom);
  if (f.dateTo) q = q.where('a.start_at', '<', f.dateTo);
  if (f.statusNotIn?.length) q = q.where('a.status', 'not in', [...f.statusNotIn]);
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
  if (f.dateFrom) q = q.where('e.created_at', '>=', f.dateFrom);
  if (f.dateTo) q = q.where('e.created_at', '<', f.dateTo);
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
  if (f.dateFrom) q = q.where('t.recorded_at', '>=', f.dateFrom);
  if (f.dateTo) q = q.where('t.recorded_at', '<', f.dateTo);
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
  if (f.dateFrom) q = q.where('submitted_at', '>=', f.dateFrom);
  if (f.dateTo) q = q.where('submitted_at', '<', f.dateTo);
  return q.orderBy('id').execute();
}

/**
 * The latest change to the record of the patient row in scope, as the audit log holds it: every edit of the
 * registration or the language is an allowed `demographics.write` or `language.write` row (audit by construction), and
 * the patients table keeps no time of its own. The condition is written in literals, never bound values, so each
 * database's planner sees that the partial index of migration 0055 holds exactly these rows and reads it instead of
 * every audit row of the patient (its reads included).
 */
export const lastDemographicChange = (eb: ExpressionBuilder<DB, 'patients'>) =>
  eb
    .selectFrom('audit_log')
    .select((sub) => sub.fn.max('audit_log.at').as('at'))
    .whereRef('audit_log.patient_id', '=', 'patients.id')
    .where('audit_log.outcome', '=', sql.lit('allowed'))
    .where('audit_log.action', 'in', [sql.lit('demographics.write'), sql.lit('language.write')])
    .as('changed_at');

const lastChangeOf = preparedQuery((db: Database, patientId: string) =>
  db.selectFrom('patients').select(lastDemographicChange).where('patients.id', '=', patientId),
);

/** Each patient's latest change (see `lastDemographicChange`); one patient by a statement compiled once. */
export async function fhirPatientChanges(
  db: Database,
  patientIds: readonly string[],
): Promise<Map<string, string>> {
  const changed = new Map<string, string>();
  const [one, ...more] = patientIds;
  if (one !== undefined && !more.length) {
    const at = (await lastChangeOf(db, one))[0]?.changed_at;
    if (at) changed.set(one, at);
    return changed;
  }
  for (let i = 0; i < patientIds.length; i += 500) {
    const rows = await db
      .selectFrom('patients')
      .select(['patients.id', lastDemographicChange])
      .where('patients.id', 'in', [...patientIds.slice(i, i + 500)])
      .execute();
    for (const r of rows) if (r.changed_at) changed.set(r.id, r.changed_at);
  }
  return changed;
}
