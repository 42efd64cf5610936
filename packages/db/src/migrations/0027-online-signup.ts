import type { Kysely, Migration } from 'kysely';

/**
 * Online sign-up: whether a login's email is confirmed (every existing login, and every one made later by staff,
 * the CLI or the demo, counts as confirmed: the column defaults to 1; only a sign-up writes 0), the mailed
 * confirmation tokens (only the SHA-256 of the token, with its expiry and when it was used), and a patient record's
 * possible-duplicate marker for the desk (JSON: the matching records' ids and when it was flagged; null: none).
 * Frozen once landed.
 */
export const onlineSignupMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('users')
      .addColumn('email_verified', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .createTable('email_verification_tokens')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema
      .createIndex('email_verification_tokens_user')
      .on('email_verification_tokens')
      .column('user_id')
      .execute();
    await db.schema.alterTable('patients').addColumn('duplicate_review_json', 'text').execute();
  },
};
