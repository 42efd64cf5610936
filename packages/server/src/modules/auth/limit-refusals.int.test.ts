import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { refusalLog } from '../../test-support/refusal-log';

const NEW_PASSWORD = 'kettle-Orbit-lantern-42';

describe.each(TEST_DATABASES)('attempts refused by the login limits are audited on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { loginRateLimit: 2, loginIpRateLimit: 1000 });
  });
  afterAll(() => t.close());
  const { rowsSince, settle, background } = refusalLog(() => t);
  const post = (token: string | null, url: string, body: object) => t.call(token, 'POST', url, body);
  /**
   * Every route under the login limits: who tries (a login's email, or none), the attempt (failing, or a request that
   * always counts), and what its 429's row names.
   */
  const limited: {
    action: string;
    caller?: string;
    attempt: (token: string | null) => Promise<{ status: number }>;
    detail?: string;
    /** The row the attempts' work after the answer ends with, awaited before the app closes. */
    after?: { action: string; detail: string | null };
  }[] = [
    {
      action: 'auth.login',
      attempt: () => post(null, '/api/auth/login', { email: 'limit.login@x.org', password: 'guess-Orbit-1' }),
      detail: 'limit.login@x.org; ',
    },
    {
      action: 'auth.login_totp',
      attempt: () => post(null, '/api/auth/login/totp', { pendingToken: 'limit-pending', code: '123456' }),
    },
    {
      action: 'auth.totp_enabled',
      caller: 'dr.still@demo.clinic',
      attempt: (token) => post(token, '/api/auth/totp/enable', { code: '123456' }),
    },
    {
      action: 'auth.totp_disabled',
      caller: 'frontdesk@demo.clinic',
      attempt: (token) =>
        post(token, '/api/auth/totp/disable', { password: 'guess-Orbit-1', code: '123456' }),
    },
    {
      action: 'auth.password_changed',
      caller: 'alex@demo.clinic',
      attempt: (token) =>
        post(token, '/api/auth/change-password', {
          currentPassword: 'guess-Orbit-1',
          newPassword: NEW_PASSWORD,
        }),
    },
    {
      action: 'auth.password_reset_requested',
      attempt: () => post(null, '/api/auth/forgot-password', { email: 'limit.reset@x.org' }),
      detail: 'limit.reset@x.org; ',
      after: {
        action: 'auth.password_reset_requested',
        detail: 'limit.reset@x.org; no active account has this email',
      },
    },
    {
      action: 'auth.password_reset',
      attempt: () =>
        post(null, '/api/auth/reset-password', { token: 'limit-reset-token', password: NEW_PASSWORD }),
    },
    {
      action: 'auth.signup',
      attempt: () =>
        post(null, '/api/signup', {
          givenName: 'Lee',
          familyName: 'Limit',
          birthDate: '1990-04-02',
          sex: 'female',
          email: 'limit.signup@x.org',
          phone: '216-555-0199',
          preferredLanguage: 'en',
          password: NEW_PASSWORD,
        }),
      detail: 'limit.signup@x.org; ',
      after: { action: 'auth.signup_email_in_use', detail: null },
    },
    {
      action: 'auth.verification_resent',
      attempt: () => post(null, '/api/signup/resend', { email: 'limit.resend@x.org' }),
      detail: 'limit.resend@x.org; ',
    },
    {
      action: 'auth.email_verified',
      attempt: () => post(null, '/api/signup/verify', { token: 'limit-verify-token' }),
    },
  ];

  it.each(limited)(
    '$action refused by the limits (429): one row, with the email typed and the reason',
    async (route) => {
      const token = route.caller ? await t.login(route.caller) : null;
      const actor = route.caller ? await t.userId(route.caller) : null;
      const first = [(await route.attempt(token)).status, (await route.attempt(token)).status];
      expect(first).not.toContain(429);
      await settle();
      expect((await route.attempt(token)).status).toBe(429);
      // Rows of the earlier attempts' work after their answer (a sign-up, a reset's lookup) may land meanwhile.
      const rows = (await rowsSince()).filter((r) => String(r.detail).includes('too many'));
      expect(rows).toEqual([
        expect.objectContaining({
          action: route.action,
          outcome: 'denied',
          user_id: actor,
          resource_id: actor,
          detail: `${route.detail ?? ''}too many failed logins for this email`,
        }),
      ]);
      if (route.after) await background(route.after.action, route.after.detail);
      for (const secret of [
        'guess-Orbit-1',
        NEW_PASSWORD,
        'limit-pending',
        'limit-reset-token',
        'limit-verify-token',
      ]) {
        expect(JSON.stringify(rows)).not.toContain(secret);
      }
    },
  );
});
