import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../connection';

/** Patients waiting for earlier or specific times; a freed slot is held for the first match. Frozen once landed. */
export function waitlistMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('waitlist_entries')
        // A sequence: first come, first served, even within one second.
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
        .addColumn('visit_type', 'text', (c) => c.notNull().references('visit_types.id'))
        .addColumn('location_id', 'text', (c) => c.references('locations.id'))
        .addColumn('provider_id', 'text', (c) => c.references('users.id'))
        .addColumn('not_before', 'text', (c) => c.notNull())
        .addColumn('not_after', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('offer_appointment_id', 'text', (c) => c.references('appointments.id'))
        .addColumn('offer_expires_at', 'text')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('waitlist_status_idx')
        .on('waitlist_entries')
        .columns(['status', 'created_at'])
        .execute();
    },
  };
}
