import type { Kysely, Migration } from 'kysely';

/** Severity and segment notation per region; duration and discomfort per treatment; tolerance per visit. Frozen once landed. */
export const examAndTreatmentDetailMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('exam_findings').addColumn('severity', 'text').execute();
    await db.schema.alterTable('exam_findings').addColumn('segment', 'text').execute();
    await db.schema.alterTable('treatments').addColumn('duration_minutes', 'integer').execute();
    await db.schema.alterTable('treatments').addColumn('discomfort_json', 'text').execute();
    await db.schema.alterTable('encounters').addColumn('tolerance', 'text').execute();
    await db.schema.alterTable('encounters').addColumn('reassessment', 'text').execute();
  },
};
