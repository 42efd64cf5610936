import type { Database } from '../connection';

export async function insertSession(
  db: Database,
  row: { id: string; user_id: string; created_at: string; expires_at: string },
): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** A session that has not expired at `now`. */
export function findLiveSession(db: Database, id: string, now: string) {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export async function deleteSession(db: Database, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}
