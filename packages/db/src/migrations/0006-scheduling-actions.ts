import type { Kysely, Migration } from 'kysely';

/** Cancel, reschedule, no-show and staff overrides on appointments; idempotent booking keys. Frozen once landed. */
export const schedulingActionsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('appointments').addColumn('cancel_reason', 'text').execute();
    await db.schema.alterTable('appointments').addColumn('cancelled_at', 'text').execute();
    await db.schema
      .alterTable('appointments')
      .addColumn('late_cancel', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('appointments').addColumn('override_reason', 'text').execute();
    await db.schema
      .createTable('idempotency_keys')
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('status_code', 'integer', (c) => c.notNull())
      .addColumn('response_json', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
      .execute();
  },
};
