import type { Kysely, Migration } from 'kysely';

/**
 * The CPT code of the separately identifiable E/M service billed with modifier 25, as the physician enters it on
 * the note beside the E/M note (5 digits; null while none is entered). The superbill prices it from the clinic's fee
 * schedule. Frozen once landed.
 */
export const emCodeMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('encounters').addColumn('em_code', 'text').execute();
  },
};
