/** The rules of the clinic's profile that need no I/O: its tax id (EIN) and its logo's image type. */

/** An EIN as the IRS writes it, NN-NNNNNNN; nine digits typed without the dash are accepted and given it. */
export function normaliseEin(value: string): string | null {
  const v = value.trim();
  if (/^\d{2}-\d{7}$/.test(v)) return v;
  if (/^\d{9}$/.test(v)) return `${v.slice(0, 2)}-${v.slice(2)}`;
  return null;
}

export type LogoType = 'image/png' | 'image/jpeg';

/** The largest logo the clinic keeps, in bytes (200 KB). */
export const MAX_LOGO_BYTES = 200 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** The image type its first bytes say (PNG signature, JPEG SOI marker), whatever the file claims; null otherwise. */
export function logoTypeOf(bytes: Uint8Array): LogoType | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'image/jpeg';
  return null;
}
