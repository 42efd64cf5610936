import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';

describe.each(TEST_DATABASES)('auth and system routes on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('GET /healthz names the database', async () => {
    const r = await t.call(null, 'GET', '/healthz');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: 'ok', database: kind.name });
  });

  it('logs in with a bearer token and an HttpOnly SameSite cookie', async () => {
    const r = await t.call(null, 'POST', '/api/auth/login', {
      email: 'Dr.Still@demo.clinic',
      password: 'omt-demo-2026',
    });
    expect(r.status).toBe(200);
    expect(r.body.user).toMatchObject({ email: 'dr.still@demo.clinic', role: 'physician', credential: 'DO' });
    const cookie = String(r.res.headers['set-cookie']);
    expect(cookie).toMatch(/omt_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const me = await t.call(r.body.token, 'GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.body.user.displayName).toBe('Dr. Andrea Still');
  });

  it('gives unknown email and wrong password the same 401', async () => {
    const wrong = await t.call(null, 'POST', '/api/auth/login', {
      email: 'alex@demo.clinic',
      password: 'nope-nope',
    });
    const unknown = await t.call(null, 'POST', '/api/auth/login', {
      email: 'nobody@demo.clinic',
      password: 'nope-nope',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('rejects a malformed login with the field named', async () => {
    const r = await t.call(null, 'POST', '/api/auth/login', { email: 'not-an-email', password: 'x' });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'validation_failed', field: 'email' });
  });

  it('lists a parent with their dependant, not themselves', async () => {
    const me = await t.call(await t.login('sam.parent@demo.clinic'), 'GET', '/api/me');
    expect(me.body.user.patients).toHaveLength(1);
    expect(me.body.user.patients[0]).toMatchObject({
      name: 'Noah Parent',
      relationship: 'guardian',
      ageLabel: '10 wk',
    });
  });

  it('refuses API routes without a token, and a logged-out token', async () => {
    expect((await t.call(null, 'GET', '/api/me')).status).toBe(401);
    const login = await t.call(null, 'POST', '/api/auth/login', {
      email: 'alex@demo.clinic',
      password: 'omt-demo-2026',
    });
    expect((await t.call(login.body.token, 'POST', '/api/auth/logout', {})).status).toBe(200);
    expect((await t.call(login.body.token, 'GET', '/api/me')).status).toBe(401);
  });

  it('refuses a cookie-authenticated change that is not JSON (CSRF)', async () => {
    const login = await t.call(null, 'POST', '/api/auth/login', {
      email: 'alex@demo.clinic',
      password: 'omt-demo-2026',
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { omt_session: login.body.token },
      headers: { 'content-type': 'text/plain' },
      payload: 'x',
    });
    expect(res.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { omt_session: login.body.token },
      payload: {},
    });
    expect(ok.statusCode).toBe(200);
  });

  it('serves OpenAPI 3.1 generated from the contracts', async () => {
    const r = await t.call(null, 'GET', '/api/openapi.json');
    expect(r.body.openapi).toBe('3.1.0');
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining(['/api/appointments', '/api/encounters/{id}/sign']),
    );
    expect(
      r.body.paths['/api/appointments'].post.requestBody.content['application/json'].schema.required,
    ).toContain('patientId');
  });

  it('answers an unknown API path with a JSON 404 and bad JSON with a 400', async () => {
    expect((await t.call(null, 'GET', '/api/nope')).body.code).toBe('not_found');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{bad',
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe.each(TEST_DATABASES)('login rate limit on $name', (kind) => {
  it('answers 429 after the configured number of attempts per minute', async () => {
    const t = await startTestApp(kind, { loginRateLimit: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (
            await t.call(null, 'POST', '/api/auth/login', {
              email: 'alex@demo.clinic',
              password: 'wrong-one',
            })
          ).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await t.close();
    }
  });
});
