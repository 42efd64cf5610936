import type { Kysely, Migration } from 'kysely';

/**
 * A patient's intakes by the patient, in time: the FHIR Observation and red-flag Condition searches read a patient's
 * intakes, and without this index each search scanned every intake in the clinic (bench/README.md, "FHIR API").
 * Frozen once landed.
 */
export const intakesPatientIndexMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createIndex('intakes_patient_idx')
      .on('intakes')
      .columns(['patient_id', 'submitted_at'])
      .execute();
  },
};
