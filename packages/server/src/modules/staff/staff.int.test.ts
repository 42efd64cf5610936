import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { sinkMailer, startSmtpSink, type SinkMessage } from '../../test-support/smtp-sink';
import { bookFollowUp } from '../../test-support/factories';
import { waitFor } from '../../test-support/wait-for';
import { fieldLabel } from '../../http/plain-messages';

const NEW_PASSWORD = 'granite-lantern-orchard-42';

/** The token of the invitation link in a mail (the body may be quoted-printable). */
function linkToken(mail: SinkMessage): string {
  const body = mail.raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const token = /\/accept-invitation#token=([\w-]+)/.exec(body)?.[1];
  if (!token) throw new Error(`no invitation link in ${body}`);
  return token;
}

describe.each(TEST_DATABASES)('admin manages staff on $name', (kind) => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let admin: string;
  let stillId: string;
  let residentId: string;
  const mailsTo = (email: string) => sink.messages.filter((m) => m.to.includes(email));
  const staffCount = async () => (await t.call(admin, 'GET', '/api/staff')).body.items.length as number;
  const physician = (email: string, extra: object = {}) => ({
    email,
    displayName: 'Dr. Jordan New',
    role: 'physician',
    credential: 'MD',
    npi: '1234567893',
    locationIds: ['loc-cleveland'],
    ...extra,
  });
  const invite = async (body: object) => t.call(admin, 'POST', '/api/staff/invitations', body);
  const inviteAndMail = async (email: string, extra: object = {}) => {
    const before = mailsTo(email).length;
    const r = await invite(physician(email, extra));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const mail = await waitFor(() => mailsTo(email)[before], `invitation to ${email}`);
    return { id: r.body.member.id as string, token: linkToken(mail), body: r.body };
  };
  const accept = (token: string, password = NEW_PASSWORD) =>
    t.call(null, 'POST', '/api/staff/invitations/accept', { token, password });
  const login = (email: string, password = NEW_PASSWORD) =>
    t.call(null, 'POST', '/api/auth/login', { email, password });

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(kind, {}, { mailer: sinkMailer(sink) });
    admin = await t.login('admin@demo.clinic');
    stillId = await t.userId('dr.still@demo.clinic');
    residentId = await t.userId('resident@demo.clinic');
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('lists staff (not patients) with role, credential, supervisor, locations and status, for admins only', async () => {
    const r = await t.call(admin, 'GET', '/api/staff');
    expect(r.status).toBe(200);
    const emails = r.body.items.map((s: { email: string }) => s.email);
    expect(emails).toContain('dr.still@demo.clinic');
    expect(emails).not.toContain('alex@demo.clinic');
    const resident = r.body.items.find((s: { id: string }) => s.id === residentId);
    expect(resident).toMatchObject({ role: 'resident', status: 'active', supervisor: { id: stillId } });
    const desk = await t.login('frontdesk@demo.clinic');
    expect((await t.call(desk, 'GET', '/api/staff')).status).toBe(403);
    expect((await t.call(desk, 'POST', '/api/staff/invitations', physician('x@new.clinic'))).status).toBe(
      403,
    );
  });

  it.each([
    ['email', { email: 'not-an-email' }],
    ['role', { role: 'patient' }],
    ['displayName', { displayName: ' ' }],
    ['credential', { credential: null }],
    ['credential', { credential: 'PhD' }],
    ['credential', { role: 'front_desk', npi: null }],
    ['npi', { npi: null }],
    ['npi', { npi: '123456789' }],
    ['npi', { npi: '1234567890' }],
    ['npi', { role: 'admin', credential: null }],
    ['supervisorId', { role: 'resident' }],
    ['supervisorId', { role: 'resident', supervisorId: 'RESIDENT' }],
    ['supervisorId', { supervisorId: 'STILL' }],
    ['locationIds.1', { locationIds: ['loc-cleveland', 'loc-nowhere'] }],
    ['locationIds', { locationIds: ['loc-cleveland', 'loc-cleveland'] }],
    ['validityDays', { validityDays: 0 }],
    ['isAdmin', { isAdmin: true }],
  ])('refuses an invitation with a bad %s (400 naming it, nothing saved, no mail)', async (field, patch) => {
    const ids: Record<string, string> = { RESIDENT: residentId, STILL: stillId };
    const body = physician('refused@new.clinic', patch) as Record<string, unknown>;
    if (typeof body.supervisorId === 'string') body.supervisorId = ids[body.supervisorId];
    const before = await staffCount();
    const r = await invite(body);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.field).toBe(field);
    // Named by its label (an unknown key by itself).
    expect([fieldLabel(field), field].some((name) => String(r.body.message).includes(name))).toBe(true);
    expect(await staffCount()).toBe(before);
    expect(mailsTo('refused@new.clinic')).toHaveLength(0);
  });

  it.each([
    ['npi', { npi: '1245319590' }],
    ['credential', { credential: null }],
    ['supervisorId', { supervisorId: 'STILL' }],
    ['locationIds.0', { locationIds: ['loc-nowhere'] }],
    ['role', { role: 'patient' }],
    ['displayName', { displayName: '' }],
  ])('refuses an edit with a bad %s (400 naming it, nothing saved)', async (field, patch) => {
    const kimId = await t.userId('dr.kim@demo.clinic');
    const before = (await t.call(admin, 'GET', '/api/staff')).body.items.find(
      (s: { id: string }) => s.id === kimId,
    );
    const body = {
      displayName: 'Dr. Daniel Kim',
      role: 'physician',
      credential: 'MD',
      npi: '1245319599',
      locationIds: ['loc-phoenix'],
      ...patch,
    } as Record<string, unknown>;
    if (body.supervisorId === 'STILL') body.supervisorId = stillId;
    const r = await t.call(admin, 'PUT', `/api/staff/${kimId}`, body);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.field).toBe(field);
    const after = (await t.call(admin, 'GET', '/api/staff')).body.items.find(
      (s: { id: string }) => s.id === kimId,
    );
    expect(after).toEqual(before);
  });

  it('answers 404 for an unknown or patient id', async () => {
    const alexId = await t.userId('alex@demo.clinic');
    for (const id of ['no-such-user', alexId]) {
      expect((await t.call(admin, 'POST', `/api/staff/${id}/deactivate`)).status).toBe(404);
      expect(
        (await t.call(admin, 'PUT', `/api/staff/${id}`, { displayName: 'X', role: 'admin' })).status,
      ).toBe(404);
    }
  });

  it('refuses a duplicate email with 409 and saves nothing', async () => {
    const before = await staffCount();
    const r = await invite(physician('DR.STILL@demo.clinic'));
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: 'email_taken', field: 'email' });
    expect(await staffCount()).toBe(before);
  });

  it('mails an invitation whose link sets the password once; then the physician logs in', async () => {
    const { id, token, body } = await inviteAndMail('jordan@new.clinic');
    expect(body.member).toMatchObject({ status: 'invited', credential: 'MD', npi: '1234567893' });
    expect(body.member.locationIds).toEqual(['loc-cleveland']);
    expect(body.expiresAt).toBe('2026-06-08T12:00:00Z');
    expect((await login('jordan@new.clinic')).status).toBe(401);
    const weak = await accept(token, 'short');
    expect(weak.status).toBe(400);
    expect(weak.body.field).toBe('password');
    const ok = await accept(token);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.email).toBe('jordan@new.clinic');
    const again = await accept(token, 'another-strong-pass-77');
    expect(again.status).toBe(400);
    expect(again.body.field).toBe('token');
    const session = await login('jordan@new.clinic');
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ id, role: 'physician', credential: 'MD' });
    const listed = (await t.call(admin, 'GET', '/api/staff')).body.items.find(
      (s: { id: string }) => s.id === id,
    );
    expect(listed.status).toBe('active');
  });

  it('refuses an expired link, and a re-sent invitation replaces the old link', async () => {
    const { id, token } = await inviteAndMail('late@new.clinic', { validityDays: 2 });
    const start = t.clock.now;
    try {
      t.clock.now = new Date(start.getTime() + 2 * 86_400_000 + 1000);
      const expired = await accept(token);
      expect(expired.status).toBe(400);
      expect(expired.body.field).toBe('token');
      const resent = await t.call(admin, 'POST', `/api/staff/${id}/invitation`, {});
      expect(resent.status, JSON.stringify(resent.body)).toBe(200);
      const mail = await waitFor(() => mailsTo('late@new.clinic')[1], 'second invitation');
      const fresh = linkToken(mail);
      expect(fresh).not.toBe(token);
      t.clock.now = start;
      expect((await accept(token)).status).toBe(400);
      expect((await accept(fresh)).status).toBe(200);
      expect((await login('late@new.clinic')).status).toBe(200);
      expect((await t.call(admin, 'POST', `/api/staff/${id}/invitation`, {})).status).toBe(409);
    } finally {
      t.clock.now = start;
    }
  });

  it('changes role and details, refusing a resident without supervisor and demoting the last admin', async () => {
    const { id } = await inviteAndMail('promoted@new.clinic');
    const put = (userId: string, body: object) => t.call(admin, 'PUT', `/api/staff/${userId}`, body);
    const asResident = {
      displayName: 'Dr. Sky Resident',
      role: 'resident',
      credential: 'DO',
      npi: '1679576722',
    };
    const noSupervisor = await put(id, asResident);
    expect(noSupervisor.status).toBe(400);
    expect(noSupervisor.body.field).toBe('supervisorId');
    const unchanged = (await t.call(admin, 'GET', '/api/staff')).body.items.find(
      (s: { id: string }) => s.id === id,
    );
    expect(unchanged).toMatchObject({ role: 'physician', displayName: 'Dr. Jordan New' });
    const ok = await put(id, { ...asResident, supervisorId: stillId, locationIds: ['loc-phoenix'] });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({
      role: 'resident',
      supervisor: { id: stillId },
      locationIds: ['loc-phoenix'],
    });
    const adminId = await t.userId('admin@demo.clinic');
    const demote = await put(adminId, { displayName: 'Avery Admin', role: 'front_desk' });
    expect(demote.status).toBe(409);
    expect(demote.body.code).toBe('last_admin');
    expect(
      (await t.call(admin, 'GET', '/api/staff')).body.items.find((s: { id: string }) => s.id === adminId)
        .role,
    ).toBe('admin');
    const supervisor = await put(stillId, { displayName: 'Dr. Andrea Still', role: 'front_desk' });
    expect(supervisor.status).toBe(409);
  });

  it('deactivates: sessions end at once, login is refused, history stays, no longer offered or booked; not a supervisor of residents, not the last admin', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic', 'dr.kim@demo.clinic');
    const kimId = await t.userId('dr.kim@demo.clinic');
    const kim = await t.login('dr.kim@demo.clinic');
    expect((await t.call(kim, 'GET', '/api/me')).status).toBe(200);
    const offered = async () => {
      const alex = await t.login('alex@demo.clinic');
      const qs = new URLSearchParams({
        visitType: 'omt-follow-up',
        provider: kimId,
        from: t.clock.now.toISOString(),
        to: new Date(t.clock.now.getTime() + 7 * 86_400_000).toISOString(),
      });
      return expandSlots((await t.call(alex, 'GET', `/api/availability?${qs.toString()}`)).body);
    };
    expect((await offered()).length).toBeGreaterThan(0);
    const r = await t.call(admin, 'POST', `/api/staff/${kimId}/deactivate`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.status).toBe('deactivated');
    expect((await t.call(kim, 'GET', '/api/me')).status).toBe(401);
    expect(
      (
        await t.call(null, 'POST', '/api/auth/login', {
          email: 'dr.kim@demo.clinic',
          password: 'omt-demo-2026',
        })
      ).status,
    ).toBe(401);
    const desk = await t.login('frontdesk@demo.clinic');
    const visit = await t.call(desk, 'GET', `/api/appointments/${appt.id}`);
    expect(visit.status, JSON.stringify(visit.body)).toBe(200);
    expect(await offered()).toEqual([]);
    const alex = await t.login('alex@demo.clinic');
    const booking = await t.call(alex, 'POST', '/api/appointments', {
      patientId: appt.patientId,
      visitType: 'omt-follow-up',
      providerId: kimId,
      locationId: 'loc-phoenix',
      start: '2026-06-03T16:00:00Z',
    });
    expect(booking.status).toBe(400);
    expect(booking.body.field).toBe('providerId');
    const supervisor = await t.call(admin, 'POST', `/api/staff/${stillId}/deactivate`);
    expect(supervisor.status).toBe(409);
    expect(supervisor.body.code).toBe('supervises_residents');
    const adminId = await t.userId('admin@demo.clinic');
    const last = await t.call(admin, 'POST', `/api/staff/${adminId}/deactivate`);
    expect(last.status).toBe(409);
    expect(last.body.code).toBe('last_admin');
    expect((await t.call(admin, 'GET', '/api/me')).status).toBe(200);
  });
});
