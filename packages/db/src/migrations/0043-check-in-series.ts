import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The check-in series after an OMT visit: one row per visit and day (`unique (encounter_id, day)`, so a second
 * signing path or process adds none), with when it opens (`due_at`, its mail's time), when its day ends in the
 * location's zone (`day_ends_at`), when it closes (`expires_at`), `watch` (1 on the first check-in of the patient's
 * first OMT visit: unanswered by its day's end, it goes on the clinicians' worklist), the answer that took it (`check_in_id`), when its mail went out, and a clinician's clearing of an unanswered one
 * from the worklist. `clinic_profile.check_in_days` holds the clinic's days ("1,3,7"). Frozen once landed.
 */
export const checkInSeriesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('scheduled_check_ins')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('encounter_id', 'text', (c) => c.notNull().references('encounters.id').onDelete('cascade'))
      .addColumn('patient_id', 'text', (c) => c.notNull())
      .addColumn('day', 'integer', (c) => c.notNull())
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('day_ends_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('watch', 'integer', (c) => c.notNull())
      .addColumn('check_in_id', 'text')
      .addColumn('answered_at', 'text')
      .addColumn('mailed_at', 'text')
      .addColumn('cleared_by', 'text')
      .addColumn('cleared_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('scheduled_check_ins_encounter_day', ['encounter_id', 'day'])
      .execute();
    await db.schema
      .createIndex('scheduled_check_ins_patient_idx')
      .on('scheduled_check_ins')
      .columns(['patient_id', 'due_at'])
      .execute();
    await db.schema
      .createIndex('scheduled_check_ins_unanswered_idx')
      .on('scheduled_check_ins')
      .columns(['watch', 'day_ends_at'])
      .execute();
    await sql`alter table clinic_profile add column check_in_days text not null default '1,3,7'`.execute(db);
  },
};
