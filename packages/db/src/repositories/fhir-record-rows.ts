/**
 * The record's rows behind the FHIR R4 API's Consent, DocumentReference, QuestionnaireResponse, Questionnaire and
 * RelatedPerson: technique consents and general-consent signatures, documents (never their bytes) and signed notes,
 * intake and outcome-measure answers, licensed questionnaires, and guardians. Narrowed like `fhir.ts`; ordered by id.
 */
import type { Database } from '../connection';
import { orNone, type FhirRowFilter } from './fhir';

/** Each technique consent decision, and whether a later decision on the technique in the same visit replaced it. */
export async function fhirTechniqueConsentRows(db: Database, f: FhirRowFilter) {
  let q = db
    .selectFrom('consents as c')
    .innerJoin('encounters as e', 'e.id', 'c.encounter_id')
    .select((eb) => [
      'c.id',
      'c.encounter_id',
      'c.technique',
      'c.decision',
      'c.method',
      'c.recorded_by',
      'c.recorded_at',
      'e.patient_id',
      eb
        .exists(
          eb
            .selectFrom('consents as later')
            .select('later.id')
            .whereRef('later.encounter_id', '=', 'c.encounter_id')
            .whereRef('later.technique', '=', 'c.technique')
            .whereRef('later.seq', '>', 'c.seq'),
        )
        .as('superseded'),
    ]);
  if (f.ids) q = q.where('c.id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('e.patient_id', 'in', orNone(f.patientIds));
  if (f.signedOnly) q = q.where('e.status', '!=', 'draft');
  const rows = await q.orderBy('c.id').execute();
  // SQLite answers a boolean as 0/1, PostgreSQL as true/false.
  return rows.map((r) => ({ ...r, superseded: Boolean(r.superseded) }));
}

/** Each signature of the general consent, with the version of the form in force now and when it was published. */
export async function fhirConsentSignatureRows(db: Database, f: FhirRowFilter) {
  let q = db.selectFrom('consent_signatures as s').select((eb) => [
    's.id',
    's.patient_id',
    's.form_version',
    's.typed_name',
    's.signer_relationship',
    's.signed_at',
    eb
      .selectFrom('consent_forms')
      .select((x) => x.fn.max('version').as('v'))
      .as('current_version'),
    eb
      .selectFrom('consent_forms')
      .select((x) => x.fn.max('published_at').as('p'))
      .as('current_published_at'),
  ]);
  if (f.ids) q = q.where('s.id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('s.patient_id', 'in', orNone(f.patientIds));
  const rows = await q.orderBy('s.id').execute();
  return rows.map((r) => ({ ...r, current_version: Number(r.current_version) }));
}

/** Uploaded documents without their bytes; a patient does not see removed ones (`signedOnly`: the patient's view). */
export async function fhirDocumentRows(db: Database, f: FhirRowFilter) {
  let q = db
    .selectFrom('patient_documents')
    .select([
      'id',
      'patient_id',
      'title',
      'category',
      'media_type',
      'size_bytes',
      'sha256',
      'uploaded_by',
      'uploaded_at',
      'removed_at',
    ]);
  if (f.ids) q = q.where('id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('patient_id', 'in', orNone(f.patientIds));
  if (f.signedOnly) q = q.where('removed_at', 'is', null);
  return q.orderBy('id').execute();
}

/** Signed notes (signed or awaiting co-signature): each has its PDF. `ids` are encounter ids. */
export async function fhirSignedNoteRows(db: Database, f: FhirRowFilter) {
  let q = db
    .selectFrom('encounters as e')
    .innerJoin('appointments as a', 'a.id', 'e.appointment_id')
    .select([
      'e.id',
      'e.patient_id',
      'e.status',
      'e.author_id',
      'e.signed_at',
      'e.cosigned_at',
      'e.updated_at',
      'a.start_at',
    ])
    .where('e.status', '!=', 'draft');
  if (f.ids) q = q.where('e.id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('e.patient_id', 'in', orNone(f.patientIds));
  return q.orderBy('e.id').execute();
}

/** Submitted intakes with their stored QuestionnaireResponse and how the submitter relates to the patient. */
export async function fhirIntakeResponseRows(db: Database, f: FhirRowFilter) {
  let q = db
    .selectFrom('intakes as i')
    .innerJoin('users as u', 'u.id', 'i.submitted_by')
    .leftJoin('patient_access as pa', (j) =>
      j.onRef('pa.user_id', '=', 'i.submitted_by').onRef('pa.patient_id', '=', 'i.patient_id'),
    )
    .select([
      'i.id',
      'i.patient_id',
      'i.appointment_id',
      'i.questionnaire_response_json',
      'i.submitted_by',
      'i.submitted_at',
      'u.role as submitter_role',
      'pa.relationship as submitter_relationship',
    ]);
  if (f.ids) q = q.where('i.id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('i.patient_id', 'in', orNone(f.patientIds));
  return q.orderBy('i.id').execute();
}

/**
 * Stored outcome-measure answers, without a plan's copies of its consultation's intake PEG and pain rating (its
 * baseline): those answers are the intake's, given once, as the REST list shows them.
 */
export async function fhirMeasureResponseRows(db: Database, f: FhirRowFilter) {
  let q = db
    .selectFrom('measure_responses as m')
    .select([
      'm.id',
      'm.patient_id',
      'm.measure',
      'm.appointment_id',
      'm.answers_json',
      'm.answered_by',
      'm.recorded_by',
      'm.answered_at',
      'm.licensed_version',
    ])
    .where((eb) =>
      eb.not(
        eb.and([
          eb('m.measure', 'in', ['peg', 'nrs']),
          eb.exists(
            eb
              .selectFrom('intakes as i')
              .select('i.id')
              .whereRef('i.appointment_id', '=', 'm.appointment_id'),
          ),
        ]),
      ),
    );
  if (f.ids) q = q.where('m.id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('m.patient_id', 'in', orNone(f.patientIds));
  return q.orderBy('m.id').execute();
}

/** Every stored version of every licensed Questionnaire (answers refer to the version in use when given). */
export function fhirLicensedQuestionnaireRows(db: Database) {
  return db
    .selectFrom('licensed_questionnaires')
    .select(['measure', 'version', 'questionnaire_json', 'uploaded_at'])
    .orderBy('measure')
    .orderBy('version')
    .execute();
}

/** Patients with their recorded guardians (details_json) and the portal logins that act for them as guardian. */
export async function fhirGuardianRows(db: Database, f: FhirRowFilter) {
  let q = db.selectFrom('patients').select(['id', 'details_json']);
  if (f.ids) q = q.where('id', 'in', orNone(f.ids));
  if (f.patientIds) q = q.where('id', 'in', orNone(f.patientIds));
  let logins = db
    .selectFrom('patient_access as pa')
    .innerJoin('users as u', 'u.id', 'pa.user_id')
    .select(['pa.patient_id', 'u.id as user_id', 'u.display_name', 'u.email'])
    .where('pa.relationship', '=', 'guardian');
  if (f.ids) logins = logins.where('pa.patient_id', 'in', orNone(f.ids));
  if (f.patientIds) logins = logins.where('pa.patient_id', 'in', orNone(f.patientIds));
  const [patients, guardianLogins] = await Promise.all([
    q.orderBy('id').execute(),
    logins.orderBy('u.id').execute(),
  ]);
  const byPatient = new Map<string, typeof guardianLogins>();
  for (const l of guardianLogins) byPatient.set(l.patient_id, [...(byPatient.get(l.patient_id) ?? []), l]);
  return patients.map((p) => ({ ...p, logins: byPatient.get(p.id) ?? [] }));
}
