import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app';
import { DEMO_PASSWORD } from '../../seed/demo-clinic';
import { totpCode } from '../../auth/totp';
import { openTotpSecret } from '../../auth/totp-secrets';

describe.each(TEST_DATABASES)('staff two-factor (TOTP) on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { loginRateLimit: 5, loginIpRateLimit: 1000, requireTotpFor: ['admin'] });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    t.clock.now = TEST_NOW;
  });

  const password = (email: string) =>
    t.call(null, 'POST', '/api/auth/login', { email, password: DEMO_PASSWORD });
  const codeNow = (secret: string, offsetMs = 0) => totpCode(secret, t.clock.now.getTime() + offsetMs);
  const later = (ms: number) => {
    t.clock.now = new Date(t.clock.now.getTime() + ms);
  };

  /** Sets up and enables TOTP for a fresh session of the user; returns the secret and the recovery codes. */
  async function turnOn(email: string): Promise<{ secret: string; recoveryCodes: string[] }> {
    const token = (await password(email)).body.token as string;
    const setup = await t.call(token, 'POST', '/api/auth/totp/setup');
    expect(setup.status).toBe(200);
    const secret = setup.body.secret as string;
    const enable = await t.call(token, 'POST', '/api/auth/totp/enable', { code: codeNow(secret) });
    expect(enable.status).toBe(200);
    return { secret, recoveryCodes: enable.body.recoveryCodes };
  }

  it('sets up a pending secret with its otpauth URI and QR, enables it with a right code and then asks for a code at login', async () => {
    const token = (await password('dr.still@demo.clinic')).body.token as string;
    const setup = await t.call(token, 'POST', '/api/auth/totp/setup');
    expect(setup.status).toBe(200);
    const { secret, otpauthUri, qrCode } = setup.body;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(otpauthUri).toContain('issuer=OMT%20Clinic');
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    // Pending: the login still gives a session, and the status says off.
    expect((await password('dr.still@demo.clinic')).body.token).toBeTypeOf('string');
    expect((await t.call(token, 'GET', '/api/auth/totp')).body).toMatchObject({ enabled: false });

    const wrong = await t.call(token, 'POST', '/api/auth/totp/enable', {
      code: '000000' === codeNow(secret) ? '111111' : '000000',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.field).toBe('code');
    const enable = await t.call(token, 'POST', '/api/auth/totp/enable', { code: codeNow(secret) });
    expect(enable.status).toBe(200);
    expect(enable.body.recoveryCodes).toHaveLength(10);
    expect((await t.call(token, 'GET', '/api/auth/totp')).body).toEqual({
      enabled: true,
      required: false,
      recoveryCodesLeft: 10,
    });
    // The secret is not shown again and only hashes of the recovery codes are kept.
    expect((await t.call(token, 'POST', '/api/auth/totp/setup')).status).toBe(409);
    const stored = await t.handle.db.selectFrom('totp_recovery_codes').select('id').execute();
    for (const code of enable.body.recoveryCodes as string[]) {
      expect(stored.some((r) => r.id.includes(code.replace(/-/g, '')))).toBe(false);
    }

    later(60_000);
    const first = await password('dr.still@demo.clinic');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'mfa_required' });
    expect(first.body.token).toBeUndefined();
    expect(first.res.headers['set-cookie']).toBeUndefined();
    const session = await t.call(null, 'POST', '/api/auth/login/totp', {
      pendingToken: first.body.pendingToken,
      code: codeNow(secret),
    });
    expect(session.status).toBe(200);
    expect(session.body.user.email).toBe('dr.still@demo.clinic');
    expect((await t.call(session.body.token, 'GET', '/api/me')).status).toBe(200);
    // The pending token is used up.
    const again = await t.call(null, 'POST', '/api/auth/login/totp', {
      pendingToken: first.body.pendingToken,
      code: codeNow(secret, 30_000),
    });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('mfa_expired');
  });

  it('refuses a wrong code (400 naming code) and a code already used in its window, and accepts the next step', async () => {
    const { secret } = await turnOn('dr.kim@demo.clinic');
    later(90_000);
    const pending = (await password('dr.kim@demo.clinic')).body.pendingToken as string;
    const code = codeNow(secret);
    const wrong = await t.call(null, 'POST', '/api/auth/login/totp', {
      pendingToken: pending,
      code: code === '123456' ? '654321' : '123456',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.field).toBe('code');
    expect((await t.call(null, 'POST', '/api/auth/login/totp', { pendingToken: pending, code })).status).toBe(
      200,
    );

    const pending2 = (await password('dr.kim@demo.clinic')).body.pendingToken as string;
    const reused = await t.call(null, 'POST', '/api/auth/login/totp', { pendingToken: pending2, code });
    expect(reused.status).toBe(400);
    expect(reused.body.field).toBe('code');
    expect(reused.body.message).toContain('used already');
    // The previous step's code is older than the used one: refused too.
    const older = await t.call(null, 'POST', '/api/auth/login/totp', {
      pendingToken: pending2,
      code: codeNow(secret, -30_000),
    });
    expect(older.status).toBe(400);
    later(30_000);
    expect(
      (await t.call(null, 'POST', '/api/auth/login/totp', { pendingToken: pending2, code: codeNow(secret) }))
        .status,
    ).toBe(200);
  });

  it('logs in once with each recovery code', async () => {
    const { recoveryCodes } = await turnOn('resident@demo.clinic');
    const [code] = recoveryCodes;
    const pending = (await password('resident@demo.clinic')).body.pendingToken as string;
    const ok = await t.call(null, 'POST', '/api/auth/login/totp', {
      pendingToken: pending,
      recoveryCode: code!.toLowerCase(),
    });
    expect(ok.status).toBe(200);
    const pending2 = (await password('resident@demo.clinic')).body.pendingToken as string;
    const reused = await t.call(null, 'POST', '/api/auth/login/totp', {
      pendingToken: pending2,
      recoveryCode: code,
    });
    expect(reused.status).toBe(400);
    expect(reused.body.field).toBe('recoveryCode');
    const status = await t.call(ok.body.token, 'GET', '/api/auth/totp');
    expect(status.body.recoveryCodesLeft).toBe(9);
    const neither = await t.call(null, 'POST', '/api/auth/login/totp', { pendingToken: pending2 });
    expect(neither.status).toBe(400);
    expect(neither.body.field).toBe('code');
  });

  it('lets a pending login expire after five minutes', async () => {
    const { secret } = await turnOn('frontdesk@demo.clinic');
    later(60_000);
    const pending = (await password('frontdesk@demo.clinic')).body.pendingToken as string;
    later(5 * 60_000 + 1000);
    const r = await t.call(null, 'POST', '/api/auth/login/totp', {
      pendingToken: pending,
      code: codeNow(secret),
    });
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: 'mfa_expired', field: 'pendingToken' });
    const unknown = await t.call(null, 'POST', '/api/auth/login/totp', {
      pendingToken: 'nope',
      code: codeNow(secret),
    });
    expect(unknown.status).toBe(401);
  });

  it('lists the two-factor endpoints in OpenAPI', async () => {
    const paths = Object.keys((await t.call(null, 'GET', '/api/openapi.json')).body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/auth/login/totp',
        '/api/auth/totp',
        '/api/auth/totp/setup',
        '/api/auth/totp/enable',
        '/api/auth/totp/disable',
      ]),
    );
  });

  it('does not set up two-factor for a patient login', async () => {
    const patient = (await password('sam.parent@demo.clinic')).body.token as string;
    expect((await t.call(patient, 'POST', '/api/auth/totp/setup')).status).toBe(403);
  });

  it('counts wrong codes in the login throttle: 429 after the limit, even for the right code', async () => {
    // dr.still turned two-factor on in the first test; the limit is 5 failures a minute.
    t.clock.now = new Date(TEST_NOW.getTime() + 3_600_000);
    const row = await t.handle.db
      .selectFrom('totp_credentials')
      .innerJoin('users', 'users.id', 'totp_credentials.user_id')
      .select(['user_id', 'secret'])
      .where('users.email', '=', 'dr.still@demo.clinic')
      .executeTakeFirstOrThrow();
    // Stored sealed with the app's SECRET_KEY.
    const secret = openTotpSecret(t.deps, row.user_id, row.secret!);
    const pending = (await password('dr.still@demo.clinic')).body.pendingToken as string;
    const right = codeNow(secret);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const r = await t.call(null, 'POST', '/api/auth/login/totp', { pendingToken: pending, code: wrong });
      expect(r.status).toBe(400);
    }
    const limited = await t.call(null, 'POST', '/api/auth/login/totp', {
      pendingToken: pending,
      code: right,
    });
    expect(limited.status).toBe(429);
    expect(limited.res.headers['retry-after']).toBeDefined();
    later(61_000);
    const ok = await t.call(null, 'POST', '/api/auth/login/totp', {
      pendingToken: pending,
      code: codeNow(secret),
    });
    expect(ok.status).toBe(200);
  });

  it('disables with the password and a current code, after which the login gives a session again', async () => {
    const email = 'admin@demo.clinic';
    // REQUIRE_TOTP_FOR=admin: without two-factor the admin reaches only enrolment.
    const first = await password(email);
    expect(first.body.totpEnrolmentRequired).toBe(true);
    const token = first.body.token as string;
    const gated = await t.call(token, 'GET', '/api/staff');
    expect(gated.status).toBe(403);
    expect(gated.body.code).toBe('totp_enrolment_required');
    expect((await t.call(token, 'GET', '/api/me')).status).toBe(200);
    expect((await t.call(token, 'GET', '/api/auth/totp')).body).toMatchObject({
      enabled: false,
      required: true,
    });
    const setup = await t.call(token, 'POST', '/api/auth/totp/setup');
    expect(
      (await t.call(token, 'POST', '/api/auth/totp/enable', { code: codeNow(setup.body.secret) })).status,
    ).toBe(200);
    expect((await t.call(token, 'GET', '/api/staff')).status).toBe(200);

    later(60_000);
    const secret = setup.body.secret as string;
    const badPassword = await t.call(token, 'POST', '/api/auth/totp/disable', {
      password: 'wrong-password',
      code: codeNow(secret),
    });
    expect(badPassword.status).toBe(400);
    expect(badPassword.body.field).toBe('password');
    const badCode = await t.call(token, 'POST', '/api/auth/totp/disable', {
      password: DEMO_PASSWORD,
      code: '12',
    });
    expect(badCode.status).toBe(400);
    expect(badCode.body.field).toBe('code');
    const off = await t.call(token, 'POST', '/api/auth/totp/disable', {
      password: DEMO_PASSWORD,
      code: codeNow(secret),
    });
    expect(off.status).toBe(200);
    const after = await password(email);
    expect(after.body.token).toBeTypeOf('string');
    // Required for admins again: gated until enrolled anew.
    expect((await t.call(after.body.token, 'GET', '/api/staff')).status).toBe(403);
  });
});
