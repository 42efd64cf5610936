import type { Database } from '../connection';

/** A patient record's preferred language as stored (`en` or `es`); null for an unknown patient. */
export async function patientPreferredLanguage(db: Database, patientId: string): Promise<string | null> {
  const row = await db
    .selectFrom('patients')
    .select('preferred_language')
    .where('id', '=', patientId)
    .executeTakeFirst();
  return row?.preferred_language ?? null;
}

/** The preferred language of each login's own patient record (relationship `self`), for the logins that have one. */
export function ownLanguagesOfUsers(db: Database, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('patient_access')
    .innerJoin('patients', 'patients.id', 'patient_access.patient_id')
    .select(['patient_access.user_id', 'patients.preferred_language'])
    .where('patient_access.user_id', 'in', [...userIds])
    .where('patient_access.relationship', '=', 'self')
    .execute();
}

/** Sets a record's preferred language; the record's version moves, so an edit made from an older read is refused. */
export async function setPatientPreferredLanguage(
  db: Database,
  patientId: string,
  language: string,
): Promise<void> {
  await db
    .updateTable('patients')
    .set((eb) => ({ preferred_language: language, version: eb('version', '+', 1) }))
    .where('id', '=', patientId)
    .execute();
}
