/** Identifiers other systems gave a patient (migration 0049): one patient per `system|value`. */
import type { Database } from '../connection';

export interface PatientIdentifier {
  system: string;
  value: string;
}

/** The stored identifiers among `identifiers`, each with its patient. */
export async function findPatientIdentifiers(
  db: Database,
  identifiers: readonly PatientIdentifier[],
): Promise<(PatientIdentifier & { patient_id: string })[]> {
  if (!identifiers.length) return [];
  return db
    .selectFrom('patient_identifiers')
    .select(['system', 'value', 'patient_id'])
    .where((eb) =>
      eb.or(identifiers.map((i) => eb.and([eb('system', '=', i.system), eb('value', '=', i.value)]))),
    )
    .orderBy('system')
    .orderBy('value')
    .execute();
}

/** Records identifiers of a patient; one already naming another patient fails the insert (unique violation). */
export async function insertPatientIdentifiers(
  db: Database,
  patientId: string,
  identifiers: readonly PatientIdentifier[],
  at: string,
): Promise<void> {
  if (!identifiers.length) return;
  await db
    .insertInto('patient_identifiers')
    .values(identifiers.map((i) => ({ ...i, patient_id: patientId, created_at: at })))
    .execute();
}

/** Each patient's recorded identifiers, by patient, in `system|value` order. */
export async function patientIdentifiersOf(
  db: Database,
  patientIds: readonly string[],
): Promise<Map<string, PatientIdentifier[]>> {
  const byPatient = new Map<string, PatientIdentifier[]>();
  if (!patientIds.length) return byPatient;
  const rows = await db
    .selectFrom('patient_identifiers')
    .select(['patient_id', 'system', 'value'])
    .where('patient_id', 'in', [...patientIds])
    .orderBy('system')
    .orderBy('value')
    .execute();
  for (const { patient_id, system, value } of rows) {
    byPatient.set(patient_id, [...(byPatient.get(patient_id) ?? []), { system, value }]);
  }
  return byPatient;
}
