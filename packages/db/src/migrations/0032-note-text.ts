import type { Kysely, Migration } from 'kysely';

/**
 * The note's free text and the clinic's templates. Encounters gain the history of present illness, assessment and
 * plan (the E/M note already has `em_note`) and a `note_version` that moves on every draft save: a save carries the
 * version it read and is refused (409) when someone saved since. An exam row copied forward from the patient's last
 * signed visit keeps that visit's date in `copied_from` while its findings are unchanged; `copy_confirmed` records
 * that the physician re-examined and confirmed it. `note_templates` holds the
 * "dot phrases": `scope` is 'clinic' for the clinic's own or the id of the physician who owns it; a shortcut is
 * unique within its scope. Frozen once landed.
 */
export const noteTextMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('encounters').addColumn('hpi', 'text').execute();
    await db.schema.alterTable('encounters').addColumn('assessment', 'text').execute();
    await db.schema.alterTable('encounters').addColumn('plan', 'text').execute();
    await db.schema
      .alterTable('encounters')
      .addColumn('note_version', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('exam_findings').addColumn('copied_from', 'text').execute();
    await db.schema
      .alterTable('exam_findings')
      .addColumn('copy_confirmed', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('note_templates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('shortcut', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('note_templates_scope_shortcut', ['scope', 'shortcut'])
      .execute();
  },
};
