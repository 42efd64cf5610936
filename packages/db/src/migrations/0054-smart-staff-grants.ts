import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../connection';

/**
 * SMART `user/` scopes allowed by a staff login: such a grant acts for every patient the login's role may see, so it
 * names no patient (`smart_grants.patient_id` may be null) and keeps the role it was allowed as (`staff_role`; a
 * login whose role changed no longer carries the app). Patient grants keep their patient and a null role.
 *
 * PostgreSQL drops the NOT NULL in place. SQLite cannot, so the table is rebuilt the way SQLite documents for schema
 * changes (sqlite.org/lang_altertable.html, "other kinds of table schema changes"): foreign keys off for this
 * connection (smart_authorizations and smart_tokens point at the grants, and dropping the old table would otherwise
 * delete through them), then in one transaction a new table, its rows copied, the old dropped, the new renamed, the
 * index made again, and `foreign_key_check` must find nothing before the commit. A separate nullable column instead
 * would leave a NOT NULL patient_id that staff grants would have to fill with something false. Frozen once landed.
 */
export function smartStaffGrantsMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === 'postgres') {
        await sql`ALTER TABLE smart_grants ALTER COLUMN patient_id DROP NOT NULL`.execute(db);
        await sql`ALTER TABLE smart_grants ADD COLUMN staff_role text`.execute(db);
        return;
      }
      await rebuildOnSqlite(db);
    },
  };
}

async function rebuildOnSqlite(db: Kysely<unknown>): Promise<void> {
  await sql`PRAGMA foreign_keys = OFF`.execute(db);
  try {
    await sql`BEGIN`.execute(db);
    try {
      await sql`CREATE TABLE smart_grants_0054 (
        id text PRIMARY KEY,
        client_id text NOT NULL REFERENCES smart_apps (client_id),
        user_id text NOT NULL REFERENCES users (id),
        patient_id text REFERENCES patients (id),
        scope text NOT NULL,
        created_at text NOT NULL,
        revoked_at text,
        staff_role text
      )`.execute(db);
      await sql`INSERT INTO smart_grants_0054 (id, client_id, user_id, patient_id, scope, created_at, revoked_at)
        SELECT id, client_id, user_id, patient_id, scope, created_at, revoked_at FROM smart_grants`.execute(
        db,
      );
      await sql`DROP TABLE smart_grants`.execute(db);
      await sql`ALTER TABLE smart_grants_0054 RENAME TO smart_grants`.execute(db);
      await sql`CREATE INDEX smart_grants_user_idx ON smart_grants (user_id)`.execute(db);
      const broken = await sql`PRAGMA foreign_key_check`.execute(db);
      if (broken.rows.length) throw new Error('smart_grants rebuild: a foreign key points nowhere');
      await sql`COMMIT`.execute(db);
    } catch (error) {
      await sql`ROLLBACK`.execute(db);
      throw error;
    }
  } finally {
    await sql`PRAGMA foreign_keys = ON`.execute(db);
  }
}
