import { logoTypeOf, MAX_LOGO_BYTES, type LogoType } from '@omt/domain';
import { fail } from '../../errors';

/** A logo as the database keeps it: its type (from its own bytes) and the bytes in base64. */
export interface StoredLogo {
  type: LogoType;
  base64: string;
}

/** Checks an uploaded logo (a data URL): PNG or JPEG by its magic bytes, whatever it claims, and at most 200 KB. */
export function parseLogo(dataUrl: string): StoredLogo {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw fail.invalid('logoDataUrl', 'the image is empty');
  if (bytes.length > MAX_LOGO_BYTES) {
    throw fail.invalid(
      'logoDataUrl',
      `must be at most 200 KB (this one is ${Math.ceil(bytes.length / 1024)} KB)`,
    );
  }
  const type = logoTypeOf(bytes);
  if (!type) throw fail.invalid('logoDataUrl', 'must be a PNG or JPEG image (its content is neither)');
  return { type, base64: bytes.toString('base64') };
}

export function logoDataUrl(type: string | null, base64: string | null): string | null {
  return type && base64 ? `data:${type};base64,${base64}` : null;
}
