import type { Kysely, Migration } from 'kysely';

/**
 * Results another system sent in a FHIR import (Observation): kept as sent, read-only, one row per the sender's
 * identifier (`system|value`, primary key), so the same import twice adds nothing. The code and category are the
 * codings as sent (JSON); the value is a quantity (the decimal as written, with its unit), a string or a concept's
 * words; `effective` is a UTC instant, or the date as sent when it carries no time. Frozen once landed.
 */
export const outsideObservationsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('outside_observations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
      .addColumn('identifier_system', 'text', (c) => c.notNull())
      .addColumn('identifier_value', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('category_json', 'text', (c) => c.notNull())
      .addColumn('code_json', 'text', (c) => c.notNull())
      .addColumn('code_text', 'text')
      .addColumn('value_kind', 'text', (c) => c.notNull())
      .addColumn('value_decimal', 'text')
      .addColumn('value_unit', 'text')
      .addColumn('value_unit_system', 'text')
      .addColumn('value_unit_code', 'text')
      .addColumn('value_text', 'text')
      .addColumn('effective', 'text', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addColumn('imported_by', 'text', (c) => c.notNull().references('users.id'))
      .addUniqueConstraint('outside_observations_identifier', ['identifier_system', 'identifier_value'])
      .execute();
    await db.schema
      .createIndex('outside_observations_patient')
      .on('outside_observations')
      .columns(['patient_id', 'effective'])
      .execute();
  },
};
