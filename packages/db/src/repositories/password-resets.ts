import type { Database } from '../connection';

export async function insertPasswordResetToken(
  db: Database,
  row: { id: string; user_id: string; created_at: string; expires_at: string },
): Promise<void> {
  await db
    .insertInto('password_reset_tokens')
    .values({ ...row, used_at: null })
    .execute();
}

export function findPasswordResetToken(db: Database, id: string) {
  return db.selectFrom('password_reset_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks the token used, only if nobody did first; false when it was already used (a concurrent reset). */
export async function usePasswordResetToken(db: Database, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('password_reset_tokens')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setUserPasswordHash(db: Database, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}
