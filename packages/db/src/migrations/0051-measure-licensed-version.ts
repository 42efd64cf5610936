import type { Kysely, Migration } from 'kysely';

/**
 * The version of the clinic's licensed Questionnaire (migration 0044) an answer of ODI, NDI or HIT-6 was given on,
 * so the answer is always read with the very items the patient saw; null for public-domain measures and for answers
 * stored before this column existed. Frozen once landed.
 */
export const measureLicensedVersionMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('measure_responses').addColumn('licensed_version', 'integer').execute();
  },
};
