import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The stored form: `gcm1:` + base64url(12-byte IV ‖ ciphertext ‖ 16-byte tag). Base32 secrets never start so. */
const PREFIX = 'gcm1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The key does not open a sealed value (another key, another context, or the value was altered). */
export class SecretKeyMismatch extends Error {}

/** Whether a stored value is sealed (else it is an older plain value). */
export function isSealed(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

/**
 * AES-256-GCM with a fresh random IV. `context` (e.g. the owner's id) is authenticated with the value, so a sealed
 * value copied to another row does not open there.
 */
export function sealSecret(key: Buffer, plain: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

/** The plain value of a sealed one; throws SecretKeyMismatch when the key or context is not the one it was sealed with. */
export function openSecret(key: Buffer, stored: string, context: string): string {
  if (!isSealed(stored)) throw new SecretKeyMismatch('the value is not sealed');
  const raw = Buffer.from(stored.slice(PREFIX.length), 'base64url');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new SecretKeyMismatch('the sealed value is cut short');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
  try {
    return Buffer.concat([
      decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new SecretKeyMismatch('the key does not open this value');
  }
}

/**
 * A sealed value opened with one key and sealed again with another, in the same context (a key's rotation); throws
 * SecretKeyMismatch naming `what` when the first key does not open it.
 */
export function resealSecret(
  from: Buffer,
  to: Buffer,
  stored: string,
  context: string,
  what: string,
): string {
  let plain: string;
  try {
    plain = openSecret(from, stored, context);
  } catch (error) {
    if (error instanceof SecretKeyMismatch) throw new SecretKeyMismatch(`the key does not open ${what}`);
    throw error;
  }
  return sealSecret(to, plain, context);
}
