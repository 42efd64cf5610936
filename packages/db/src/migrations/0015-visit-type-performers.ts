import type { Kysely, Migration } from 'kysely';

/** Who may perform each visit type: a JSON list of provider ids, empty for every provider. Frozen once landed. */
export const visitTypePerformersMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('visit_types')
      .addColumn('performer_ids', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
  },
};
