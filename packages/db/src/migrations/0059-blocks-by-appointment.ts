import type { Kysely, Migration } from 'kysely';

/**
 * The blocks of one visit, found by the visit: cancelling, marking a no-show or moving a visit frees its blocks by
 * `appointment_id`, which no index held, so each read every block of the clinic (a cancellation took about 75 ms on
 * the benchmark network of 200,000 visits, and grew with every visit booked). Frozen once landed.
 */
export const blocksByAppointmentMigration: Migration = {
  async up(db: Kysely<unknown>) {
    for (const table of ['provider_blocks', 'patient_blocks', 'room_blocks']) {
      await db.schema.createIndex(`${table}_appointment_idx`).on(table).column('appointment_id').execute();
    }
  },
};
