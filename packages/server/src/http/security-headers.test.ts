import Fastify from 'fastify';
import helmet from '@fastify/helmet';
import { describe, expect, it } from 'vitest';
import { everyAnswer } from './every-answer';
import { CONTENT_SECURITY_POLICY, securityHeaders } from './security-headers';

const PAGE_PATHS = ['/', '/portal/book', '/assets/app-AbC123.js', '/oauth/authorize'];
const DATA_PATHS = ['/api/me', '/fhir/R4/Patient/p1', '/healthz', '/readyz?x=1', '/metrics'];
/** Headers of the answer itself, not security headers. */
const OWN = ['content-type', 'content-length', 'date', 'connection'];

/** An app answering every path with `{}`: with the precomputed headers, or with `@fastify/helmet` itself. */
async function appWith(headers: 'precomputed' | 'helmet', cookieSecure = false) {
  const app = Fastify();
  if (headers === 'helmet') {
    await app.register(helmet, {
      hsts: cookieSecure ? { maxAge: 31536000, includeSubDomains: true } : false,
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    });
  } else {
    everyAnswer(app, [await securityHeaders({ cookieSecure })]);
  }
  app.get('/*', () => ({}));
  return app;
}

async function headersOf(app: Awaited<ReturnType<typeof appWith>>, url: string) {
  const res = await app.inject({ method: 'GET', url });
  return Object.fromEntries(Object.entries(res.headers).filter(([name]) => !OWN.includes(name)));
}

describe('security headers', () => {
  it('on a page or a file of the web app are what @fastify/helmet sends, with our CSP', async () => {
    const [ours, helmets] = await Promise.all([appWith('precomputed'), appWith('helmet')]);
    for (const url of PAGE_PATHS) {
      const headers = await headersOf(ours, url);
      expect(headers, url).toEqual(await headersOf(helmets, url));
      expect(Object.keys(headers).length, url).toBeGreaterThanOrEqual(11);
      expect(String(headers['content-security-policy'])).toContain("script-src 'self'");
      expect(String(headers['content-security-policy'])).not.toContain('unsafe-inline');
    }
  });

  it('on data are the ones that guard any answer, as helmet sends them, without those only a page uses', async () => {
    const [ours, helmets] = await Promise.all([appWith('precomputed'), appWith('helmet')]);
    const helmetHeaders = await headersOf(helmets, '/api/me');
    for (const url of DATA_PATHS) {
      const headers = await headersOf(ours, url);
      expect(headers, url).toMatchObject({
        'content-security-policy': helmetHeaders['content-security-policy'],
        'cross-origin-resource-policy': 'same-origin',
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
      });
      expect(Object.keys(headers).sort(), url).toEqual([
        'content-security-policy',
        'cross-origin-resource-policy',
        'referrer-policy',
        'x-content-type-options',
        'x-frame-options',
      ]);
      expect(String(headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    }
  });

  it('add HSTS, as helmet would, only when the answer goes over HTTPS', async () => {
    const [ours, helmets] = await Promise.all([appWith('precomputed', true), appWith('helmet', true)]);
    for (const url of ['/', '/api/me']) {
      const hsts = (await headersOf(ours, url))['strict-transport-security'];
      expect(hsts, url).toBe('max-age=31536000; includeSubDomains');
      expect(hsts).toBe((await headersOf(helmets, url))['strict-transport-security']);
    }
    expect((await headersOf(await appWith('precomputed'), '/'))['strict-transport-security']).toBeUndefined();
  });
});
