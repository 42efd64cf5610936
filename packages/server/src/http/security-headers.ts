import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import type { Config } from '../config';
import { overHttps } from '../auth/session-cookie';

/**
 * The app's own files only: no inline script or style, no `style` attribute in markup (React sets styles through the
 * DOM, which CSP allows), no plugins, no framing. Data and blob URLs for images (the clinic logo, QR codes).
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'style-src-attr': ["'none'"],
  'upgrade-insecure-requests': null,
};

const HSTS = 'max-age=31536000; includeSubDomains';

/** Helmet's headers with our CSP; HSTS only on a response over HTTPS (never on plain http, which would lock it out). */
export async function securityHeaders(
  app: FastifyInstance,
  config: Pick<Config, 'cookieSecure'>,
): Promise<void> {
  await app.register(helmet, {
    hsts: false,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  });
  app.addHook('onSend', async (req, reply) => {
    if (overHttps(req, config)) void reply.header('strict-transport-security', HSTS);
  });
}
