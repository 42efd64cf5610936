import type { Insertable, Selectable } from 'kysely';
import type { Database } from '../connection';
import { isUniqueViolation } from '../connection';
import type { ConsentFormTable, ConsentSignatureTable } from '../schema';

export type ConsentFormRow = Selectable<ConsentFormTable>;
export type ConsentSignatureRow = Selectable<ConsentSignatureTable>;

/** The consent form in force: the highest version. */
export function currentConsentForm(db: Database): Promise<ConsentFormRow | undefined> {
  return db.selectFrom('consent_forms').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
}

/** Publishes the next version; false when another publication took that version first. */
export async function insertConsentForm(db: Database, row: Insertable<ConsentFormTable>): Promise<boolean> {
  try {
    await db.insertInto('consent_forms').values(row).execute();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** A patient's consent signatures, newest version first. */
export function listConsentSignatures(db: Database, patientId: string): Promise<ConsentSignatureRow[]> {
  return db
    .selectFrom('consent_signatures')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('form_version', 'desc')
    .execute();
}

export function findConsentSignature(
  db: Database,
  patientId: string,
  version: number,
): Promise<ConsentSignatureRow | undefined> {
  return db
    .selectFrom('consent_signatures')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('form_version', '=', version)
    .executeTakeFirst();
}

/** Records a signature once per patient and version; a second (or racing) one leaves the first in place. */
export async function insertConsentSignature(
  db: Database,
  row: Insertable<ConsentSignatureTable>,
): Promise<void> {
  try {
    await db.insertInto('consent_signatures').values(row).execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}
