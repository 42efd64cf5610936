import type { Kysely, Migration } from 'kysely';

/**
 * Identifiers another system gave a patient (`system|value`, e.g. a hospital's medical record number), recorded
 * when a FHIR client registers or imports the patient: an identifier names one patient (primary key), so importing
 * the same patients twice finds them instead of registering them again. Frozen once landed.
 */
export const patientIdentifiersMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('patient_identifiers')
      .addColumn('system', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('patient_identifiers_pk', ['system', 'value'])
      .execute();
    await db.schema
      .createIndex('patient_identifiers_patient')
      .on('patient_identifiers')
      .column('patient_id')
      .execute();
  },
};
