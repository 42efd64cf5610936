import type { Kysely, Migration } from 'kysely';

/**
 * A version on each patient's safety factors, so a clinician's save refuses to overwrite a change made since
 * they read them; and who each visit type is for (age range in days, pregnancy). Frozen once landed.
 */
export const factorsVersionMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('patients')
      .addColumn('factors_version', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('visit_types').addColumn('min_age_days', 'integer').execute();
    await db.schema.alterTable('visit_types').addColumn('max_age_days', 'integer').execute();
    await db.schema
      .alterTable('visit_types')
      .addColumn('requires_pregnancy', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
