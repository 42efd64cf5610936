import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startAppAs, type TestApp } from '../../test-support/test-app';
import { fhirGet } from '../../test-support/fhir';
import { DEMO_PASSWORD } from '../../seed/demo-clinic';
import { totpCode } from '../../auth/totp';

describe.each(TEST_DATABASES)("an account's logins in the audit log on $name", (kind) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    ({ t, token: admin } = await startAppAs(kind, 'admin@demo.clinic'));
  });
  afterAll(() => t.close());

  const password = (email: string, pass = DEMO_PASSWORD) =>
    t.call(null, 'POST', '/api/auth/login', { email, password: pass });
  /** The audit log as the admin's page reads it, newest first. */
  const auditPage = async () => {
    const r = await t.call(admin, 'GET', '/api/audit?pageSize=200');
    expect(r.status).toBe(200);
    return r.body.items as AuditEntry[];
  };
  /** The admin's search of the audit log by who acted (FHIR AuditEvent, agent=). */
  const byAgent = async (userId: string) => {
    const r = await fhirGet(t, admin, `/fhir/R4/AuditEvent?agent=${userId}&action=E&_count=100`);
    expect(r.status).toBe(200);
    return ((r.body.entry ?? []) as { resource: { type: { code: string }; outcome: string } }[]).map(
      (e) => `${e.resource.type.code} ${e.resource.outcome}`,
    );
  };

  it('names the account as the actor of its login and logout; a failed login names none but keeps the email typed', async () => {
    const deskId = await t.userId('frontdesk@demo.clinic');
    const wrong = await password('frontdesk@demo.clinic', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect((await password('nobody@demo.clinic', 'not-the-password')).status).toBe(401);
    const login = await password('frontdesk@demo.clinic');
    expect(login.status).toBe(200);
    expect((await t.call(login.body.token, 'POST', '/api/auth/logout', {})).status).toBe(200);

    const rows = await auditPage();
    expect(rows.find((r) => r.action === 'auth.login' && r.outcome === 'allowed')).toMatchObject({
      userId: deskId,
      userEmail: 'frontdesk@demo.clinic',
      role: 'front_desk',
      resourceType: 'user',
      resourceId: deskId,
    });
    expect(rows.find((r) => r.action === 'auth.logout')).toMatchObject({
      userId: deskId,
      role: 'front_desk',
    });
    const failed = rows.filter((r) => r.action === 'auth.login' && r.outcome === 'denied');
    expect(failed.map((r) => [r.userId, r.userEmail, r.role, r.detail])).toEqual([
      [null, null, null, 'nobody@demo.clinic'],
      [null, null, null, 'frontdesk@demo.clinic'],
    ]);
    // Searched by who acted, the account's own login and logout are found, and the failures are not its.
    expect(await byAgent(deskId)).toEqual(expect.arrayContaining(['auth.login 0', 'auth.logout 0']));
    expect(await byAgent(deskId)).not.toContain('auth.login 4');
  });

  it('names the account as the actor of both steps of a two-factor login, and no one for a wrong code', async () => {
    const email = 'dr.kim@demo.clinic';
    const kimId = await t.userId(email);
    const token = (await password(email)).body.token as string;
    const { secret } = (await t.call(token, 'POST', '/api/auth/totp/setup')).body as { secret: string };
    const now = () => t.clock.now.getTime();
    expect(
      (await t.call(token, 'POST', '/api/auth/totp/enable', { code: totpCode(secret, now()) })).status,
    ).toBe(200);
    t.clock.now = new Date(now() + 90_000);

    const first = await password(email);
    expect(first.body.status).toBe('mfa_required');
    const code = totpCode(secret, now());
    const wrong = await t.call(null, 'POST', '/api/auth/login/totp', {
      pendingToken: first.body.pendingToken,
      code: code === '123456' ? '654321' : '123456',
    });
    expect(wrong.status).toBe(400);
    const done = await t.call(null, 'POST', '/api/auth/login/totp', {
      pendingToken: first.body.pendingToken,
      code,
    });
    expect(done.status).toBe(200);

    const rows = (await auditPage()).filter(
      (r) => r.resourceId === kimId && r.action.startsWith('auth.login'),
    );
    expect(rows.map((r) => [r.action, r.outcome, r.userId])).toEqual([
      ['auth.login_totp', 'allowed', kimId],
      ['auth.login_totp', 'denied', null],
      ['auth.login_code_asked', 'allowed', kimId],
      ['auth.login', 'allowed', kimId],
    ]);
    expect(await byAgent(kimId)).toEqual(
      expect.arrayContaining([
        'auth.login 0',
        'auth.login_code_asked 0',
        'auth.login_totp 0',
        'auth.totp_enabled 0',
      ]),
    );
  });
});
