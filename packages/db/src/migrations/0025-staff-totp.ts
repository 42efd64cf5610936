import type { Kysely, Migration } from 'kysely';

/**
 * Two-factor (TOTP) for staff: one credential per user (a pending secret until the first right code, then the
 * active secret and the last time step used, so a code is not accepted twice), the SHA-256 of each recovery code
 * with when it was used, and the short-lived challenges between a right password and a right code (only the
 * SHA-256 of the challenge token is stored). Frozen once landed.
 */
export const staffTotpMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('totp_credentials')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
      .addColumn('secret', 'text')
      .addColumn('pending_secret', 'text')
      .addColumn('enabled_at', 'text')
      .addColumn('last_used_step', 'integer')
      .execute();
    await db.schema
      .createTable('totp_recovery_codes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('used_at', 'text')
      .execute();
    await db.schema.createIndex('totp_recovery_codes_user').on('totp_recovery_codes').column('user_id').execute();
    await db.schema
      .createTable('mfa_challenges')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
  },
};
