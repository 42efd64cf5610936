import type { Kysely, Migration } from 'kysely';

/** Each location's weekly opening hours (wall clock of the location). Frozen once landed. */
export const locationHoursMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('location_hours')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id'))
      .addColumn('weekday', 'integer', (c) => c.notNull())
      .addColumn('start_time', 'text', (c) => c.notNull())
      .addColumn('end_time', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('location_hours_location_idx')
      .on('location_hours')
      .column('location_id')
      .execute();
  },
};
