import type { Kysely, Migration } from 'kysely';

/** When each visit's reminder went out; each provider's calendar-feed secret (hashed). Frozen once landed. */
export const remindersAndFeedsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('appointments').addColumn('reminder_sent_at', 'text').execute();
    await db.schema.alterTable('users').addColumn('calendar_token_hash', 'text').execute();
    await db.schema
      .createIndex('users_calendar_token_idx')
      .on('users')
      .column('calendar_token_hash')
      .execute();
  },
};
