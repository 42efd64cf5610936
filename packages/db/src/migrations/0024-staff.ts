import type { Kysely, Migration } from 'kysely';

/**
 * Staff management: a login's status (invited, active, deactivated) and NPI, the locations a staff member works
 * at, and invitations (only the SHA-256 of the mailed token, an expiry and when it was used). Frozen once landed.
 */
export const staffMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('users')
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
      .execute();
    await db.schema.alterTable('users').addColumn('npi', 'text').execute();
    await db.schema
      .createTable('staff_locations')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('location_id', 'text', (c) => c.notNull().references('locations.id'))
      .addPrimaryKeyConstraint('staff_locations_pk', ['user_id', 'location_id'])
      .execute();
    await db.schema
      .createTable('staff_invitations')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema.createIndex('staff_invitations_user').on('staff_invitations').column('user_id').execute();
  },
};
