import type { Database } from '../connection';
import { isUniqueViolation } from '../connection';

/** Reserves (user, key) for one request; false when another request holds or held it. */
export async function reserveIdempotencyKey(
  db: Database,
  row: { user_id: string; key: string; request_hash: string; created_at: string },
): Promise<boolean> {
  try {
    await db
      .insertInto('idempotency_keys')
      .values({ ...row, status_code: 0, response_json: '' })
      .execute();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Forgets one user's keys reserved before `before` (their answers expire): such a key may be used anew. */
export async function forgetIdempotencyKeysBefore(
  db: Database,
  userId: string,
  before: string,
): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('user_id', '=', userId)
    .where('created_at', '<', before)
    .execute();
}

export function findIdempotencyKey(db: Database, userId: string, key: string) {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function completeIdempotencyKey(
  db: Database,
  userId: string,
  key: string,
  result: { status_code: number; response_json: string },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set(result)
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .execute();
}

export async function releaseIdempotencyKey(db: Database, userId: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('user_id', '=', userId).where('key', '=', key).execute();
}

/**
 * Takes over a key left in progress since `since` (its request crashed or hung): true for the one caller that moves
 * its `created_at` on, false when it was answered, released or taken over meanwhile.
 */
export async function takeOverIdempotencyKey(
  db: Database,
  userId: string,
  key: string,
  since: string,
  now: string,
): Promise<boolean> {
  const r = await db
    .updateTable('idempotency_keys')
    .set({ created_at: now })
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .where('status_code', '=', 0)
    .where('created_at', '=', since)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
