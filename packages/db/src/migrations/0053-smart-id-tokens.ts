import type { Kysely, Migration } from 'kysely';

/**
 * SMART `openid fhirUser`: the `nonce` an app sent with its authorization request, returned in the id token; and
 * the RSA keys id tokens are signed with (the private key sealed with SECRET_KEY, the public one as a JWK for the
 * JWKS). The first key is made at the first id token and kept. Frozen once landed.
 */
export const smartIdTokensMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('smart_authorizations').addColumn('nonce', 'text').execute();
    await db.schema
      .createTable('smart_signing_keys')
      .addColumn('kid', 'text', (c) => c.primaryKey())
      .addColumn('private_key', 'text', (c) => c.notNull())
      .addColumn('public_jwk_json', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
};
