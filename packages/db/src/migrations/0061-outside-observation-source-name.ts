import type { Kysely, Migration } from 'kysely';

/**
 * The name of the organisation that sent a result from another system, as the result gave it (the display of the
 * organisation that issued its identifier, else of the organisation that performed it), so the chart names the sender
 * in words rather than by its identifier system (`urn:oid:…`). null where it gave none, and for every row before.
 * Frozen once landed.
 */
export const outsideObservationSourceNameMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('outside_observations').addColumn('source_name', 'text').execute();
  },
};
