import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app';
import { sinkMailer, startSmtpSink } from '../../test-support/smtp-sink';
import { DEMO_PASSWORD } from '../../seed/demo-clinic';
import { tokenHash } from '../../auth/sessions';
import { waitFor } from '../../test-support/wait-for';
import { fhirGet } from '../../test-support/fhir';

const NEW_PASSWORD = 'kettle-Orbit-lantern-42';

/** The reset token in a mail's (quoted-printable) text. */
function tokenIn(raw: string): string {
  const text = raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
  const match = /\/reset-password\?token=([\w-]+)/.exec(text);
  if (!match?.[1]) throw new Error('no reset link in the mail');
  return match[1];
}

describe.each(TEST_DATABASES)('passwords and sessions on $name', (kind) => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(
      kind,
      { sessionIdleMinutes: 60, loginRateLimit: 3, loginIpRateLimit: 1000 },
      { mailer: sinkMailer(sink) },
    );
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const login = async (email: string, password = DEMO_PASSWORD) =>
    t.call(null, 'POST', '/api/auth/login', { email, password });
  const mailsTo = (email: string) => sink.messages.filter((m) => m.to.includes(email));
  async function requestReset(email: string): Promise<string> {
    const before = mailsTo(email).length;
    const r = await t.call(null, 'POST', '/api/auth/forgot-password', { email });
    expect(r.status).toBe(202);
    const mail = await waitFor(() => mailsTo(email)[before], `reset mail to ${email}`);
    expect(mail.subject).toBe('Reset your OMT Clinic password');
    return tokenIn(mail.raw);
  }

  it('answers forgot-password the same for a known and an unknown email, mailing only the known one', async () => {
    const known = await t.call(null, 'POST', '/api/auth/forgot-password', { email: 'Maria@demo.clinic' });
    const unknown = await t.call(null, 'POST', '/api/auth/forgot-password', { email: 'nobody@demo.clinic' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    await waitFor(() => mailsTo('maria@demo.clinic')[0], 'reset mail to maria');
    await new Promise((r) => setTimeout(r, 200));
    expect(mailsTo('nobody@demo.clinic')).toHaveLength(0);
    const stored = await t.handle.db.selectFrom('password_reset_tokens').selectAll().execute();
    const token = tokenIn(mailsTo('maria@demo.clinic')[0]!.raw);
    expect(stored.some((row) => row.id.includes(token))).toBe(false);
  });

  it('resets with the mailed token once, ends every session of the account, and logs in with the new password', async () => {
    const email = 'dr.kim@demo.clinic';
    const first = (await login(email)).body.token as string;
    const second = (await login(email)).body.token as string;
    const token = await requestReset(email);
    const r = await t.call(null, 'POST', '/api/auth/reset-password', { token, password: NEW_PASSWORD });
    expect(r.status).toBe(200);
    expect((await t.call(first, 'GET', '/api/me')).status).toBe(401);
    expect((await t.call(second, 'GET', '/api/me')).status).toBe(401);
    expect((await login(email)).status).toBe(401);
    expect((await login(email, NEW_PASSWORD)).status).toBe(200);
    const again = await t.call(null, 'POST', '/api/auth/reset-password', {
      token,
      password: 'another-Orbit-lantern-7',
    });
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ code: 'reset_token_used', field: 'token' });
    expect((await login(email, NEW_PASSWORD)).status).toBe(200);
  });

  it('refuses a token after one hour (410) and an unknown token (400)', async () => {
    const email = 'resident@demo.clinic';
    const token = await requestReset(email);
    try {
      t.clock.now = new Date(TEST_NOW.getTime() + 60 * 60_000);
      const late = await t.call(null, 'POST', '/api/auth/reset-password', { token, password: NEW_PASSWORD });
      expect(late.status).toBe(410);
      expect(late.body).toMatchObject({ code: 'reset_token_expired', field: 'token' });
    } finally {
      t.clock.now = TEST_NOW;
    }
    const unknown = await t.call(null, 'POST', '/api/auth/reset-password', {
      token: 'not-a-token-we-sent',
      password: NEW_PASSWORD,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'reset_token_invalid', field: 'token' });
    expect((await login(email)).status).toBe(200);
  });

  it('refuses a weak new password naming the field, keeps the token usable and the password unchanged', async () => {
    const email = 'frontdesk@demo.clinic';
    const token = await requestReset(email);
    // The message says the rule in English; `details.rule` names it for a client writing another language.
    for (const [password, rule, ruleCode] of [
      ['short-1', 'at least 12 characters', 'too_short'],
      ['Password2026!', 'too common', 'too_common'],
      ['frontdesk@demo.clinic', 'email or name', 'contains_name'],
      // On the shipped SecLists top 10,000 (any case, padded), and containing the email's name.
      ['GANDALF123456!', 'too common', 'too_common'],
      ['the-FrontDesk-rocks-2026', 'must not contain your email or name', 'contains_name'],
      ['aaaaaaaaaaaaab', 'repeats too few characters', 'too_repetitive'],
    ] as const) {
      const r = await t.call(null, 'POST', '/api/auth/reset-password', { token, password });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({
        code: 'validation_failed',
        field: 'password',
        details: { rule: ruleCode },
      });
      expect(r.body.message).toContain(rule);
    }
    expect((await login(email)).status).toBe(200);
    const ok = await t.call(null, 'POST', '/api/auth/reset-password', { token, password: NEW_PASSWORD });
    expect(ok.status).toBe(200);
  });

  it('changes a password only with the right current one, ends the other sessions and keeps this one', async () => {
    const email = 'alex@demo.clinic';
    const mine = (await login(email)).body.token as string;
    const other = (await login(email)).body.token as string;
    const wrong = await t.call(mine, 'POST', '/api/auth/change-password', {
      currentPassword: 'not-my-password',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toMatchObject({ code: 'current_password_wrong', field: 'currentPassword' });
    const weak = await t.call(mine, 'POST', '/api/auth/change-password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'qwertyuiopasdf',
    });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ field: 'newPassword', details: { rule: 'key_run' } });
    expect((await t.call(other, 'GET', '/api/me')).status).toBe(200);
    const ok = await t.call(mine, 'POST', '/api/auth/change-password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(ok.status).toBe(200);
    expect((await t.call(mine, 'GET', '/api/me')).status).toBe(200);
    expect((await t.call(other, 'GET', '/api/me')).status).toBe(401);
    expect((await login(email, NEW_PASSWORD)).status).toBe(200);
  });

  it('counts a wrong current password as a failed login of the account (429 past the limit)', async () => {
    const email = 'sam.parent@demo.clinic';
    const mine = (await login(email)).body.token as string;
    const attempt = () =>
      t.call(mine, 'POST', '/api/auth/change-password', {
        currentPassword: 'guessing-again',
        newPassword: NEW_PASSWORD,
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).status);
    expect(statuses).toEqual([403, 403, 403, 429]);
    expect((await login(email)).status).toBe(429);
    t.clock.now = new Date(TEST_NOW.getTime() + 61_000);
    try {
      expect((await login(email)).status).toBe(200);
    } finally {
      t.clock.now = TEST_NOW;
    }
  });

  it('rate-limits reset requests per email with the login limit, the same for an unknown email', async () => {
    const ask = (email: string) => t.call(null, 'POST', '/api/auth/forgot-password', { email });
    const known = [];
    const unknown = [];
    for (let i = 0; i < 4; i++) {
      known.push((await ask('dr.still@demo.clinic')).status);
      unknown.push((await ask('ghost@demo.clinic')).status);
    }
    expect(known).toEqual([202, 202, 202, 429]);
    expect(unknown).toEqual(known);
    await waitFor(() => mailsTo('dr.still@demo.clinic')[2], 'the three reset mails');
    expect(mailsTo('ghost@demo.clinic')).toHaveLength(0);
  });

  it('lists one’s own sessions with the current one marked, and logs out everywhere else', async () => {
    const email = 'admin@demo.clinic';
    const phone = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'user-agent': 'PhoneBrowser/1.0' },
      payload: { email, password: DEMO_PASSWORD },
    });
    const phoneToken = JSON.parse(phone.body).token as string;
    const desk = (await login(email)).body.token as string;
    const list = await t.call(desk, 'GET', '/api/auth/sessions');
    expect(list.status).toBe(200);
    expect(list.body.sessions).toHaveLength(2);
    expect(list.body.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(list.body.sessions.find((s: { current: boolean }) => !s.current)).toMatchObject({
      userAgent: 'PhoneBrowser/1.0',
      ip: '127.0.0.1',
      createdAt: '2026-06-01T12:00:00Z',
    });
    const others = await t.call(desk, 'GET', '/api/auth/sessions');
    expect(JSON.stringify(others.body)).not.toContain('maria');
    const out = await t.call(desk, 'POST', '/api/auth/sessions/logout-everywhere', {});
    expect(out.body).toEqual({ ended: 1 });
    expect((await t.call(phoneToken, 'GET', '/api/me')).status).toBe(401);
    expect((await t.call(desk, 'GET', '/api/auth/sessions')).body.sessions).toHaveLength(1);
    const all = await t.call(desk, 'POST', '/api/auth/sessions/logout-everywhere', { includeCurrent: true });
    expect(all.body).toEqual({ ended: 1 });
    expect((await t.call(desk, 'GET', '/api/me')).status).toBe(401);
    const bad = await t.call(
      (await login(email)).body.token,
      'POST',
      '/api/auth/sessions/logout-everywhere',
      { includeCurrent: 'yes' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('includeCurrent');
  });

  it('refuses and removes a session unused for longer than the idle minutes; use keeps it alive', async () => {
    const token = (await login('maria@demo.clinic')).body.token as string;
    try {
      t.clock.now = new Date(TEST_NOW.getTime() + 50 * 60_000);
      expect((await t.call(token, 'GET', '/api/me')).status).toBe(200);
      t.clock.now = new Date(TEST_NOW.getTime() + 100 * 60_000);
      expect((await t.call(token, 'GET', '/api/me')).status).toBe(200);
      t.clock.now = new Date(TEST_NOW.getTime() + 161 * 60_000);
      expect((await t.call(token, 'GET', '/api/me')).status).toBe(401);
      const row = await t.handle.db
        .selectFrom('sessions')
        .select('id')
        .where('id', '=', tokenHash(token))
        .executeTakeFirst();
      expect(row).toBeUndefined();
      const fresh = (await login('maria@demo.clinic')).body.token as string;
      expect((await t.call(fresh, 'GET', '/api/auth/sessions')).body.sessions).toHaveLength(1);
    } finally {
      t.clock.now = TEST_NOW;
    }
  });

  it('names the account as the actor of a reset its valid link made; the request and a refused link name no one', async () => {
    const email = 'resident@demo.clinic';
    const residentId = await t.userId(email);
    // Only this test's rows (an earlier test refused this account's expired link).
    const before = await t.handle.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('id').as('last'))
      .executeTakeFirstOrThrow();
    const token = await requestReset(email);
    const reset = (password: string) => t.call(null, 'POST', '/api/auth/reset-password', { token, password });
    expect((await reset('short-1')).status).toBe(400);
    expect((await reset(NEW_PASSWORD)).status).toBe(200);
    expect((await reset('another-Orbit-lantern-7')).status).toBe(410);

    const admin = (await login('admin@demo.clinic')).body.token as string;
    const page = await t.call(admin, 'GET', '/api/audit?pageSize=200');
    expect(page.status).toBe(200);
    const rows = (page.body.items as AuditEntry[]).filter(
      (r) =>
        Number(r.id) > Number(before.last) &&
        r.resourceId === residentId &&
        r.action.startsWith('auth.password_reset'),
    );
    // Newest first: the used link's refusal names the account it was mailed to but no actor; the valid link's reset
    // names the account as its actor. The weak password (the policy's answer to a valid link) wrote none.
    expect(rows.filter((r) => r.action === 'auth.password_reset')).toEqual([
      expect.objectContaining({
        outcome: 'denied',
        userId: null,
        role: null,
        detail: 'reset link already used',
      }),
      expect.objectContaining({ outcome: 'allowed', userId: residentId, userEmail: email, role: 'resident' }),
    ]);
    // Asking for a link proves nothing about who asks: those rows name no one.
    const asked = rows.filter((r) => r.action === 'auth.password_reset_requested');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.map((r) => r.userId)).toEqual(asked.map(() => null));
    // Searched by who acted, the reset is found as the account's own.
    const byAgent = await fhirGet(t, admin, `/fhir/R4/AuditEvent?agent=${residentId}&action=E&_count=100`);
    expect(byAgent.status).toBe(200);
    const types = ((byAgent.body.entry ?? []) as { resource: { type: { code: string } } }[]).map(
      (e) => e.resource.type.code,
    );
    expect(types).toContain('auth.password_reset');
    expect(types).not.toContain('auth.password_reset_requested');
  });
});
