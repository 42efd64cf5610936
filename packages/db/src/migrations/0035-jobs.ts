import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The durable job store: background work (mail, reminders, waitlist expiry) as rows, claimed with a lease so that
 * several app processes on one database run each job once. `key` is unique: a second enqueue with the same key is a
 * no-op (e.g. `reminder:<appointmentId>:<start>`). `state` is queued, running, done or failed; a running job whose
 * `lease_until` has passed (its worker crashed) is claimed again. Frozen once landed.
 */
export const jobsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('payload_json', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) =>
        c.notNull().check(sql`state in ('queued', 'running', 'done', 'failed')`),
      )
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('max_attempts', 'integer', (c) => c.notNull())
      .addColumn('run_at', 'text', (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    // The runner's two questions: queued jobs due by run_at, running jobs whose lease ran out.
    await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['state', 'run_at']).execute();
    await db.schema.createIndex('jobs_lease_idx').on('jobs').columns(['state', 'lease_until']).execute();
  },
};
