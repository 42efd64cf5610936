import type { Kysely, Migration } from 'kysely';

/**
 * Upcoming visits found outside working hours when a location's opening hours or a provider's weekly hours changed,
 * for the desk's "Visits to rebook". A row holds the visit's start when found: once the visit moves it no longer
 * matches and is ignored. Rows are rebuilt for the location or provider at each change of its hours. Frozen once landed.
 */
export const hoursConflictsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('hours_conflicts')
      .addColumn('appointment_id', 'text', (c) =>
        c.primaryKey().references('appointments.id').onDelete('cascade'),
      )
      .addColumn('start_at', 'text', (c) => c.notNull())
      .addColumn('location_id', 'text', (c) => c.notNull())
      .addColumn('provider_id', 'text', (c) => c.notNull())
      .addColumn('found_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('hours_conflicts_location_idx')
      .on('hours_conflicts')
      .column('location_id')
      .execute();
    await db.schema
      .createIndex('hours_conflicts_provider_idx')
      .on('hours_conflicts')
      .column('provider_id')
      .execute();
  },
};
