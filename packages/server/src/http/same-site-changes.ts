/**
 * CSRF for changes a browser's session cookie authenticates (a Bearer token is never sent by a browser on its own).
 * The body must be JSON, `application/json` or FHIR's `application/fhir+json`: no cross-site form can send either
 * without a CORS preflight, which neither `/api` (same-origin only) nor `/fhir/R4` (`*` without credentials) lets
 * through with the cookie. And a browser that says where the request comes from must say it is this site: its
 * `Sec-Fetch-Site` same-origin, or, where it sends none, its `Origin` the clinic's own.
 */
import type { FastifyRequest } from 'fastify';
import { fail } from '../errors';

export const UNSAFE = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);
const JSON_BODY = /^application\/(fhir\+)?json/;

/** The origins a same-site request may come from: the clinic's public address, and the one the request was sent to. */
function ownOrigins(req: FastifyRequest, publicUrl: string): string[] {
  return [new URL(publicUrl).origin, `${req.protocol}://${req.host}`];
}

export function requireSameSiteChange(req: FastifyRequest, publicUrl: string): void {
  if (!UNSAFE.has(req.method)) return;
  if (!JSON_BODY.test(String(req.headers['content-type'] ?? '').toLowerCase())) {
    throw fail.forbidden('send changes as application/json (or application/fhir+json to the FHIR API)');
  }
  const site = req.headers['sec-fetch-site'];
  const origin = req.headers.origin;
  const sameSite =
    site !== undefined
      ? site === 'same-origin' || site === 'none'
      : origin === undefined || ownOrigins(req, publicUrl).includes(origin);
  if (!sameSite) throw fail.forbidden('a change sent from another site with the session cookie is refused');
}
