import type { Database } from '../connection';
import { preparedQuery } from '../prepared-query';

export async function insertSession(
  db: Database,
  row: {
    id: string;
    user_id: string;
    created_at: string;
    expires_at: string;
    user_agent?: string | null;
    ip?: string | null;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ ...row, user_agent: row.user_agent ?? null, ip: row.ip ?? null, last_seen_at: row.created_at })
    .execute();
}

const liveSessionUser = preparedQuery((db: Database, id: string, now: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.created_at as session_created_at', 'sessions.last_seen_at as session_last_seen_at'])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .where('users.status', '=', 'active'),
);

/** The user of a session that has not expired at `now`, with when the session was last used, in one query. */
export async function findLiveSessionUser(db: Database, id: string, now: string) {
  return (await liveSessionUser(db, id, now))[0];
}

/** Marks a session as used at `now`. */
export async function touchSession(db: Database, id: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
}

/** A user's sessions that have not expired at `now`, most recently used first. */
export function listLiveSessionsOfUser(db: Database, userId: string, now: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'user_agent', 'ip'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function deleteSession(db: Database, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user, but the one kept (if any); returns how many ended. */
export async function deleteSessionsOfUser(db: Database, userId: string, keepId?: string): Promise<number> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepId) q = q.where('id', '!=', keepId);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}
