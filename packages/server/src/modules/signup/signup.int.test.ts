import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app';
import { sinkMailer, startSmtpSink, type SinkMessage } from '../../test-support/smtp-sink';
import { firstSlot } from '../../test-support/factories';
import { waitFor } from '../../test-support/wait-for';

const PASSWORD = 'kettle-Orbit-lantern-42';

/** Quoted-printable undone (UTF-8). */
function unquote(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** A mail's raw text, quoted-printable undone. */
function textOf(m: SinkMessage): string {
  return unquote(m.raw);
}

/** A mail's subject, its encoded words (RFC 2047, Q) undone. */
function subjectOf(m: SinkMessage): string {
  return m.subject
    .replace(/\?=\s+=\?UTF-8\?Q\?/gi, '')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_x, q: string) => unquote(q.replace(/_/g, ' ')));
}

function tokenIn(m: SinkMessage): string {
  const match = /\/verify-email\?token=([\w-]+)/.exec(textOf(m));
  if (!match?.[1]) throw new Error('no confirmation link in the mail');
  return match[1];
}

let serial = 0;
/** A sign-up body with a fresh email (override any field). */
function person(over: Record<string, unknown> = {}) {
  serial += 1;
  return {
    givenName: 'Jordan',
    familyName: `Newcomer${serial}`,
    birthDate: '1990-04-02',
    sex: 'female',
    email: `jordan${serial}@example.org`,
    phone: '216-555-01' + String(serial).padStart(2, '0'),
    preferredLanguage: 'en',
    password: PASSWORD,
    ...over,
  };
}

