import { sql } from 'kysely';
import type { DatabaseHandle } from '@omt/db';

/** The PostgreSQL advisory lock key the clinic's start holds ('omt' + 'start' in ASCII, as a bigint). */
const STARTUP_LOCK = 0x6f6d74_7374617274n;

/**
 * Runs `work` (migrate, then seed the demo) while holding a PostgreSQL advisory lock, so that app processes
 * started at once on one database take turns: the first migrates and seeds, the others find it done.
 * SQLite is one process's file (WORKERS > 1 is refused there), so it runs `work` directly.
 */
export async function underStartupLock<T>(handle: DatabaseHandle, work: () => Promise<T>): Promise<T> {
  if (handle.dialect !== 'postgres') return work();
  return handle.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${STARTUP_LOCK})`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${STARTUP_LOCK})`.execute(connection);
    }
  });
}
