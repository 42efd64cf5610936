import type { Kysely, Migration } from 'kysely';

/**
 * Outcome-measure answers. One row per answered measure: the patient, the measure, the plan of care and the visit
 * it was collected for (if any) and the plan's timing (baseline, each visit, re-evaluation), the item answers as
 * JSON, the score, its text and band as the domain scorer computed them, when (UTC) and by whom it was answered
 * (patient, parent, staff) and who recorded it (the login). A visit collects a measure once (unique on the visit
 * and the measure; answers outside a visit carry no visit). Frozen once landed.
 */
export const measureResponsesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('measure_responses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
      .addColumn('measure', 'text', (c) => c.notNull())
      .addColumn('plan_id', 'text', (c) => c.references('care_plans.id'))
      .addColumn('appointment_id', 'text', (c) => c.references('appointments.id'))
      .addColumn('timing', 'text')
      .addColumn('answers_json', 'text', (c) => c.notNull())
      .addColumn('score', 'double precision')
      .addColumn('shown', 'text', (c) => c.notNull())
      .addColumn('band', 'text')
      .addColumn('answered_by', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('answered_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('measure_responses_visit_measure', ['appointment_id', 'measure'])
      .execute();
    await db.schema
      .createIndex('measure_responses_patient')
      .on('measure_responses')
      .columns(['patient_id', 'measure', 'answered_at'])
      .execute();
  },
};
