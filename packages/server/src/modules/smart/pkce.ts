import { createHash } from 'node:crypto';

/** RFC 7636: a verifier is 43 to 128 unreserved characters; a challenge (S256) is 43 base64url characters. */
export const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
export const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** The S256 challenge of a verifier: BASE64URL(SHA-256(verifier)), without padding. */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}
