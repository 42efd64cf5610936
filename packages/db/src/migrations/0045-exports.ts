import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Exports prepared in the background (a patient's whole record with every document): a request queues a job, the job
 * writes the file here, the owner fetches it once `ready`, and a recurring job deletes it after `expires_at`.
 * Frozen once landed.
 */
export const exportsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('exports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
      .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('preparing', 'ready', 'failed')`))
      .addColumn('file_name', 'text')
      .addColumn('content', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('ready_at', 'text')
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('exports_expiry_idx').on('exports').column('expires_at').execute();
  },
};
