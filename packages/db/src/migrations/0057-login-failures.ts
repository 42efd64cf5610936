import type { Kysely, Migration } from 'kysely';

/**
 * Login limits counted in the database, so every app instance on it counts together and a restart forgets nothing:
 * one row per key (the SHA-256 of a throttle's name, the kind and the email or IP, never the email or IP itself)
 * holding its current fixed window, `ends_at`, and the attempts counted as failed in it. A window begins at the key's
 * first failure after the last one ended, as the in-memory count did, so the key alone is the primary key and the
 * counting upsert restarts an ended window in place; `ends_at` is indexed for the sweep of ended ones. Frozen once
 * landed.
 */
export const loginFailuresMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('login_failures')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('ends_at', 'text', (c) => c.notNull())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('login_failures_ends_at').on('login_failures').column('ends_at').execute();
  },
};
