import type { Kysely, Migration } from 'kysely';

/**
 * The clinic's licensed item text of ODI, NDI and HIT-6, uploaded by an admin as a FHIR R4 Questionnaire. Each upload
 * is a new version of its measure (1, 2, 3…; the primary key refuses a second writer of the same number); the highest
 * version is the one in use, older ones stay for the answers given on them. Frozen once landed.
 */
export const licensedQuestionnairesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('licensed_questionnaires')
      .addColumn('measure', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('questionnaire_json', 'text', (c) => c.notNull())
      .addColumn('uploaded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('uploaded_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('licensed_questionnaires_pk', ['measure', 'version'])
      .execute();
  },
};
