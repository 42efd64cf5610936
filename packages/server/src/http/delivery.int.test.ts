import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../scripts/test-support/databases';
import { DEMO_PASSWORD } from '../seed/demo-clinic';
import { startTestApp, type TestApp } from '../test-support/test-app';

/** A built web app as Vite leaves it: index.html, a hashed bundle and its (unreferenced) source map. */
function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'omt-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><script type="module" src="/assets/app-AbC123.js"></script>',
  );
  writeFileSync(join(dir, 'assets/app-AbC123.js'), 'export const clinic = "OMT";\n'.repeat(400));
  writeFileSync(join(dir, 'assets/app-AbC123.js.map'), '{"version":3,"sources":["../src/secret.tsx"]}');
  return dir;
}

const login = { email: 'alex@demo.clinic', password: DEMO_PASSWORD };

describe.each(TEST_DATABASES)('headers, compression and caching on $name', (kind) => {
  let t: TestApp;
  let proxied: TestApp;
  const webDist = fakeWebDist();
  beforeAll(async () => {
    t = await startTestApp(kind, { webDist });
    proxied = await startTestApp(kind, { webDist, trustProxy: true });
  });
  afterAll(async () => {
    await Promise.all([t.close(), proxied.close()]);
    rmSync(webDist, { recursive: true, force: true });
  });

  it('caches hashed assets for a year, revalidates index.html and page paths, and never serves a source map', async () => {
    const asset = await t.app.inject({ method: 'GET', url: '/assets/app-AbC123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/index.html', '/portal/book']) {
      const page = await t.app.inject({ method: 'GET', url });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['cache-control'], url).toBe('no-cache');
    }
    expect((await t.app.inject({ method: 'GET', url: '/assets/app-AbC123.js.map' })).statusCode).toBe(404);
  });

  it('compresses assets and JSON with brotli or gzip, as the browser accepts', async () => {
    const br = await t.app.inject({
      method: 'GET',
      url: '/assets/app-AbC123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.rawPayload.length).toBeLessThan(1000);
    const gzip = await t.app.inject({
      method: 'GET',
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toContain('accept-encoding');
    const plain = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzip.rawPayload.length * 4).toBeLessThan(plain.rawPayload.length);
  });

  it('compresses the network-wide availability search (brotli at its own quality, or gzip) to the same JSON', async () => {
    const token = await t.login('frontdesk@demo.clinic');
    const from = t.clock.now.toISOString();
    const to = new Date(t.clock.now.getTime() + 28 * 86_400_000).toISOString();
    const search = (encoding?: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/availability?visitType=omt-follow-up&from=${from}&to=${to}`,
        headers: { authorization: `Bearer ${token}`, ...(encoding ? { 'accept-encoding': encoding } : {}) },
      });
    const plain = await search();
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(expandSlots(plain.json()).length).toBeGreaterThan(10);
    const br = await search('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.rawPayload.length * 4).toBeLessThan(plain.rawPayload.length);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gzip = await search('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);
  });

  it('sends a Content-Security-Policy without unsafe-inline', async () => {
    const csp = String((await t.app.inject({ method: 'GET', url: '/' })).headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('keeps plain http working: no HSTS, the plain session cookie, and a forwarded proto is ignored without TRUST_PROXY', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: login,
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const cookie = res.cookies.find((c) => c.name === 'omt_session');
    expect(cookie?.secure).toBeFalsy();
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      cookies: { omt_session: cookie?.value ?? '' },
    });
    expect(me.statusCode).toBe(200);
  });

  it('behind a TLS proxy (TRUST_PROXY): HSTS and a __Host- session cookie that alone opens the session', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    const res = await proxied.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: login,
      headers: https,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const cookie = res.cookies.find((c) => c.name === '__Host-omt_session');
    expect(cookie).toMatchObject({ secure: true, path: '/', httpOnly: true, sameSite: 'Strict' });
    expect(cookie?.domain).toBeUndefined();
    const token = cookie?.value ?? '';
    const me = await proxied.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: https,
      cookies: { '__Host-omt_session': token },
    });
    expect(me.statusCode).toBe(200);
    // Over HTTPS the unprefixed name (which a sibling host could plant) is not read.
    const planted = await proxied.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: https,
      cookies: { omt_session: token },
    });
    expect(planted.statusCode).toBe(401);
    const overHttp = await proxied.app.inject({ method: 'GET', url: '/healthz' });
    expect(overHttp.headers['strict-transport-security']).toBeUndefined();
  });
});