describe.each(TEST_DATABASES)('online sign-up on $name', (kind) => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(kind, { loginRateLimit: 5, loginIpRateLimit: 1000 }, { mailer: sinkMailer(sink) });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const mailsTo = (email: string) => sink.messages.filter((m) => m.to.includes(email));
  const count = async (table: 'users' | 'patients' | 'email_verification_tokens' | 'appointments') =>
    (
      await t.handle.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  const signUp = (body: object) => t.call(null, 'POST', '/api/signup', body);
  const login = async (email: string, password = PASSWORD) => {
    const r = await t.call(null, 'POST', '/api/auth/login', { email, password });
    expect(r.status).toBe(200);
    return r.body.token as string;
  };
  /** Signs up and reads the confirmation token from the mail. */
  async function signedUp(over: Record<string, unknown> = {}) {
    const body = person(over);
    const r = await signUp(body);
    expect(r.status).toBe(202);
    const mail = await waitFor(() => mailsTo(body.email)[0], `mail to ${body.email}`);
    return { body, mail, token: tokenIn(mail) };
  }
  const verify = (token: string) => t.call(null, 'POST', '/api/signup/verify', { token });

  it('lists the sign-up routes in OpenAPI', async () => {
    const paths = (await t.call(null, 'GET', '/api/openapi.json')).body.paths as Record<string, object>;
    for (const path of [
      '/api/signup',
      '/api/signup/verify',
      '/api/signup/resend',
      '/api/me/children',
      '/api/patients/{id}/duplicate-review/resolve',
    ]) {
      expect(Object.keys(paths[path] ?? {})).toEqual(['post']);
    }
  });

  it('refuses a bad field with 400 naming it, and saves nothing', async () => {
    const before = [await count('users'), await count('patients'), sink.messages.length];
    for (const [over, field, rule] of [
      [{ givenName: '  ' }, 'givenName', 'is required'],
      [{ email: 'not-an-email' }, 'email', 'email address'],
      [{ birthDate: '02/04/1990' }, 'birthDate', ''],
      [{ birthDate: '2030-01-01' }, 'birthDate', 'future'],
      [{ birthDate: '2012-01-01' }, 'birthDate', '18 or older'],
      [{ sex: 'x' }, 'sex', 'female, male'],
      [{ phone: '12' }, 'phone', ''],
      [{ preferredLanguage: 'fr' }, 'preferredLanguage', 'en or es'],
      [{ password: 'short-1' }, 'password', 'at least 12 characters'],
      [{ password: 'Password2026!' }, 'password', 'too common'],
      [{ isAdmin: true }, 'isAdmin', ''],
    ] as const) {
      const r = await signUp(person(over));
      expect(r.status, JSON.stringify(over)).toBe(400);
      expect(r.body).toMatchObject({ code: 'validation_failed', field });
      expect(r.body.message).toContain(rule);
    }
    const { password: _p, ...noPassword } = person();
    expect((await signUp(noPassword)).body).toMatchObject({ field: 'password' });
    await new Promise((r) => setTimeout(r, 200));
    expect([await count('users'), await count('patients'), sink.messages.length]).toEqual(before);
  });

  it('creates an unconfirmed login and its own record, mails the link in the chosen language, stores only a hash', async () => {
    const { body, mail, token } = await signedUp({ preferredLanguage: 'es' });
    expect(subjectOf(mail)).toBe('Confirme su correo electrónico para OMT Clinic');
    expect(textOf(mail)).toContain('Hola, Jordan');
    const user = await t.handle.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', body.email)
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({ role: 'patient', status: 'active', email_verified: 0 });
    expect(user.password_hash).not.toContain(PASSWORD);
    const tokens = await t.handle.db
      .selectFrom('email_verification_tokens')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.token_hash).not.toBe(token);
    expect(tokens[0]!.expires_at).toBe('2026-06-02T12:00:00Z');
    const me = (await t.call(await login(body.email), 'GET', '/api/me')).body.user;
    expect(me).toMatchObject({ role: 'patient', emailVerified: false });
    expect(me.patients).toEqual([
      expect.objectContaining({ name: `Jordan ${body.familyName}`, relationship: 'self' }),
    ]);
    const record = await t.handle.db
      .selectFrom('patients')
      .selectAll()
      .where('id', '=', me.patients[0].id)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({
      preferred_language: 'es',
      email: body.email,
      duplicate_review_json: null,
    });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('patient_id', '=', record.id)
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'registration.self',
        outcome: 'allowed',
        user_id: user.id,
        detail: 'online sign-up',
      }),
    ]);
  });

  it('lets an unconfirmed login in but refuses booking, series and waitlist (403 email_not_verified) until confirmed', async () => {
    const { body, token } = await signedUp();
    const session = await login(body.email);
    const patientId = (await t.call(session, 'GET', '/api/me')).body.user.patients[0].id as string;
    const slot = await firstSlot(t, session, 'consultation');
    const booking = {
      patientId,
      visitType: 'consultation',
      providerId: slot.providerId,
      locationId: slot.locationId,
      start: slot.start,
    };
    const appointments = await count('appointments');
    const refused = [
      await t.call(session, 'POST', '/api/appointments', booking),
      await t.call(session, 'POST', '/api/appointments/series', { ...booking, count: 2 }),
      await t.call(session, 'POST', '/api/waitlist', {
        patientId,
        visitType: 'consultation',
        notBefore: TEST_NOW.toISOString(),
        notAfter: new Date(TEST_NOW.getTime() + 7 * 86_400_000).toISOString(),
      }),
    ];
    for (const r of refused) {
      expect(r.status).toBe(403);
      expect(r.body.code).toBe('email_not_verified');
    }
    expect(await count('appointments')).toBe(appointments);
    expect((await t.call(null, 'GET', '/api/waitlist')).status).toBe(401);
    expect((await verify(token)).status).toBe(200);
    expect((await t.call(session, 'GET', '/api/me')).body.user.emailVerified).toBe(true);
    const booked = await t.call(session, 'POST', '/api/appointments', booking);
    expect(booked.status).toBe(201);
  });

  it('refuses taking a held waitlist time (403 email_not_verified) until the email is confirmed', async () => {
    const { body, token } = await signedUp();
    const session = await login(body.email);
    const patientId = (await t.call(session, 'GET', '/api/me')).body.user.patients[0].id as string;
    const desk = await t.login('frontdesk@demo.clinic');
    const slot = await firstSlot(t, desk, 'consultation', { location: 'loc-cleveland' });
    const other = await t.call(desk, 'POST', '/api/appointments', {
      patientId: (await t.call(await t.login('alex@demo.clinic'), 'GET', '/api/me')).body.user.patients[0].id,
      visitType: 'consultation',
      providerId: slot.providerId,
      locationId: slot.locationId,
      start: slot.start,
    });
    expect(other.status).toBe(201);
    // The desk puts the new patient on the waitlist (staff book for anyone); the freed time is held for them.
    const entry = await t.call(desk, 'POST', '/api/waitlist', {
      patientId,
      visitType: 'consultation',
      locationId: 'loc-cleveland',
      notBefore: TEST_NOW.toISOString(),
      notAfter: new Date(TEST_NOW.getTime() + 7 * 86_400_000).toISOString(),
    });
    expect(entry.status).toBe(201);
    const freed = await t.call(desk, 'POST', `/api/appointments/${other.body.id}/cancel`, {
      reason: 'moved away',
    });
    expect(freed.status).toBe(200);
    const held = (await t.call(session, 'GET', '/api/waitlist')).body.find(
      (e: { id: string }) => e.id === entry.body.id,
    );
    expect(held.status).toBe('offered');
    const refused = await t.call(session, 'POST', `/api/waitlist/${entry.body.id}/accept`, {});
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('email_not_verified');
    expect((await verify(token)).status).toBe(200);
    const accepted = await t.call(session, 'POST', `/api/waitlist/${entry.body.id}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('booked');
  });

  it('uses a confirmation token once (410), refuses an unknown one (400)', async () => {
    const { token } = await signedUp();
    expect((await verify(token)).status).toBe(200);
    const again = await verify(token);
    expect(again.status).toBe(410);
    expect(again.body).toMatchObject({ code: 'verification_token_used', field: 'token' });
    const unknown = await verify('not-a-token-we-sent');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'verification_token_invalid', field: 'token' });
    expect((await t.call(null, 'POST', '/api/signup/verify', {})).body).toMatchObject({ field: 'token' });
  });

  it('expires a token 24 h after it was mailed by the clinic clock; a resent link works', async () => {
    const early = await signedUp();
    const late = await signedUp();
    try {
      t.clock.now = new Date(TEST_NOW.getTime() + 24 * 3_600_000 - 1000);
      expect((await verify(early.token)).status).toBe(200);
      t.clock.now = new Date(TEST_NOW.getTime() + 24 * 3_600_000);
      const expired = await verify(late.token);
      expect(expired.status).toBe(410);
      expect(expired.body).toMatchObject({ code: 'verification_token_expired', field: 'token' });
      expect(expired.body.message).toContain('24 hours');
      const resent = await t.call(null, 'POST', '/api/signup/resend', {
        email: late.body.email.toUpperCase(),
      });
      expect(resent.status).toBe(202);
      const mail = await waitFor(() => mailsTo(late.body.email)[1], 'the resent link');
      expect((await verify(tokenIn(mail))).status).toBe(200);
      const user = await t.handle.db
        .selectFrom('users')
        .select('email_verified')
        .where('email', '=', late.body.email)
        .executeTakeFirstOrThrow();
      expect(user.email_verified).toBe(1);
    } finally {
      t.clock.now = TEST_NOW;
    }
  });

  it('answers the same for an email in use, creates nothing, and mails that person where to log in or reset', async () => {
    const first = person();
    const fresh = await signUp(first);
    // The sign-up's work runs after its answer: count once its confirmation is mailed.
    await waitFor(() => mailsTo(first.email)[0], 'the confirmation mail');
    const before = [await count('users'), await count('patients')];
    const taken = await signUp(
      person({ email: 'Maria@demo.clinic', givenName: 'Someone', familyName: 'Else' }),
    );
    expect(taken.status).toBe(202);
    expect(taken.body).toEqual(fresh.body);
    const mail = await waitFor(() => mailsTo('maria@demo.clinic')[0], 'the mail to maria');
    expect(subjectOf(mail)).toBe('You already have an account with OMT Clinic');
    expect(textOf(mail)).toContain('/forgot-password');
    expect([await count('users'), await count('patients')]).toEqual(before);
    const resendKnown = await t.call(null, 'POST', '/api/signup/resend', { email: 'maria@demo.clinic' });
    const resendUnknown = await t.call(null, 'POST', '/api/signup/resend', { email: 'nobody@example.org' });
    expect(resendKnown.status).toBe(202);
    expect(resendUnknown.body).toEqual(resendKnown.body);
    await new Promise((r) => setTimeout(r, 200));
    expect(mailsTo('maria@demo.clinic')).toHaveLength(1);
    expect(mailsTo('nobody@example.org')).toHaveLength(0);
  });

  it('flags a sign-up matching a registered patient for the desk, without merging or telling the public', async () => {
    const plain = await signUp(person());
    const desk = await t.login('frontdesk@demo.clinic');
    const maria = (await t.call(desk, 'GET', '/api/patients?q=Lopez')).body[0];
    const body = person({ givenName: 'María', familyName: 'Lopez', birthDate: '1994-02-03' });
    const r = await signUp(body);
    expect(r.status).toBe(202);
    expect(r.body).toEqual(plain.body);
    await waitFor(() => mailsTo(body.email)[0], 'the confirmation mail');
    const session = await login(body.email);
    const own = (await t.call(session, 'GET', '/api/me')).body.user.patients;
    expect(own).toHaveLength(1);
    expect(own[0].id).not.toBe(maria.id);
    const seen = await t.call(session, 'GET', `/api/patients/${own[0].id}`);
    expect(seen.status).toBe(200);
    // The match is the desk's to review: the public never learns that someone else has this name and birth date.
    expect(seen.body.duplicateReview).toBeNull();
    expect((await t.call(session, 'GET', `/api/patients/${maria.id}`)).status).toBe(403);
    const flagged = (await t.call(desk, 'GET', `/api/patients/${own[0].id}`)).body;
    expect(flagged.duplicateReview).toEqual({
      matchIds: [maria.id],
      flaggedAt: TEST_NOW.toISOString().replace('.000', ''),
    });
    expect((await t.call(desk, 'GET', `/api/patients/${maria.id}`)).body).toMatchObject({
      name: 'Maria Lopez',
      duplicateReview: null,
    });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('detail')
      .where('patient_id', '=', own[0].id)
      .where('action', '=', 'registration.self')
      .executeTakeFirstOrThrow();
    expect(audit.detail).toContain(`possible duplicate of ${maria.id}`);

    // The desk checks the match and clears the marker, saying what it found; nobody else may.
    const resolve = (token: string, id: string, note: unknown) =>
      t.call(token, 'POST', `/api/patients/${id}/duplicate-review/resolve`, { note });
    expect((await resolve(session, own[0].id, 'it is me')).status).toBe(403);
    const short = await resolve(desk, own[0].id, 'ok');
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ code: 'validation_failed', field: 'note' });
    expect((await resolve(desk, 'no-such-patient', 'different person')).status).toBe(404);
    const resolved = await resolve(desk, own[0].id, 'called her: a different person, born the same day');
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ duplicateReview: null, version: flagged.version + 1 });
    const again = await resolve(desk, own[0].id, 'checked twice');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('no_duplicate_review');
    const resolvedAudit = await t.handle.db
      .selectFrom('audit_log')
      .select(['detail', 'outcome'])
      .where('patient_id', '=', own[0].id)
      .where('action', '=', 'demographics.write')
      .execute();
    expect(resolvedAudit).toContainEqual({
      detail: 'duplicate review resolved: called her: a different person, born the same day',
      outcome: 'allowed',
    });
  });

  it('treats the demo logins as confirmed', async () => {
    const me = (await t.call(await t.login('maria@demo.clinic'), 'GET', '/api/me')).body.user;
    expect(me.emailVerified).toBe(true);
  });

  it('limits sign-ups per email like logins (429)', async () => {
    const body = person();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signUp({ ...body, familyName: `Try${i}` })).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    await waitFor(() => mailsTo(body.email)[4], 'the five mails');
  });
});
