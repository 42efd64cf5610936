import type { Kysely, Migration } from 'kysely';

/**
 * Acknowledging a safety task or a check-in alert records what was done: `outcome` (called_patient,
 * advised_emergency_care, booked_visit, other) and `outcome_note` (required for other). Both stay null on rows
 * acknowledged before. Who a task or alert is assigned to is not stored: it is the visit's physician (and a
 * resident's supervisor), read through the appointment. Indexes serve the co-sign queue and "my unsigned notes".
 * Frozen once landed.
 */
export const alertAssignmentMigration: Migration = {
  async up(db: Kysely<unknown>) {
    for (const table of ['safety_tasks', 'check_ins']) {
      await db.schema.alterTable(table).addColumn('outcome', 'text').execute();
      await db.schema.alterTable(table).addColumn('outcome_note', 'text').execute();
    }
    await db.schema
      .createIndex('encounters_author_status')
      .on('encounters')
      .columns(['author_id', 'status'])
      .execute();
  },
};
