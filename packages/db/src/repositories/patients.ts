import type { Database } from '../connection';
import type { Insertable } from 'kysely';
import type { PatientRow, PatientTable } from '../schema';

export function findPatient(db: Database, id: string): Promise<PatientRow | undefined> {
  return db.selectFrom('patients').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Case-insensitive search by given or family name; empty query lists the first patients. */
export function searchPatients(db: Database, q: string, limit = 50): Promise<PatientRow[]> {
  let query = db.selectFrom('patients').selectAll();
  if (q) {
    const like = `%${q.toLowerCase()}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['given_name']), 'like', like),
        eb(eb.fn('lower', ['family_name']), 'like', like),
      ]),
    );
  }
  return query.orderBy('family_name').orderBy('given_name').limit(limit).execute();
}

export async function insertPatient(db: Database, row: Insertable<PatientTable>): Promise<void> {
  await db.insertInto('patients').values(row).execute();
}

/** Writes the factors and moves their version, whoever writes (intake, signing, a clinician). */
export async function updatePatientFactors(db: Database, id: string, factorsJson: string): Promise<void> {
  await db
    .updateTable('patients')
    .set((eb) => ({ factors_json: factorsJson, factors_version: eb('factors_version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/**
 * Writes the factors only if their version is still the one the writer read; false when someone changed
 * them in between (the caller refuses the stale write).
 */
export async function updatePatientFactorsAtVersion(
  db: Database,
  id: string,
  factorsJson: string,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .updateTable('patients')
    .set((eb) => ({ factors_json: factorsJson, factors_version: eb('factors_version', '+', 1) }))
    .where('id', '=', id)
    .where('factors_version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function grantPatientAccess(
  db: Database,
  row: { user_id: string; patient_id: string; relationship: 'self' | 'guardian' },
): Promise<void> {
  await db.insertInto('patient_access').values(row).execute();
}

/** The patient records a login may act for, with its relationship to each. */
export function patientsOfUser(db: Database, userId: string) {
  return db
    .selectFrom('patient_access')
    .innerJoin('patients', 'patients.id', 'patient_access.patient_id')
    .selectAll('patients')
    .select('patient_access.relationship')
    .where('patient_access.user_id', '=', userId)
    .orderBy('patient_access.relationship', 'desc')
    .orderBy('patients.birth_date')
    .execute();
}
