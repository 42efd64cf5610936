import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isSealed, openSecret, sealSecret, SecretKeyMismatch } from './secret-box';

const key = randomBytes(32);
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('sealSecret / openSecret (AES-256-GCM)', () => {
  it('seals to a value that does not contain the secret, differs each time, and opens back', () => {
    const a = sealSecret(key, SECRET, 'totp:u1');
    const b = sealSecret(key, SECRET, 'totp:u1');
    expect(isSealed(a)).toBe(true);
    expect(isSealed(SECRET)).toBe(false);
    expect(a).not.toContain(SECRET);
    expect(a).not.toBe(b);
    expect(openSecret(key, a, 'totp:u1')).toBe(SECRET);
    expect(openSecret(key, b, 'totp:u1')).toBe(SECRET);
  });

  it('refuses another key, another owner and an altered value', () => {
    const sealed = sealSecret(key, SECRET, 'totp:u1');
    expect(() => openSecret(randomBytes(32), sealed, 'totp:u1')).toThrow(SecretKeyMismatch);
    expect(() => openSecret(key, sealed, 'totp:u2')).toThrow(SecretKeyMismatch);
    const last = sealed.at(-2) === 'A' ? 'B' : 'A';
    expect(() => openSecret(key, `${sealed.slice(0, -2)}${last}${sealed.at(-1)}`, 'totp:u1')).toThrow(
      SecretKeyMismatch,
    );
    expect(() => openSecret(key, 'gcm1:AAAA', 'totp:u1')).toThrow(SecretKeyMismatch);
    expect(() => openSecret(key, SECRET, 'totp:u1')).toThrow(SecretKeyMismatch);
  });
});
