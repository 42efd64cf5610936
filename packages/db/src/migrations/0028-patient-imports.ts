import type { Kysely, Migration } from 'kysely';

/**
 * CSV patient imports: one row per import run (who, when, the file's SHA-256 and the counts), which the audit
 * rows of the patients it created name in their detail. Frozen once landed.
 */
export const patientImportsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('patient_imports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('file_sha256', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('row_count', 'integer', (c) => c.notNull())
      .addColumn('created_count', 'integer', (c) => c.notNull())
      .addColumn('duplicate_count', 'integer', (c) => c.notNull())
      .addColumn('error_count', 'integer', (c) => c.notNull())
      .execute();
  },
};
