import type { Kysely, Migration } from 'kysely';

/** Rooms (treatment tables) as bookable resources: a visit holds a room's blocks like a provider's. Frozen once landed. */
export const roomsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('rooms')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('room_blocks')
      .addColumn('room_id', 'text', (c) => c.notNull())
      .addColumn('block_start', 'text', (c) => c.notNull())
      .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointments.id'))
      .addPrimaryKeyConstraint('room_blocks_pk', ['room_id', 'block_start'])
      .execute();
    await db.schema.alterTable('appointments').addColumn('room_id', 'text').execute();
  },
};
