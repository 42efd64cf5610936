import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { insertUser } from '@omt/db';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app';
import { newSecretToken, tokenHash } from '../../auth/sessions';
import { totpCode } from '../../auth/totp';
import { DEMO_PASSWORD } from '../../seed/demo-clinic';

const NEW_PASSWORD = 'kettle-Orbit-lantern-42';
const HOUR = 3_600_000;
const at = (ms: number) => new Date(TEST_NOW.getTime() + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

type LinkTable = 'password_reset_tokens' | 'email_verification_tokens' | 'staff_invitations';
type LinkState = 'live' | 'used' | 'expired';
/** A refused link's answer (status and code, unchanged) and the why its row keeps. */
type Refused = Record<'unknown' | 'used' | 'expired', [status: number, code: string, detail: string]>;

/** A refused attempt's expected row: its action, the account it names (resource) and its actor, or none. */
interface Expected {
  action: string;
  account: string | null;
  actor: string | null;
  detail: string | RegExp;
}

describe.each(TEST_DATABASES)('refused attempts at an account are audited on $name', (kind) => {
  let t: TestApp;
  let mark = 0;
  beforeAll(async () => {
    // A low limit, so a few failures reach the 429 (each test tries its own account).
    t = await startTestApp(kind, { loginRateLimit: 2, loginIpRateLimit: 1000 });
  });
  afterAll(() => t.close());

  const post = (token: string | null, url: string, body: object) => t.call(token, 'POST', url, body);
  /** Every audit row written since the last look (all columns), oldest first. */
  async function rowsSince(): Promise<Record<string, unknown>[]> {
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', mark)
      .orderBy('id')
      .execute();
    mark = Math.max(mark, ...rows.map((r) => Number(r.id)));
    return rows;
  }
  /** Waits until `n` rows were written since the last look (by work after the answer), without looking. */
  const written = (n: number) =>
    vi.waitFor(async () => {
      const ids = await t.handle.db.selectFrom('audit_log').select('id').where('id', '>', mark).execute();
      expect(ids).toHaveLength(n);
    });
  /** Waits for a row of work after the answer (whenever written). */
  const background = (action: string, detail: string | null) =>
    vi.waitFor(async () => {
      const row = await t.handle.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', action)
        .where('detail', detail === null ? 'is' : '=', detail)
        .executeTakeFirst();
      expect(row).toBeDefined();
    });
  /** Forgets the rows written so far: the next look sees only what the attempt under test writes. */
  const settle = async () => void (await rowsSince());
  /** Exactly one row was written since the last look: the refusal, naming no secret (neither it nor its hash). */
  async function expectOneRefusal(want: Expected, secrets: string[] = []): Promise<void> {
    const rows = await rowsSince();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: want.action,
      outcome: 'denied',
      resource_type: 'user',
      resource_id: want.account,
      user_id: want.actor,
      patient_id: null,
    });
    expect(rows[0]!.detail).toMatch(want.detail);
    const text = JSON.stringify(rows[0]);
    for (const secret of secrets) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(tokenHash(secret));
    }
  }

  /** A mailed link's token, stored as the app stores it (its SHA-256 only), live, used or expired. */
  async function link(table: LinkTable, userId: string, state: LinkState): Promise<string> {
    const { token, hash } = newSecretToken();
    const row = {
      user_id: userId,
      created_at: at(-2 * HOUR),
      expires_at: state === 'expired' ? at(-HOUR) : at(HOUR / 2),
      used_at: state === 'used' ? at(-HOUR) : null,
    };
    if (table === 'password_reset_tokens') {
      await t.handle.db
        .insertInto(table)
        .values({ id: hash, ...row })
        .execute();
    } else {
      await t.handle.db
        .insertInto(table)
        .values({ token_hash: hash, ...row })
        .execute();
    }
    return token;
  }

  /** An invited staff login, waiting for its link. */
  async function invited(email: string): Promise<string> {
    const id = randomUUID();
    await insertUser(t.handle.db, {
      id,
      email,
      password_hash: '',
      role: 'physician',
      display_name: 'Dr. Jordan Invited',
      credential: 'DO',
      npi: null,
      supervisor_id: null,
      calendar_token_hash: null,
      created_at: at(-HOUR),
      status: 'invited',
    });
    return id;
  }

  describe.each([
    {
      what: 'a reset link',
      table: 'password_reset_tokens' as const,
      url: '/api/auth/reset-password',
      body: (token: string) => ({ token, password: NEW_PASSWORD }),
      action: 'auth.password_reset',
      account: () => t.userId('resident@demo.clinic'),
      refused: {
        unknown: [400, 'reset_token_invalid', 'unknown reset link'],
        used: [410, 'reset_token_used', 'reset link already used'],
        expired: [410, 'reset_token_expired', 'reset link expired'],
      } satisfies Refused,
    },
    {
      what: 'an email confirmation link',
      table: 'email_verification_tokens' as const,
      url: '/api/signup/verify',
      body: (token: string) => ({ token }),
      action: 'auth.email_verified',
      account: () => t.userId('alex@demo.clinic'),
      refused: {
        unknown: [400, 'verification_token_invalid', 'unknown confirmation link'],
        used: [410, 'verification_token_used', 'confirmation link already used'],
        expired: [410, 'verification_token_expired', 'confirmation link expired'],
      } satisfies Refused,
    },
    {
      what: 'a staff invitation link',
      table: 'staff_invitations' as const,
      url: '/api/staff/invitations/accept',
      body: (token: string) => ({ token, password: NEW_PASSWORD }),
      action: 'staff.invite.accept',
      account: () => invited(`invited.${randomUUID().slice(0, 8)}@new.clinic`),
      refused: {
        unknown: [400, 'validation_failed', 'unknown invitation link'],
        used: [400, 'validation_failed', 'invitation link already used'],
        expired: [400, 'validation_failed', 'invitation link expired'],
      } satisfies Refused,
    },
  ])('$what', ({ table, url, body, action, account, refused }) => {
    it('refused as unknown, used or expired: the same answer as before, one row naming the account when known', async () => {
      for (const state of ['unknown', 'used', 'expired'] as const) {
        const userId = state === 'unknown' ? null : await account();
        const token =
          state === 'unknown' || !userId ? newSecretToken().token : await link(table, userId, state);
        const [status, code, detail] = refused[state];
        await settle();
        const r = await post(null, url, body(token));
        expect([state, r.status, r.body.code, r.body.field]).toEqual([state, status, code, 'token']);
        await expectOneRefusal({ action, account: userId, actor: null, detail }, [token]);
      }
    });

    it('sent twice at once: one succeeds, the other is refused, and the log has one row of each', async () => {
      const userId = await account();
      const token = await link(table, userId, 'live');
      await settle();
      const answers = await Promise.all([post(null, url, body(token)), post(null, url, body(token))]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, refused.used[0]]);
      const rows = (await rowsSince()).map((r) => [r.action, r.outcome, r.resource_id]);
      expect(rows.sort()).toEqual([
        [action, 'allowed', userId],
        [action, 'denied', userId],
      ]);
    });

    it('a live link is not refused and writes no refusal', async () => {
      const token = await link(table, await account(), 'live');
      await settle();
      expect((await post(null, url, body(token))).status).toBe(200);
      expect((await rowsSince()).filter((r) => r.outcome === 'denied')).toEqual([]);
    });
  });

  it('a reset asked for an unknown email answers as for a known one; the log alone keeps the email typed', async () => {
    const ask = (email: string) => post(null, '/api/auth/forgot-password', { email });
    await settle();
    const known = await ask('dr.still@demo.clinic');
    await written(1); // the known email's request (the lookup runs after the answer)
    await settle();
    const unknown = await ask('nobody.here@demo.clinic');
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body]);
    await written(1);
    await expectOneRefusal({
      action: 'auth.password_reset_requested',
      account: null,
      actor: null,
      detail: 'nobody.here@demo.clinic; no active account has this email',
    });
  });

  it('a wrong current password names the caller as actor and account', async () => {
    const token = await t.login('sam.parent@demo.clinic');
    const samId = await t.userId('sam.parent@demo.clinic');
    await settle();
    const wrong = 'guessing-Orbit-41';
    const r = await post(token, '/api/auth/change-password', {
      currentPassword: wrong,
      newPassword: NEW_PASSWORD,
    });
    expect([r.status, r.body.code]).toEqual([403, 'current_password_wrong']);
    await expectOneRefusal(
      { action: 'auth.password_changed', account: samId, actor: samId, detail: 'current password wrong' },
      [wrong, NEW_PASSWORD],
    );
  });

  it('a patient setting up two-factor is refused (403) and audited as theirs', async () => {
    const token = await t.login('maria@demo.clinic');
    const mariaId = await t.userId('maria@demo.clinic');
    await settle();
    const r = await post(token, '/api/auth/totp/setup', {});
    expect([r.status, r.body.code]).toEqual([403, 'forbidden']);
    await expectOneRefusal({
      action: 'auth.totp_setup',
      account: mariaId,
      actor: mariaId,
      detail: 'two-factor is for staff accounts',
    });
  });

  const otherCode = (code: string) => (code === '123456' ? '654321' : '123456');
  const now = () => t.clock.now.getTime();
  /** A staff login's session and the secret of its two-factor set up (not yet on). */
  async function setUpTwoFactor(email: string) {
    const token = await t.login(email);
    const { secret } = (await post(token, '/api/auth/totp/setup', {})).body as { secret: string };
    return { token, secret };
  }
  /** Past the code used to turn two-factor on (a step is used once), and back at the end. */
  async function aStepLater(run: () => Promise<void>): Promise<void> {
    t.clock.now = new Date(TEST_NOW.getTime() + 90_000);
    try {
      await run();
    } finally {
      t.clock.now = TEST_NOW;
    }
  }

  it('two-factor: a wrong code turning it on, a wrong password or code turning it off name the caller', async () => {
    const kimId = await t.userId('dr.kim@demo.clinic');
    const { token, secret } = await setUpTwoFactor('dr.kim@demo.clinic');
    const own = (action: string, detail: string) => ({ action, account: kimId, actor: kimId, detail });
    const wrongCode = 'code: is not the current code of your authenticator app';

    await settle();
    const badOn = await post(token, '/api/auth/totp/enable', { code: otherCode(totpCode(secret, now())) });
    expect([badOn.status, badOn.body.field]).toEqual([400, 'code']);
    await expectOneRefusal(own('auth.totp_enabled', wrongCode));
    expect((await post(token, '/api/auth/totp/enable', { code: totpCode(secret, now()) })).status).toBe(200);

    await aStepLater(async () => {
      await settle();
      const wrongPassword = 'not-Kims-password-9';
      const off = (password: string, code: string) =>
        post(token, '/api/auth/totp/disable', { password, code });
      const badPassword = await off(wrongPassword, totpCode(secret, now()));
      expect([badPassword.status, badPassword.body.field]).toEqual([400, 'password']);
      await expectOneRefusal(own('auth.totp_disabled', 'password: is wrong'), [wrongPassword]);
      const badCode = await off(DEMO_PASSWORD, otherCode(totpCode(secret, now())));
      expect([badCode.status, badCode.body.field]).toEqual([400, 'code']);
      await expectOneRefusal(own('auth.totp_disabled', wrongCode), [DEMO_PASSWORD]);
    });
  });

  it("two-factor login's second step: an unknown, used or expired login and a wrong recovery code name no actor", async () => {
    const email = 'admin@demo.clinic';
    const adminId = await t.userId(email);
    const { token, secret } = await setUpTwoFactor(email);
    expect((await post(token, '/api/auth/totp/enable', { code: totpCode(secret, now()) })).status).toBe(200);
    const step = (body: object) => post(null, '/api/auth/login/totp', body);
    const refusal = (account: string | null, detail: string) => ({
      action: 'auth.login_totp',
      account,
      actor: null,
      detail,
    });
    const firstStep = async () =>
      (await post(null, '/api/auth/login', { email, password: DEMO_PASSWORD })).body.pendingToken as string;

    await aStepLater(async () => {
      await settle();
      const unknown = newSecretToken().token;
      const stranger = await step({ pendingToken: unknown, code: '123456' });
      expect([stranger.status, stranger.body.code]).toEqual([401, 'mfa_expired']);
      await expectOneRefusal(refusal(null, 'unknown login'), [unknown]);

      const pendingToken = await firstStep();
      await settle();
      const recovery = await step({ pendingToken, recoveryCode: 'abcd-efgh-ijkl' });
      expect([recovery.status, recovery.body.field]).toEqual([400, 'recoveryCode']);
      await expectOneRefusal(refusal(adminId, 'recoveryCode: is not one of your unused recovery codes'), [
        pendingToken,
        'abcd-efgh-ijkl',
      ]);

      const code = totpCode(secret, now());
      expect((await step({ pendingToken, code })).status).toBe(200);
      await settle();
      const again = await step({ pendingToken, code });
      expect([again.status, again.body.code]).toEqual([401, 'mfa_expired']);
      await expectOneRefusal(refusal(adminId, 'login already completed'), [pendingToken]);

      const late = await firstStep();
      t.clock.now = new Date(now() + 6 * 60_000);
      await settle();
      const expired = await step({ pendingToken: late, code: totpCode(secret, now()) });
      expect([expired.status, expired.body.code]).toEqual([401, 'mfa_expired']);
      await expectOneRefusal(refusal(adminId, 'login expired'), [late]);
    });
  });

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
