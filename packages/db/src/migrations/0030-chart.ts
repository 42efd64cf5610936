import type { Kysely, Migration } from 'kysely';

/**
 * The chart's lists (problems, medications, allergies, past medical and surgical history) in one table: the
 * columns a kind does not use stay null. Entries are never deleted; `version` moves on every edit (409 when an
 * edit carries an older one). `patient_charts` records "no known allergies"; `chart_reconciliations` holds the
 * physician's decision on each item a patient reported at intake, once per intake and item (the primary key
 * makes a repeated decision a no-op). Frozen once landed.
 */
export const chartMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('chart_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('code', 'text')
      .addColumn('onset', 'text')
      .addColumn('dose', 'text')
      .addColumn('frequency', 'text')
      .addColumn('anticoagulant', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('reaction', 'text')
      .addColumn('severity', 'text')
      .addColumn('year', 'integer')
      .addColumn('source_intake_id', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('chart_entries_patient')
      .on('chart_entries')
      .columns(['patient_id', 'kind'])
      .execute();
    await db.schema
      .createTable('patient_charts')
      .addColumn('patient_id', 'text', (c) => c.primaryKey().references('patients.id'))
      .addColumn('no_known_allergies', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('chart_reconciliations')
      .addColumn('intake_id', 'text', (c) => c.notNull().references('intakes.id'))
      .addColumn('item_key', 'text', (c) => c.notNull())
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
      .addColumn('decision', 'text', (c) => c.notNull())
      .addColumn('entry_id', 'text')
      .addColumn('decided_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('decided_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('chart_reconciliations_pk', ['intake_id', 'item_key'])
      .execute();
  },
};
