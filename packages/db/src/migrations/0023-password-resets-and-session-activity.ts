import type { Kysely, Migration } from 'kysely';

/**
 * Password reset tokens (only the SHA-256 of a mailed token, with its expiry and when it was used) and what a
 * session's list shows: when it was last used (idle expiry reads it), the user agent and IP it started from.
 * Frozen once landed.
 */
export const passwordResetsAndSessionActivityMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('password_reset_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema
      .createIndex('password_reset_tokens_user')
      .on('password_reset_tokens')
      .column('user_id')
      .execute();
    await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
    await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();
    await db.schema.alterTable('sessions').addColumn('ip', 'text').execute();
  },
};
