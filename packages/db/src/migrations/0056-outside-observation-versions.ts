import type { Kysely, Migration } from 'kysely';

/**
 * A result another system sends again, changed (a corrected or amended value), replaces the kept one: `version`
 * counts the versions kept (1 for every row before), so two imports replacing the same result at once cannot both
 * win, and `sent_at` is when the sender made the kept version (its `meta.lastUpdated`, else `issued`; null when it
 * gave neither), so an older version sent late never replaces a newer one. Frozen once landed.
 */
export const outsideObservationVersionsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('outside_observations')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.alterTable('outside_observations').addColumn('sent_at', 'text').execute();
  },
};
