import { inject } from 'vitest';
import { sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from '@omt/db';

/**
 * Another connection pool on the same test database, as another app process would have. SQLite in memory cannot be
 * opened twice: there it is the same handle (whose close does nothing).
 */
export async function openSameDatabase(handle: DatabaseHandle): Promise<DatabaseHandle> {
  if (handle.dialect === 'sqlite') return { ...handle, close: async () => {} };
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(handle.db);
  const url = new URL(inject('pgUrl'));
  url.pathname = `/${rows[0]!.name}`;
  return openDatabase({ url: url.toString() });
}
