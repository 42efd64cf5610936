import { listTotpSecrets, replaceTotpSecrets, type Database } from '@omt/db';
import type { AppDeps } from '../context';
import { isSealed, openSecret, resealSecret, sealSecret, SecretKeyMismatch } from './secret-box';

/** A secret is bound to its owner: a sealed value copied to another account does not open there. */
const context = (userId: string) => `totp:${userId}`;

function keyOf(deps: AppDeps): Buffer {
  const key = deps.config.secretKey;
  if (!key) throw new Error('SECRET_KEY is not set: two-factor secrets cannot be sealed or opened');
  return key;
}

/** The stored form of a user's TOTP secret (base32 in, sealed out). */
export function sealTotpSecret(deps: AppDeps, userId: string, base32: string): string {
  return sealSecret(keyOf(deps), base32, context(userId));
}

/** The base32 secret of a stored value. */
export function openTotpSecret(deps: AppDeps, userId: string, stored: string): string {
  return openSecret(keyOf(deps), stored, context(userId));
}

/**
 * Run at every start, before any request: every sealed secret must open with the key (else the start stops, naming
 * SECRET_KEY, rather than refusing everyone's codes later), and any secret still in the clear (stored before
 * secrets were sealed) is sealed, once: each row only while it still holds the plain value. Returns how many rows it
 * sealed.
 */
export async function prepareTotpSecrets(deps: AppDeps): Promise<number> {
  const rows = await listTotpSecrets(deps.db);
  if (rows.length === 0) return 0;
  if (!deps.config.secretKey) {
    throw new Error(
      'SECRET_KEY is not set, but two-factor secrets are stored: start with the key that sealed them',
    );
  }
  const stored = (row: (typeof rows)[number]) => [row.secret, row.pending_secret].filter((v) => v !== null);
  const unopened = rows.filter((row) =>
    stored(row).some((value) => {
      if (!isSealed(value)) return false;
      try {
        openTotpSecret(deps, row.user_id, value);
        return false;
      } catch (error) {
        if (error instanceof SecretKeyMismatch) return true;
        throw error;
      }
    }),
  );
  if (unopened.length > 0) {
    throw new Error(
      `SECRET_KEY does not open the two-factor secrets of ${unopened.length} of ${rows.length} accounts: ` +
        'start with the key that sealed them (with another key nobody could log in with a code)',
    );
  }
  let sealed = 0;
  for (const row of rows) {
    if (!stored(row).some((value) => !isSealed(value))) continue;
    const seal = (value: string | null) =>
      value === null || isSealed(value) ? value : sealTotpSecret(deps, row.user_id, value);
    if (
      await replaceTotpSecrets(deps.db, row, {
        secret: seal(row.secret),
        pending_secret: seal(row.pending_secret),
      })
    ) {
      sealed++;
    }
  }
  return sealed;
}

/**
 * Seals every sealed secret again with another key (`rotateSecretKey`); one still in the clear is left for the next
 * start to seal. Returns how many accounts' secrets it sealed again.
 */
export async function resealTotpSecrets(db: Database, from: Buffer, to: Buffer): Promise<number> {
  let count = 0;
  for (const row of await listTotpSecrets(db)) {
    const reseal = (value: string | null) =>
      value === null || !isSealed(value)
        ? value
        : resealSecret(from, to, value, context(row.user_id), `the two-factor secret of user ${row.user_id}`);
    const resealed = { secret: reseal(row.secret), pending_secret: reseal(row.pending_secret) };
    if (resealed.secret === row.secret && resealed.pending_secret === row.pending_secret) continue;
    if (!(await replaceTotpSecrets(db, row, resealed))) {
      throw new Error(
        `the two-factor secrets of user ${row.user_id} changed meanwhile: stop the clinic first`,
      );
    }
    count++;
  }
  return count;
}
