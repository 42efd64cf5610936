import type { Kysely, Migration } from 'kysely';

/**
 * Plans of care. `care_plans` holds the plan's life (active or discharged, with the reason and summary) and
 * `current_version`; every change is a new row of `care_plan_versions` numbered 1, 2, 3… (the primary key
 * refuses a second writer of the same number, so versions are ordered by that sequence, never by a time).
 * A resident's version waits for the supervisor's co-signature. `care_plan_visits` links the visits booked for
 * the plan. Frozen once landed.
 */
export const carePlansMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('care_plans')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
      .addColumn('encounter_id', 'text', (c) => c.notNull().references('encounters.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('current_version', 'integer', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('discharge_reason', 'text')
      .addColumn('discharge_summary', 'text')
      .addColumn('discharged_by', 'text', (c) => c.references('users.id'))
      .addColumn('discharged_at', 'text')
      .execute();
    await db.schema.createIndex('care_plans_patient').on('care_plans').columns(['patient_id']).execute();
    await db.schema
      .createTable('care_plan_versions')
      .addColumn('plan_id', 'text', (c) => c.notNull().references('care_plans.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('content_json', 'text', (c) => c.notNull())
      .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('awaiting_cosign', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('cosigned_by', 'text', (c) => c.references('users.id'))
      .addColumn('cosigned_at', 'text')
      .addPrimaryKeyConstraint('care_plan_versions_pk', ['plan_id', 'version'])
      .execute();
    await db.schema
      .createTable('care_plan_visits')
      .addColumn('plan_id', 'text', (c) => c.notNull().references('care_plans.id'))
      .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointments.id'))
      .addPrimaryKeyConstraint('care_plan_visits_pk', ['plan_id', 'appointment_id'])
      .execute();
  },
};
