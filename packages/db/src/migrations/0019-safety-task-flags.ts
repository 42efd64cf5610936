import type { Kysely, Migration } from 'kysely';

/**
 * A safety task opened by an emergency or urgent red flag names the flag and its action (both null for
 * the PHQ-9 item 9 task). Frozen once landed.
 */
export const safetyTaskFlagsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('safety_tasks').addColumn('flag_id', 'text').execute();
    await db.schema.alterTable('safety_tasks').addColumn('action', 'text').execute();
  },
};
