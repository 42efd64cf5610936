/**
 * The RSA key id tokens are signed with (RS256): made once, at the first need, and kept in the database with its
 * private half sealed with SECRET_KEY, so every instance and every restart signs with the same key and the JWKS
 * (`/oauth/jwks`) keeps verifying the tokens already given. node:crypto only.
 */
import { createHash, createPrivateKey, generateKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import {
  findSmartSigningKey,
  insertSmartSigningKey,
  listSmartSigningKeys,
  replaceSmartSigningKeySeal,
  type Database,
} from '@omt/db';
import type { AppDeps } from '../../context';
import { toInstant } from '../../clock';
import { openSecret, resealSecret, sealSecret } from '../../auth/secret-box';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
}

interface RsaJwk {
  kty: string;
  n: string;
  e: string;
}

const makeKeyPair = promisify(generateKeyPair);
/** A sealed key is bound to its kid: copied to another row it does not open. */
const sealContext = (kid: string) => `smart-signing-key:${kid}`;

/** RFC 7638: the SHA-256 of the key's required members in lexicographic order, base64url. */
export const jwkThumbprint = (jwk: RsaJwk) =>
  createHash('sha256')
    .update(JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n }))
    .digest('base64url');

function secretKeyOf(deps: AppDeps): Buffer {
  const key = deps.config.secretKey;
  if (!key) throw new Error('SECRET_KEY is not set: id tokens cannot be signed');
  return key;
}

async function storeNewKey(deps: AppDeps): Promise<void> {
  const { publicKey, privateKey } = await makeKeyPair('rsa', { modulusLength: 2048 });
  const full = publicKey.export({ format: 'jwk' }) as RsaJwk;
  const jwk: RsaJwk = { kty: full.kty, n: full.n, e: full.e };
  const kid = jwkThumbprint(jwk);
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  await insertSmartSigningKey(deps.db, {
    kid,
    private_key: sealSecret(secretKeyOf(deps), pem, sealContext(kid)),
    public_jwk_json: JSON.stringify(jwk),
    created_at: toInstant(deps.clock()),
  });
}

async function loadKey(deps: AppDeps): Promise<SigningKey> {
  let row = await findSmartSigningKey(deps.db);
  if (!row) {
    await storeNewKey(deps);
    // Another instance may have stored one at the same time: all sign with the oldest.
    row = await findSmartSigningKey(deps.db);
    if (!row) throw new Error('the signing key was not stored');
  }
  const pem = openSecret(secretKeyOf(deps), row.private_key, sealContext(row.kid));
  return { kid: row.kid, privateKey: createPrivateKey(pem) };
}

/** The key of each database, read (or made) once per process. */
const loaded = new WeakMap<Database, Promise<SigningKey>>();

export function signingKey(deps: AppDeps): Promise<SigningKey> {
  let key = loaded.get(deps.db);
  if (!key) {
    key = loadKey(deps);
    loaded.set(deps.db, key);
    // A failure is not kept: the next token tries again.
    key.catch(() => loaded.delete(deps.db));
  }
  return key;
}

/** The JSON Web Key Set of every key kept (RFC 7517), made on the first ask if none is. */
export async function jwks(deps: AppDeps) {
  await signingKey(deps);
  const rows = await listSmartSigningKeys(deps.db);
  return {
    keys: rows.map((r) => ({
      ...(JSON.parse(r.public_jwk_json) as RsaJwk),
      kid: r.kid,
      use: 'sig',
      alg: 'RS256',
    })),
  };
}

/** Seals every signing key's private half again with another key (`rotateSecretKey`); returns how many. */
export async function resealSigningKeys(db: Database, from: Buffer, to: Buffer): Promise<number> {
  const rows = await listSmartSigningKeys(db);
  for (const row of rows) {
    const what = `the id token signing key ${row.kid}`;
    await replaceSmartSigningKeySeal(
      db,
      row.kid,
      resealSecret(from, to, row.private_key, sealContext(row.kid), what),
    );
  }
  return rows.length;
}
