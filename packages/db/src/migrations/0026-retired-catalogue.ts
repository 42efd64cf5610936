import type { Kysely, Migration } from 'kysely';

/**
 * Locations, visit types and rooms are retired, never deleted (visits keep pointing at them): `retired_at` is the
 * instant, null while in use. Migration 0016's triggers bump the catalogue version on these updates. Frozen once landed.
 */
export const retiredCatalogueMigration: Migration = {
  async up(db: Kysely<unknown>) {
    for (const table of ['locations', 'visit_types', 'rooms']) {
      await db.schema.alterTable(table).addColumn('retired_at', 'text').execute();
    }
  },
};
