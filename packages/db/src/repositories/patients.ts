import type { Database } from '../connection';
import type { PatientRow } from '../schema';

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

export async function insertPatient(db: Database, row: PatientRow): Promise<void> {
  await db.insertInto('patients').values(row).execute();
}

export async function updatePatientFactors(db: Database, id: string, factorsJson: string): Promise<void> {
  await db.updateTable('patients').set({ factors_json: factorsJson }).where('id', '=', id).execute();
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
