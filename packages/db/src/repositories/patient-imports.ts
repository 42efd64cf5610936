import { sql, type Insertable } from 'kysely';
import type { Database, DialectName } from '../connection';
import type { PatientImportTable, PatientTable } from '../schema';
import { patientSearchKeys } from './patients';

/** A person by the stored search keys (see `patientSearchKeys`) and birth date. */
export interface KeyedPerson {
  given_key: string;
  family_key: string;
  birth_date: string;
  email_key: string | null;
}

/** A patient row to import, its search keys already computed (once per row). */
export type ImportedPatient = Insertable<PatientTable> & KeyedPerson & { phone_key: string | null };

/**
 * The keys by which an imported row is the same person as a patient already there (the registration's keys):
 * the same name and birth date, or the same email.
 */
export function importMatchKeys(k: KeyedPerson): string[] {
  return [`n:${k.given_key}|${k.family_key}|${k.birth_date}`, ...(k.email_key ? [`e:${k.email_key}`] : [])];
}

/** The row to insert: the registration's columns plus its search keys. */
export function importedPatient(row: Insertable<PatientTable>): ImportedPatient {
  return { ...row, ...patientSearchKeys(row) };
}

const CHUNK = 400;

/** For each match key of `people`, the id of a patient already stored with it. */
export async function findImportMatches(
  db: Database,
  people: readonly KeyedPerson[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < people.length; i += CHUNK) {
    const chunk = people.slice(i, i + CHUNK);
    const families = [...new Set(chunk.map((k) => k.family_key))];
    const dates = [...new Set(chunk.map((p) => p.birth_date))];
    const emails = [...new Set(chunk.flatMap((k) => (k.email_key ? [k.email_key] : [])))];
    const rows = await db
      .selectFrom('patients')
      .select(['id', 'given_key', 'family_key', 'birth_date', 'email_key'])
      .where((eb) =>
        eb.or([
          eb.and([eb('family_key', 'in', families), eb('birth_date', 'in', dates)]),
          ...(emails.length ? [eb('email_key', 'in', emails)] : []),
        ]),
      )
      .execute();
    for (const r of rows) for (const key of importMatchKeys(r)) if (!found.has(key)) found.set(key, r.id);
  }
  return found;
}

/**
 * Inserts one batch of imported patients in a transaction, skipping any that a patient stored meanwhile
 * already matches (concurrent imports on PostgreSQL take one advisory lock, so they check and insert in turn).
 * Returns the ids of the rows it skipped with the id of the patient each matched.
 */
export async function insertImportBatch(
  db: Database,
  dialect: DialectName,
  rows: readonly ImportedPatient[],
): Promise<Map<string, string>> {
  return db.transaction().execute(async (trx) => {
    if (dialect === 'postgres')
      await sql`select pg_advisory_xact_lock(hashtext('patient_import'))`.execute(trx);
    const existing = await findImportMatches(trx, rows);
    const skipped = new Map<string, string>();
    const fresh = rows.filter((r) => {
      const match = importMatchKeys(r)
        .map((k) => existing.get(k))
        .find(Boolean);
      if (match) skipped.set(r.id, match);
      return !match;
    });
    for (let i = 0; i < fresh.length; i += 500) {
      await trx
        .insertInto('patients')
        .values(fresh.slice(i, i + 500))
        .execute();
    }
    return skipped;
  });
}

export async function insertPatientImport(db: Database, row: Insertable<PatientImportTable>): Promise<void> {
  await db.insertInto('patient_imports').values(row).execute();
}
