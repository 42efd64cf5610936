import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import type { Config } from '../config';
import { overHttps } from '../auth/session-cookie';
import type { AnswerStep } from './every-answer';

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

/**
 * Helmet's headers with our CSP, worked out once: `@fastify/helmet` rebuilds its middleware on every request, so the
 * headers are taken from one request to a throwaway instance and set as they are. HSTS only on a response over HTTPS
 * (never on plain http, which would lock it out).
 */
export async function securityHeaders(config: Pick<Config, 'cookieSecure'>): Promise<AnswerStep> {
  const headers = Object.freeze(await helmetHeaders());
  return {
    request(req, reply) {
      void reply.headers(headers);
      if (overHttps(req, config)) void reply.header('strict-transport-security', HSTS);
    },
  };
}

/** The headers `@fastify/helmet` sets with our options (the same on every response). */
async function helmetHeaders(): Promise<Record<string, string>> {
  const probe = Fastify();
  await probe.register(helmet, {
    hsts: false,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  });
  probe.get('/', () => '');
  const res = await probe.inject({ method: 'GET', url: '/' });
  await probe.close();
  const bare = Fastify();
  const plain = await bare.inject({ method: 'GET', url: '/' });
  await bare.close();
  return Object.fromEntries(
    Object.entries(res.headers).filter(([name]) => !(name in plain.headers) && name !== 'content-type'),
  ) as Record<string, string>;
}
