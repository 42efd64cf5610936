import type { Database, DialectName } from '../connection';
import { sql, type ExpressionBuilder, type Insertable, type SqlBool } from 'kysely';
import { emailKey, nameKey, phoneKey, type PatientQuery } from '@omt/domain';
import type { DB, PatientRow, PatientTable } from '../schema';

export function findPatient(db: Database, id: string): Promise<PatientRow | undefined> {
  return db.selectFrom('patients').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The search keys of a patient's names and contact (see the domain's `nameKey`, `emailKey`, `phoneKey`). */
export function patientSearchKeys(p: {
  given_name: string;
  family_name: string;
  email?: string | null;
  phone?: string | null;
}) {
  return {
    given_key: nameKey(p.given_name),
    family_key: nameKey(p.family_name),
    email_key: p.email ? emailKey(p.email) : null,
    phone_key: p.phone ? phoneKey(p.phone) || null : null,
  };
}

/** A prefix match that an index serves: `LIKE 'x%'` on PostgreSQL (text_pattern_ops), `GLOB 'x*'` on SQLite. */
function startsWith(
  eb: ExpressionBuilder<DB, 'patients'>,
  dialect: DialectName,
  column: 'given_key' | 'family_key' | 'email_key' | 'phone_key',
  prefix: string,
) {
  return dialect === 'postgres'
    ? eb(column, 'like', `${prefix}%`)
    : sql<SqlBool>`${eb.ref(column)} glob ${`${prefix}*`}`;
}

/**
 * Staff search (migration 0022's keys and indexes): a date of birth, an email or phone prefix, or name words,
 * each a prefix of the given or family name (two words: one of each, in either order). Wildcards are already
 * removed from the query by the domain's `parsePatientQuery`; no query lists the first patients by name.
 */
export function searchPatients(
  db: Database,
  dialect: DialectName,
  query: PatientQuery,
  limit = 50,
): Promise<PatientRow[]> {
  let select = db.selectFrom('patients').selectAll();
  switch (query.kind) {
    case 'none':
      break;
    case 'birthDate':
      select = select.where('birth_date', '=', query.birthDate);
      break;
    case 'email':
      select = select.where((eb) => startsWith(eb, dialect, 'email_key', query.prefix));
      break;
    case 'phone':
      select = select.where((eb) => startsWith(eb, dialect, 'phone_key', query.prefix));
      break;
    case 'name': {
      const [a = '', b] = query.words;
      select = select.where((eb) =>
        b === undefined
          ? eb.or([startsWith(eb, dialect, 'given_key', a), startsWith(eb, dialect, 'family_key', a)])
          : eb.or([
              eb.and([startsWith(eb, dialect, 'given_key', a), startsWith(eb, dialect, 'family_key', b)]),
              eb.and([startsWith(eb, dialect, 'family_key', a), startsWith(eb, dialect, 'given_key', b)]),
            ]),
      );
      break;
    }
  }
  return select.orderBy('family_key').orderBy('given_key').orderBy('birth_date').limit(limit).execute();
}

/** Patients who may be the same person: same name and date of birth, or same email, or same phone. */
export function findPossibleDuplicates(
  db: Database,
  p: {
    given_name: string;
    family_name: string;
    birth_date: string;
    email?: string | null;
    phone?: string | null;
  },
  exceptId?: string,
): Promise<PatientRow[]> {
  const keys = patientSearchKeys(p);
  return db
    .selectFrom('patients')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([
          eb('birth_date', '=', p.birth_date),
          eb('family_key', '=', keys.family_key),
          eb('given_key', '=', keys.given_key),
        ]),
        ...(keys.email_key ? [eb('email_key', '=', keys.email_key)] : []),
        ...(keys.phone_key ? [eb('phone_key', '=', keys.phone_key)] : []),
      ]),
    )
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId ?? ''))
    .orderBy('family_key')
    .limit(20)
    .execute();
}

/** Inserts a patient with its search keys computed from its names and contact. */
export async function insertPatient(db: Database, row: Insertable<PatientTable>): Promise<void> {
  await db
    .insertInto('patients')
    .values({ ...row, ...patientSearchKeys(row) })
    .execute();
}

/** Lets each guardian's portal login act for the patient (kept when already there). */
async function grantGuardians(db: Database, patientId: string, guardianUserIds: readonly string[]) {
  for (const userId of guardianUserIds) {
    await db
      .insertInto('patient_access')
      .values({ user_id: userId, patient_id: patientId, relationship: 'guardian' })
      .onConflict((oc) => oc.columns(['user_id', 'patient_id']).doNothing())
      .execute();
  }
}

/** A registration: the patient and their guardians' portal access, in one transaction. */
export async function insertRegisteredPatient(
  db: Database,
  row: Insertable<PatientTable>,
  guardianUserIds: readonly string[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertPatient(trx, row);
    await grantGuardians(trx, row.id, guardianUserIds);
  });
}

/** The portal logins that may act for a patient as guardian. */
export function guardianLogins(db: Database, patientId: string) {
  return db
    .selectFrom('patient_access')
    .innerJoin('users', 'users.id', 'patient_access.user_id')
    .select(['users.id', 'users.email', 'users.display_name'])
    .where('patient_access.patient_id', '=', patientId)
    .where('patient_access.relationship', '=', 'guardian')
    .execute();
}

/** The registration fields an edit changes (names, birth date, sex, contact, language, details). */
export type PatientRegistration = Pick<
  Insertable<PatientTable>,
  | 'given_name'
  | 'family_name'
  | 'birth_date'
  | 'sex'
  | 'email'
  | 'phone'
  | 'preferred_language'
  | 'details_json'
>;

/**
 * Writes the registration (and grants the guardians' portal access) only if the record's version is still the
 * one read; false when it moved.
 */
export async function updatePatientRegistrationAtVersion(
  db: Database,
  id: string,
  fields: PatientRegistration,
  expectedVersion: number,
  guardianUserIds: readonly string[],
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('patients')
      .set((eb) => ({ ...fields, ...patientSearchKeys(fields), version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await grantGuardians(trx, id, guardianUserIds);
    return true;
  });
}

/** Deactivates an active patient (kept with their history); false when already inactive. */
export async function deactivatePatient(
  db: Database,
  id: string,
  at: string,
  reason: string,
): Promise<boolean> {
  const result = await db
    .updateTable('patients')
    .set((eb) => ({
      active: 0,
      deactivated_at: at,
      deactivation_reason: reason,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('active', '=', 1)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
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
