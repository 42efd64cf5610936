import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The clinic's profile: one row (id 1) with its name, address, phone, NPI (type 2), tax id (EIN) and logo (PNG or
 * JPEG, base64 text with its media type, at most 200 KB). `version` moves on every save: an edit carries the version
 * it read (409 when stale) and the in-memory copy re-reads the row only when it moved. The row starts empty; the
 * demo seed or the admin fills it. Frozen once landed.
 */
export const clinicProfileMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('clinic_profile')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('npi', 'text')
      .addColumn('tax_id', 'text')
      .addColumn('logo_type', 'text')
      .addColumn('logo_base64', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', 'text')
      .execute();
    await sql.raw('insert into clinic_profile (id) values (1)').execute(db);
  },
};
