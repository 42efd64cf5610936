import type { Database, DialectName } from '../connection';
import { sql, type Insertable, type SqlBool } from 'kysely';
import { emailKey, nameKey, phoneKey, type PatientQuery } from '@omt/domain';
import type { PatientRow, PatientTable } from '../schema';
import { preparedQuery } from '../prepared-query';

const patientById = preparedQuery((db: Database, id: string) =>
  db.selectFrom('patients').selectAll().where('id', '=', id),
);

/** A patient's row by id (compiled once: every patient read starts here). */
export async function findPatient(db: Database, id: string): Promise<PatientRow | undefined> {
  return (await patientById(db, id))[0];
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

type KeyColumn = 'given_key' | 'family_key' | 'email_key' | 'phone_key';

/** A key column as its index orders it: byte order (collate "C" on PostgreSQL; SQLite's binary). */
function keyRef(dialect: DialectName, column: KeyColumn) {
  return dialect === 'postgres'
    ? sql<string>`${sql.ref(column)} collate "C"`
    : sql<string>`${sql.ref(column)}`;
}

/** A prefix match that an index serves: `LIKE 'x%'` on PostgreSQL, `GLOB 'x*'` on SQLite. */
function startsWith(dialect: DialectName, column: KeyColumn, prefix: string) {
  return dialect === 'postgres'
    ? sql<SqlBool>`${keyRef(dialect, column)} like ${`${prefix}%`}`
    : sql<SqlBool>`${sql.ref(column)} glob ${`${prefix}*`}`;
}

/** Name order, as the results are shown: family, given, birth date (byte order of the keys). */
function byName(a: PatientRow, b: PatientRow): number {
  const key = (p: PatientRow) => [p.family_key, p.given_key, p.birth_date];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) {
    if (x[i]! < y[i]!) return -1;
    if (x[i]! > y[i]!) return 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Patients whose `first` name key starts with `a` (and the other one with `b`, when given), read along the
 * name index that leads with `first`, in its order, so the scan stops at `limit` however many match.
 */
function namePrefixes(
  db: Database,
  dialect: DialectName,
  first: 'family_key' | 'given_key',
  a: string,
  b: string | undefined,
  limit: number,
): Promise<PatientRow[]> {
  const other = first === 'family_key' ? 'given_key' : 'family_key';
  return db
    .selectFrom('patients')
    .selectAll()
    .where(startsWith(dialect, first, a))
    .$if(b !== undefined, (q) => q.where(startsWith(dialect, other, b ?? '')))
    .orderBy(keyRef(dialect, first))
    .orderBy(keyRef(dialect, other))
    .orderBy('birth_date')
    .limit(limit)
    .execute();
}

/**
 * Staff search (migration 0022's keys and indexes): a date of birth, an email or phone prefix, or name words,
 * each a prefix of the given or family name (two words: one of each, in either order), in name order. A name
 * search reads each name index in its order (family-led and given-led) up to the limit and merges the two.
 * Wildcards are already removed from the query by the domain's `parsePatientQuery`; no query lists the first
 * patients by name.
 */
export async function searchPatients(
  db: Database,
  dialect: DialectName,
  query: PatientQuery,
  limit = 50,
): Promise<PatientRow[]> {
  if (query.kind === 'name' || query.kind === 'none') {
    const [a = '', b] = query.kind === 'name' ? query.words : [];
    const [byFamily, byGiven] = await Promise.all([
      namePrefixes(db, dialect, 'family_key', a, b, limit),
      namePrefixes(db, dialect, 'given_key', a, b, limit),
    ]);
    const unique = new Map([...byFamily, ...byGiven].map((p) => [p.id, p]));
    return [...unique.values()].sort(byName).slice(0, limit);
  }
  let select = db.selectFrom('patients').selectAll();
  if (query.kind === 'birthDate') select = select.where('birth_date', '=', query.birthDate);
  else if (query.kind === 'email') select = select.where(startsWith(dialect, 'email_key', query.prefix));
  else select = select.where(startsWith(dialect, 'phone_key', query.prefix));
  return select
    .orderBy(keyRef(dialect, 'family_key'))
    .orderBy(keyRef(dialect, 'given_key'))
    .orderBy('birth_date')
    .limit(limit)
    .execute();
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
