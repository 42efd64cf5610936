import type { Kysely, Migration } from 'kysely';

/** The Canadian C-spine rule completed at the exam: one row per encounter, replaced while a draft. Frozen once landed. */
export const cSpineExamsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('c_spine_exams')
      .addColumn('encounter_id', 'text', (c) => c.primaryKey().references('encounters.id'))
      .addColumn('findings_json', 'text', (c) => c.notNull())
      .addColumn('imaging', 'integer', (c) => c.notNull())
      .addColumn('step', 'integer', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
  },
};
