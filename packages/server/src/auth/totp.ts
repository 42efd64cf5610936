import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/** RFC 6238 with the authenticator apps' defaults: SHA-1, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes of the step before and after now are accepted too (clock drift, typing time). */
const WINDOW = 1;
const ISSUER = 'OMT Clinic';

export interface TotpOptions {
  digits?: number;
  algorithm?: 'SHA1' | 'SHA256' | 'SHA512';
}

function totp(secretBase32: string, options: TotpOptions = {}, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: options.algorithm ?? 'SHA1',
    digits: options.digits ?? TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A fresh 160-bit secret, base32 (RFC 4226 recommends 160 bits). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The base32 of a secret given as text (the RFC test vectors' form). */
export function base32OfText(text: string): string {
  return Secret.fromLatin1(text).base32;
}

/** The 30-second step a time falls in. */
export function totpStep(timeMs: number): number {
  return Math.floor(timeMs / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code of a secret at a time. */
export function totpCode(secretBase32: string, timeMs: number, options: TotpOptions = {}): string {
  return totp(secretBase32, options).generate({ timestamp: timeMs });
}

/**
 * The step a typed code belongs to, if it is the code of the step at `timeMs` or of one step either side;
 * null when it is not. The caller refuses a step already used.
 */
export function matchTotpStep(
  secretBase32: string,
  code: string,
  timeMs: number,
  options: TotpOptions = {},
): number | null {
  const typed = code.replace(/\s+/g, '');
  if (!/^\d+$/.test(typed)) return null;
  const delta = totp(secretBase32, options).validate({ token: typed, timestamp: timeMs, window: WINDOW });
  return delta === null ? null : totpStep(timeMs) + delta;
}

/** The otpauth:// URI an authenticator app reads, labelled with the account's email. */
export function totpUri(secretBase32: string, email: string): string {
  return totp(secretBase32, {}, email).toString();
}

/** The URI as a QR code, an SVG data URL. */
export async function totpQrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export const RECOVERY_CODE_COUNT = 10;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Ten recovery codes of 80 random bits each, shown as XXXX-XXXX-XXXX-XXXX (Crockford base32). */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10);
    let bits = 0n;
    for (const b of bytes) bits = (bits << 8n) | BigInt(b);
    let text = '';
    for (let i = 0; i < 16; i++) {
      text = CROCKFORD[Number(bits & 31n)]! + text;
      bits >>= 5n;
    }
    return text.match(/.{4}/g)!.join('-');
  });
}

/** The stored form of a recovery code: SHA-256 of it upper-cased, without dashes or spaces (O→0, I/L→1). */
export function recoveryCodeHash(code: string): string {
  const normal = code
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return createHash('sha256').update(normal).digest('hex');
}
