import type { Database } from '../connection';

export function findTotpCredential(db: Database, userId: string) {
  return db.selectFrom('totp_credentials').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Whether the user has TOTP turned on (an active secret). */
export async function hasActiveTotp(db: Database, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('totp_credentials')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('secret', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Stores a fresh pending secret (replacing any earlier pending one); an active secret stays as it is. */
export async function savePendingTotpSecret(db: Database, userId: string, secret: string): Promise<void> {
  await db
    .insertInto('totp_credentials')
    .values({ user_id: userId, secret: null, pending_secret: secret, enabled_at: null, last_used_step: null })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ pending_secret: secret }))
    .execute();
}

/** Makes the pending secret the active one, with the step of the code that confirmed it and the recovery codes. */
export async function activateTotp(
  db: Database,
  userId: string,
  secret: string,
  step: number,
  now: string,
  recoveryCodeHashes: string[],
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('totp_credentials')
      .set({ secret, pending_secret: null, enabled_at: now, last_used_step: step })
      .where('user_id', '=', userId)
      .where('pending_secret', '=', secret)
      .where('secret', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await trx.deleteFrom('totp_recovery_codes').where('user_id', '=', userId).execute();
    await trx
      .insertInto('totp_recovery_codes')
      .values(recoveryCodeHashes.map((id) => ({ id, user_id: userId, used_at: null })))
      .execute();
    return true;
  });
}

/** Records a code's step as used, only if it is later than the last used one; false when it was used already. */
export async function useTotpStep(db: Database, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('totp_credentials')
    .set({ last_used_step: step })
    .where('user_id', '=', userId)
    .where('secret', 'is not', null)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(db: Database, userId: string): Promise<number> {
  const row = await db
    .selectFrom('totp_recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Uses up an unused recovery code of the user; false when unknown or already used. */
export async function useRecoveryCode(
  db: Database,
  userId: string,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('totp_recovery_codes')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface StoredTotpSecrets {
  user_id: string;
  secret: string | null;
  pending_secret: string | null;
}

/** Every stored secret, active or pending (the start checks and seals them). */
export function listTotpSecrets(db: Database): Promise<StoredTotpSecrets[]> {
  return db
    .selectFrom('totp_credentials')
    .select(['user_id', 'secret', 'pending_secret'])
    .where((eb) => eb.or([eb('secret', 'is not', null), eb('pending_secret', 'is not', null)]))
    .orderBy('user_id')
    .execute();
}

/** Replaces a row's stored secrets, only while they are still `from` (another start may have done it first). */
export async function replaceTotpSecrets(
  db: Database,
  from: StoredTotpSecrets,
  to: Pick<StoredTotpSecrets, 'secret' | 'pending_secret'>,
): Promise<boolean> {
  const result = await db
    .updateTable('totp_credentials')
    .set(to)
    .where('user_id', '=', from.user_id)
    .where((eb) =>
      eb.and([
        from.secret === null ? eb('secret', 'is', null) : eb('secret', '=', from.secret),
        from.pending_secret === null
          ? eb('pending_secret', 'is', null)
          : eb('pending_secret', '=', from.pending_secret),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The users with two-factor turned on, of those given. */
export async function usersWithActiveTotp(db: Database, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('totp_credentials')
    .select('user_id')
    .where('user_id', 'in', userIds)
    .where('secret', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

/**
 * Removes the user's two-factor (secrets, recovery codes, pending logins) inside the caller's transaction; returns
 * whether it was on.
 */
export async function removeTotp(trx: Database, userId: string): Promise<boolean> {
  // The active row's own delete tells, so of two racing removals only one finds it on.
  const active = await trx
    .deleteFrom('totp_credentials')
    .where('user_id', '=', userId)
    .where('secret', 'is not', null)
    .executeTakeFirst();
  await trx.deleteFrom('totp_credentials').where('user_id', '=', userId).execute();
  await trx.deleteFrom('totp_recovery_codes').where('user_id', '=', userId).execute();
  await trx.deleteFrom('mfa_challenges').where('user_id', '=', userId).execute();
  return Number(active.numDeletedRows) === 1;
}

export async function deleteTotp(db: Database, userId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await removeTotp(trx, userId);
  });
}

export async function insertMfaChallenge(
  db: Database,
  row: { id: string; user_id: string; created_at: string; expires_at: string },
): Promise<void> {
  await db
    .insertInto('mfa_challenges')
    .values({ ...row, used_at: null })
    .execute();
}

export function findMfaChallenge(db: Database, id: string) {
  return db.selectFrom('mfa_challenges').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Uses the challenge up, only if nobody did first. */
export async function useMfaChallenge(db: Database, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('mfa_challenges')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
