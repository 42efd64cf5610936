import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_KEY_BYTES = 32;
/** Where development and test starts keep a generated key, beside the SQLite file. */
export const DEV_KEY_FILE = 'secret.key';

/** 32 bytes written as 64 hex digits or in base64 (standard or URL-safe); null for anything else. */
export function parseSecretKey(text: string): Buffer | null {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t)
    ? Buffer.from(t, 'hex')
    : /^[A-Za-z0-9+/_-]+={0,2}$/.test(t)
      ? Buffer.from(t, 'base64')
      : null;
  return key?.length === SECRET_KEY_BYTES ? key : null;
}

/** Reads the data directory's key, or makes one (mode 0600) on the first start. */
function devKey(dataDir: string): Buffer {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, DEV_KEY_FILE);
  try {
    writeFileSync(path, `${randomBytes(SECRET_KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if ((statSync(path).mode & 0o077) !== 0) {
    throw new Error(`${path} must be readable by its owner only: chmod 600 ${path}`);
  }
  const key = parseSecretKey(readFileSync(path, 'utf8'));
  if (!key) throw new Error(`${path} does not hold a key of 32 bytes (64 hex digits)`);
  return key;
}

/**
 * The key that seals two-factor secrets: SECRET_KEY when set. In production it is required at start, whether or not
 * anyone uses two-factor yet, so a clinic learns of a missing key on the first start rather than at its first
 * enrolment, and the key is never kept in the data directory (whose backups would carry it beside the secrets).
 * In development and test, a key generated once in the data directory, so a restart still opens the secrets.
 */
export function resolveSecretKey(config: {
  production: boolean;
  dataDir: string;
  secretKey: Buffer | null;
}): Buffer {
  if (config.secretKey) return config.secretKey;
  if (config.production) {
    throw new Error(
      'SECRET_KEY is required in production: 32 random bytes as 64 hex digits or base64 (e.g. `openssl rand -hex 32`); ' +
        'it seals the two-factor secrets, so keep it outside the data directory and its backups',
    );
  }
  return devKey(config.dataDir);
}
