import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { sinkMailer, startSmtpSink, type SinkMessage } from '../../test-support/smtp-sink';
import { DEMO_PASSWORD } from '../../seed/demo-clinic';
import { totpCode } from '../../auth/totp';
import { waitFor } from '../../test-support/wait-for';

/** A mail's text, quoted-printable undone. */
const textOf = (mail: SinkMessage) =>
  mail.raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe.each(TEST_DATABASES)('an admin resets a lost two-factor on $name', (kind) => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let admin: string;
  const mailsTo = (email: string) => sink.messages.filter((m) => m.to.includes(email));
  const reset = (
    token: string | null,
    id: string,
    body: unknown = { reason: 'lost phone; identity checked at the desk' },
  ) => t.call(token, 'POST', `/api/staff/${id}/totp/reset`, body);
  const later = (ms: number) => {
    t.clock.now = new Date(t.clock.now.getTime() + ms);
  };
  const password = (email: string) =>
    t.call(null, 'POST', '/api/auth/login', { email, password: DEMO_PASSWORD });

  /** Turns two-factor on for the user; returns the secret. */
  async function turnOn(email: string): Promise<string> {
    const token = (await password(email)).body.token as string;
    const secret = (await t.call(token, 'POST', '/api/auth/totp/setup')).body.secret as string;
    const on = await t.call(token, 'POST', '/api/auth/totp/enable', {
      code: totpCode(secret, t.clock.now.getTime()),
    });
    expect(on.status).toBe(200);
    later(60_000);
    return secret;
  }
  async function loginWithCode(email: string, secret: string): Promise<string> {
    const first = await password(email);
    expect(first.body.status).toBe('mfa_required');
    const second = await t.call(null, 'POST', '/api/auth/login/totp', {
      pendingToken: first.body.pendingToken,
      code: totpCode(secret, t.clock.now.getTime()),
    });
    expect(second.status).toBe(200);
    later(60_000);
    return second.body.token as string;
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(kind, { requireTotpFor: ['physician'] }, { mailer: sinkMailer(sink) });
    admin = await t.login('admin@demo.clinic');
    // The mail names the clinic from its profile, not the software.
    await t.handle.db
      .updateTable('clinic_profile')
      .set((eb) => ({ name: 'Lakeside Osteopathy', version: eb('version', '+', 1) }))
      .execute();
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('resets a physician’s two-factor: their sessions end, the reason is audited, they are mailed and must enrol again', async () => {
    const email = 'dr.still@demo.clinic';
    const id = await t.userId(email);
    const secret = await turnOn(email);
    const session = await loginWithCode(email, secret);
    const listed = (await t.call(admin, 'GET', '/api/staff')).body.items.find(
      (m: { id: string }) => m.id === id,
    );
    expect(listed.twoFactorOn).toBe(true);

    const r = await reset(admin, id);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id, twoFactorOn: false });
    expect((await t.call(session, 'GET', '/api/me')).status).toBe(401);
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'staff.totp_reset')
      .where('resource_id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      user_id: await t.userId('admin@demo.clinic'),
      outcome: 'allowed',
      detail: 'lost phone; identity checked at the desk',
    });
    const left = await t.handle.db
      .selectFrom('totp_recovery_codes')
      .select('id')
      .where('user_id', '=', id)
      .execute();
    expect(left).toHaveLength(0);
    const mail = await waitFor(() => mailsTo(email)[0], 'the reset mail');
    expect(mail.subject).toBe('Your Lakeside Osteopathy two-factor was reset');
    expect(textOf(mail)).toContain(
      'Avery Admin, an administrator of Lakeside Osteopathy, reset the two-factor',
    );
    expect(textOf(mail)).toContain('you will be asked to set up two-factor again');

    // The password alone now gives a session, which reaches only enrolment (REQUIRE_TOTP_FOR=physician).
    const again = await password(email);
    expect(again.status).toBe(200);
    expect(again.body.token).toBeTypeOf('string');
    const worklist = await t.call(again.body.token, 'GET', '/api/worklist');
    expect(worklist.status).toBe(403);
    expect(worklist.body.code).toBe('totp_enrolment_required');
    expect((await t.call(again.body.token, 'GET', '/api/auth/totp')).body).toMatchObject({
      enabled: false,
      required: true,
    });
    // The old authenticator's codes open nothing, and a new set-up works.
    const setup = await t.call(again.body.token, 'POST', '/api/auth/totp/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.secret).not.toBe(secret);
    const old = await t.call(again.body.token, 'POST', '/api/auth/totp/enable', {
      code: totpCode(secret, t.clock.now.getTime()),
    });
    expect(old.status).toBe(400);
  });

  it('refuses other roles (403), one’s own account (403), unknown ids (404), a missing reason (400) and a member without two-factor (409), changing nothing', async () => {
    const email = 'dr.kim@demo.clinic';
    const id = await t.userId(email);
    const secret = await turnOn(email);
    const session = await loginWithCode(email, secret);
    for (const who of ['frontdesk@demo.clinic', 'resident@demo.clinic']) {
      const r = await reset(await t.login(who), id);
      expect(r.status, who).toBe(403);
    }
    expect((await reset(null, id)).status).toBe(401);
    expect((await reset(session, id)).status).toBe(403);

    const adminId = await t.userId('admin@demo.clinic');
    const own = await reset(admin, adminId);
    expect(own.status).toBe(403);
    expect(own.body.message).toContain('your own two-factor');

    expect((await reset(admin, 'no-such-user')).status).toBe(404);
    const patient = await reset(admin, await t.userId('alex@demo.clinic'));
    expect(patient.status).toBe(404);

    for (const body of [{}, { reason: '   ' }, { reason: 'x'.repeat(501) }]) {
      const r = await reset(admin, id, body);
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ code: 'validation_failed', field: 'reason' });
    }
    const extra = await reset(admin, id, { reason: 'lost phone', secret: 'x' });
    expect(extra.status).toBe(400);
    expect(extra.body.field).toBe('secret');

    const none = await reset(admin, await t.userId('frontdesk@demo.clinic'));
    expect(none.status).toBe(409);
    expect(none.body.code).toBe('totp_not_enabled');

    // Nothing changed: dr.kim keeps the session and two-factor, and no reset was audited or mailed.
    expect((await t.call(session, 'GET', '/api/me')).status).toBe(200);
    expect((await t.call(session, 'GET', '/api/auth/totp')).body.enabled).toBe(true);
    const audited = await t.handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'staff.totp_reset')
      .where('resource_id', '=', id)
      .execute();
    expect(audited).toHaveLength(0);
    expect(mailsTo(email)).toHaveLength(0);
  });

  it('is in OpenAPI', async () => {
    const paths = (await t.call(null, 'GET', '/api/openapi.json')).body.paths;
    expect(paths['/api/staff/{id}/totp/reset']?.post).toBeDefined();
  });
});
