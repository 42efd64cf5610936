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
 * What guards any answer, a page or not: no sniffing, no embedding by another site, no framing, no referrer, and the
 * CSP. Helmet's other headers act only on an HTML page (opener isolation, origin-keyed agent clusters, DNS prefetch,
 * the old IE download and XSS-filter switches, Adobe's cross-domain policies), so data answers go without them: every
 * header is checked, copied and written on every answer, and helmet's eleven cost a hello-world over HTTP about a third
 * of its CPU time (bench/README.md, "FHIR API").
 */
const ANY_ANSWER = [
  'content-security-policy',
  'cross-origin-resource-policy',
  'referrer-policy',
  'x-content-type-options',
  'x-frame-options',
];

/** Where the server answers data (JSON, FHIR, PDFs and files, health, metrics), never the web app's pages. */
const DATA_PATH = /^\/(?:api\/|fhir\/|(?:healthz|readyz|metrics)(?:\?|$))/;

/**
 * Helmet's headers with our CSP, worked out once: `@fastify/helmet` rebuilds its middleware on every request, so the
 * headers are taken from one request to a throwaway instance and set as they are, all of them on the web app's pages
 * and files, those of `ANY_ANSWER` on data. HSTS only on a response over HTTPS (never on plain http, which would lock
 * it out).
 */
export async function securityHeaders(config: Pick<Config, 'cookieSecure'>): Promise<AnswerStep> {
  const page = Object.freeze(await helmetHeaders());
  const data = Object.freeze(
    Object.fromEntries(Object.entries(page).filter(([name]) => ANY_ANSWER.includes(name))),
  );
  return {
    request(req, reply) {
      void reply.headers(DATA_PATH.test(req.url) ? data : page);
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
