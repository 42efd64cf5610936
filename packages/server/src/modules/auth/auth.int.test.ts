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

describe.each(TEST_DATABASES)('login limits per account and per IP on $name', (kind) => {
  const attempt = (t: TestApp, email: string, password = 'wrong-one', ip = '192.0.2.10') =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });
  const statuses = async (n: number, next: () => ReturnType<typeof attempt>) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await next()).statusCode);
    return out;
  };

  it('ten failures for one email leave another account alone from the same IP; the eleventh is refused', async () => {
    const t = await startTestApp(kind, { loginRateLimit: 10, loginIpRateLimit: 50 });
    try {
      expect(await statuses(10, () => attempt(t, 'nobody@demo.clinic'))).toEqual(Array(10).fill(401));
      const physician = await attempt(t, 'dr.still@demo.clinic', 'omt-demo-2026');
      expect(physician.statusCode).toBe(200);
      const eleventh = await attempt(t, 'NoBody@demo.clinic');
      expect(eleventh.statusCode).toBe(429);
      expect(eleventh.json()).toMatchObject({ code: 'rate_limited', field: 'email' });
      expect(Number(eleventh.headers['retry-after'])).toBeGreaterThan(0);
      // The counts are in the database, under SHA-256 keys: neither the email nor the IP is stored.
      const counted = await t.handle.db.selectFrom('login_failures').selectAll().execute();
      expect(counted.map((r) => r.failures).sort((a, b) => a - b)).toEqual([0, 10, 10]);
      expect(counted.every((r) => /^[0-9a-f]{64}$/.test(r.key))).toBe(true);
      expect(JSON.stringify(counted)).not.toMatch(/nobody|192\.0\.2/i);
      // The account itself is locked for the window, whoever asks and whatever the password.
      expect((await attempt(t, 'alex@demo.clinic', 'nope', '192.0.2.20')).statusCode).toBe(401);
      t.clock.now = new Date(t.clock.now.getTime() + 61_000);
      expect((await attempt(t, 'nobody@demo.clinic')).statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });

  it('refuses a locked account even with the right password, from any IP', async () => {
    const t = await startTestApp(kind, { loginRateLimit: 3, loginIpRateLimit: 50 });
    try {
      expect(await statuses(3, () => attempt(t, 'alex@demo.clinic'))).toEqual([401, 401, 401]);
      expect((await attempt(t, 'alex@demo.clinic', 'omt-demo-2026', '198.51.100.7')).statusCode).toBe(429);
    } finally {
      await t.close();
    }
  });

  it('counts concurrent failures exactly: 20 at once for one email give 10 × 401 and 10 × 429', async () => {
    const t = await startTestApp(kind, { loginRateLimit: 10, loginIpRateLimit: 50 });
    try {
      const all = await Promise.all(Array.from({ length: 20 }, () => attempt(t, 'nobody@demo.clinic')));
      const codes = all.map((r) => r.statusCode).sort();
      expect(codes).toEqual([...Array(10).fill(401), ...Array(10).fill(429)]);
    } finally {
      await t.close();
    }
  });

  it('still limits failures per IP across emails; successful logins do not count', async () => {
    const t = await startTestApp(kind, { loginRateLimit: 3, loginIpRateLimit: 5 });
    try {
      expect(await statuses(6, () => attempt(t, 'alex@demo.clinic', 'omt-demo-2026'))).toEqual(
        Array(6).fill(200),
      );
      const emails = ['a@x.test', 'a@x.test', 'b@x.test', 'b@x.test', 'c@x.test'];
      const failures: number[] = [];
      for (const email of emails) failures.push((await attempt(t, email)).statusCode);
      expect(failures).toEqual([401, 401, 401, 401, 401]);
      const blocked = await attempt(t, 'alex@demo.clinic', 'omt-demo-2026');
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().field).toBeUndefined();
      expect((await attempt(t, 'alex@demo.clinic', 'omt-demo-2026', '192.0.2.99')).statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });
});
