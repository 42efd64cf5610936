import type { Insertable } from 'kysely';
import type { Database } from '../connection';
import type { EmailVerificationTokenTable, PatientTable, UserTable } from '../schema';
import { insertPatient } from './patients';

type NewToken = Omit<Insertable<EmailVerificationTokenTable>, 'used_at'>;

/**
 * An online sign-up in one transaction: the login (email not yet confirmed), its own patient record, the login's
 * access to it as `self`, and the first confirmation token.
 */
export async function insertSignup(
  db: Database,
  rows: { user: Insertable<UserTable>; patient: Insertable<PatientTable>; token: NewToken },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values({ ...rows.user, email_verified: 0 })
      .execute();
    await insertPatient(trx, rows.patient);
    await trx
      .insertInto('patient_access')
      .values({ user_id: rows.user.id, patient_id: rows.patient.id, relationship: 'self' })
      .execute();
    await trx
      .insertInto('email_verification_tokens')
      .values({ ...rows.token, used_at: null })
      .execute();
  });
}

/** A parent's new child: the record and the parent's access to it as `guardian`, in one transaction. */
export async function insertDependant(
  db: Database,
  guardianUserId: string,
  patient: Insertable<PatientTable>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertPatient(trx, patient);
    await trx
      .insertInto('patient_access')
      .values({ user_id: guardianUserId, patient_id: patient.id, relationship: 'guardian' })
      .execute();
  });
}

export async function insertEmailVerificationToken(db: Database, row: NewToken): Promise<void> {
  await db
    .insertInto('email_verification_tokens')
    .values({ ...row, used_at: null })
    .execute();
}

export function findEmailVerificationToken(db: Database, tokenHash: string) {
  return db
    .selectFrom('email_verification_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Uses the token up and marks the login's email confirmed, only if nobody used the token first; false when it was
 * already used (a concurrent confirmation).
 */
export async function useEmailVerificationToken(
  db: Database,
  tokenHash: string,
  now: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const used = await trx
      .updateTable('email_verification_tokens')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .returning('user_id')
      .executeTakeFirst();
    if (!used) return false;
    await trx.updateTable('users').set({ email_verified: 1 }).where('id', '=', used.user_id).execute();
    return true;
  });
}

/** Any login with this (lower-cased) email, whatever its status: a sign-up never takes an email in use. */
export function findLoginByEmail(db: Database, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'status', 'display_name', 'email_verified'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

/** Clears a record's possible-duplicate marker (the record's version moves); false when there was none. */
export async function clearDuplicateReview(db: Database, patientId: string): Promise<boolean> {
  const result = await db
    .updateTable('patients')
    .set((eb) => ({ duplicate_review_json: null, version: eb('version', '+', 1) }))
    .where('id', '=', patientId)
    .where('duplicate_review_json', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
