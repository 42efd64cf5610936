import type { Kysely, Migration } from 'kysely';

/** Location closures (holidays) and one-off extra hours of a provider. Frozen once landed. */
export const closuresAndExtraHoursMigration: Migration = {
  async up(db: Kysely<unknown>) {
    for (const table of ['location_closures', 'extra_hours'] as const) {
      let t = db.schema.createTable(table).addColumn('id', 'text', (c) => c.primaryKey());
      if (table === 'extra_hours')
        t = t.addColumn('provider_id', 'text', (c) => c.notNull().references('users.id'));
      await t
        .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id'))
        .addColumn('start_at', 'text', (c) => c.notNull())
        .addColumn('end_at', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    }
  },
};
