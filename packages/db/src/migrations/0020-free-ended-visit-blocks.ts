import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Frees the blocks that cancelled and no-show visits still held: a move racing a cancellation could leave a
 * cancelled visit holding its new time, and a no-show kept its time until now. From here on the transaction that
 * ends a visit frees its blocks. Frozen once landed.
 */
export const freeEndedVisitBlocksMigration: Migration = {
  async up(db: Kysely<unknown>) {
    for (const table of ['provider_blocks', 'patient_blocks', 'room_blocks']) {
      await sql`delete from ${sql.table(table)} where appointment_id in
        (select id from appointments where status in ('cancelled', 'no_show'))`.execute(db);
    }
  },
};
