import { sql, type Kysely, type Migration } from 'kysely';

/**
 * SMART App Launch (standalone, patient access): third-party apps an admin registers (public clients with PKCE), the
 * authorization requests a patient answers on the consent page (a request becomes a one-time code when allowed), the
 * grants a patient can revoke, and the grants' access tokens (SHA-256 stored, like sessions). Frozen once landed.
 */
export const smartAppsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('smart_apps')
      .addColumn('client_id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('redirect_uris_json', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('retired_at', 'text')
      .execute();
    await db.schema
      .createTable('smart_grants')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('client_id', 'text', (c) => c.notNull().references('smart_apps.client_id'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('patient_id', 'text', (c) => c.notNull().references('patients.id'))
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('smart_grants_user_idx').on('smart_grants').column('user_id').execute();
    await db.schema
      .createTable('smart_authorizations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('client_id', 'text', (c) => c.notNull().references('smart_apps.client_id'))
      .addColumn('redirect_uri', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('state', 'text')
      .addColumn('code_challenge', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('code_hash', 'text', (c) => c.unique())
      .addColumn('code_expires_at', 'text')
      .addColumn('code_used_at', 'text')
      .addColumn('grant_id', 'text', (c) => c.references('smart_grants.id'))
      .execute();
    await db.schema
      .createTable('smart_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('grant_id', 'text', (c) => c.notNull().references('smart_grants.id'))
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('access', 'refresh')`))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('smart_tokens_grant_idx').on('smart_tokens').column('grant_id').execute();
  },
};
