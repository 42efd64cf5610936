import type { Kysely, Migration } from 'kysely';

/** Per-visit-type booking rules and provider time off. Frozen once landed. */
export const visitRulesAndTimeOffMigration: Migration = {
  async up(db: Kysely<unknown>) {
    const vt = (name: string, type: 'integer', def: number) =>
      db.schema
        .alterTable('visit_types')
        .addColumn(name, type, (c) => c.notNull().defaultTo(def))
        .execute();
    await vt('buffer_after_minutes', 'integer', 0);
    await vt('online_bookable', 'integer', 1);
    await vt('min_notice_minutes', 'integer', 0);
    await vt('max_horizon_days', 'integer', 90);
    await db.schema
      .createTable('time_off')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('provider_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('start_at', 'text', (c) => c.notNull())
      .addColumn('end_at', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('time_off_provider_idx')
      .on('time_off')
      .columns(['provider_id', 'start_at'])
      .execute();
  },
};
