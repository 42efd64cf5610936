import ICAL from 'ical.js';
import { randomUUID } from 'node:crypto';
import { grantPatientAccess, insertUser } from '@omt/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { sinkMailer, startSmtpSink, type SinkMessage } from '../../test-support/smtp-sink';
import { readMail } from '../../test-support/mail-text';
import { bookFollowUp, patientIdOf } from '../../test-support/factories';
import { enqueueDueReminders } from './appointment-mail';
import { hashPassword } from '../../auth/passwords';
import { DEMO_PASSWORD } from '../../seed/demo-clinic';
import { waitFor } from '../../test-support/wait-for';
import type { Appointment, PatientRecord, UpdateVisitType, VisitType } from '@omt/contracts';

/** The admin's edit body of a visit type as it stands. */
function pickUpdate(v: VisitType): UpdateVisitType {
  const { id: _id, retired: _retired, nameEs: _n, descriptionEs: _d, ...rest } = v;
  return rest;
}

/** The invitation's SUMMARY and its start as the location's wall clock ("9:00"). */
function invitation(ics: string | null) {
  const cal = new ICAL.Component(ICAL.parse(ics ?? ''));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
  const { hour, minute } = event.startDate;
  return { summary: event.summary, wall: `${hour % 12 || 12}:${String(minute).padStart(2, '0')}`, hour };
}

const SPANISH_DAY = /(lunes|martes|miércoles|jueves|viernes|sábado|domingo), \d{1,2} de junio de 2026/;
const ENGLISH_DAY = /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), June \d{1,2}, 2026/;

describe.each(TEST_DATABASES)("mail in the patient's language on $name", (kind) => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(kind, {}, { mailer: sinkMailer(sink) });
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  const mailTo = (email: string, subject: RegExp, after = 0) =>
    waitFor(
      () =>
        sink.messages
          .slice(after)
          .map((m): SinkMessage & { read: ReturnType<typeof readMail> } => ({ ...m, read: readMail(m.raw) }))
          .find((m) => m.to.includes(email) && subject.test(m.read.subject)),
      `${subject.source} to ${email}`,
    );
  const setLanguage = async (email: string, preferredLanguage: string) =>
    t.call(await t.login(email), 'PUT', '/api/me/preferred-language', { preferredLanguage });

  it('a patient sets her language to Spanish: saved on her record, audited, and shown in /api/me', async () => {
    const mariaId = await patientIdOf(t, 'maria@demo.clinic');
    const desk = await t.login('frontdesk@demo.clinic');
    const before = (await t.call(desk, 'GET', `/api/patients/${mariaId}`)).body as { version: number };
    const r = await setLanguage('maria@demo.clinic', 'es');
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.preferredLanguage).toBe('es');
    const me = await t.call(await t.login('maria@demo.clinic'), 'GET', '/api/me');
    expect(me.body.user.preferredLanguage).toBe('es');
    const after = (await t.call(desk, 'GET', `/api/patients/${mariaId}`)).body as {
      version: number;
      preferredLanguage: string;
    };
    expect(after.preferredLanguage).toBe('es');
    expect(after.version).toBe(before.version + 1);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'language.write')
      .where('patient_id', '=', mariaId)
      .execute();
    expect(audit.map((a) => a.outcome)).toEqual(['allowed']);
    const openapi = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(openapi.paths['/api/me/preferred-language']?.put).toBeDefined();
  });

  it('refuses a language other than en/es (400 naming the field) and staff, saving nothing', async () => {
    const bad = await setLanguage('alex@demo.clinic', 'fr');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('preferredLanguage');
    expect((await setLanguage('dr.still@demo.clinic', 'es')).status).toBe(403);
    const me = await t.call(await t.login('alex@demo.clinic'), 'GET', '/api/me');
    expect(me.body.user.preferredLanguage).toBe('en');
  });

  it('refuses a patient login without any patient record (409 naming the field)', async () => {
    await insertUser(t.deps.db, {
      id: randomUUID(),
      email: 'no.record@demo.clinic',
      password_hash: await hashPassword(DEMO_PASSWORD),
      role: 'patient',
      display_name: 'No Record',
      credential: null,
      supervisor_id: null,
      created_at: '2026-06-01T12:00:00Z',
    });
    const r = await setLanguage('no.record@demo.clinic', 'es');
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: 'no_patient_record', field: 'preferredLanguage' });
  });

  it('mails a Spanish-speaking patient in Spanish, with the date in Spanish in the location zone', async () => {
    const appt = await bookFollowUp(t, 'maria@demo.clinic');
    const mail = await mailTo('maria@demo.clinic', /^Su cita está confirmada: /);
    const ics = invitation(mail.ics);
    const wall = `${ics.wall} ${ics.hour < 12 ? 'a.m.' : 'p.m.'}`;
    expect(mail.read.subject).toMatch(SPANISH_DAY);
    expect(mail.read.subject.replace(/\s/g, ' ')).toContain(
      `, a las ${wall}, hora de Cleveland (America/New_York, UTC-04:00)`,
    );
    expect(mail.read.text).toMatch(/^Su cita está confirmada: .+ para Maria Lopez$/m);
    expect(mail.read.text).toMatch(/^Cuándo: /m);
    expect(mail.read.text).toMatch(/^Dónde: OMT Clinic Cleveland$/m);
    expect(mail.read.text).toContain('Por favor, complete el cuestionario de admisión');
    expect(mail.read.text).toMatch(/^Portal del paciente: /m);
    expect(mail.read.text).not.toMatch(/When:|Please fill/);
    expect(ics.summary).toMatch(/^Cita: /);

    const before = sink.messages.length;
    expect(await enqueueDueReminders(t.deps)).toBeGreaterThanOrEqual(1);
    await t.jobs.runDueJobs();
    const reminder = await mailTo('maria@demo.clinic', /^Recordatorio de su cita: /, before);
    expect(reminder.read.subject).toMatch(SPANISH_DAY);
    const maria = await t.login('maria@demo.clinic');
    const cancelled = await t.call(maria, 'POST', `/api/appointments/${appt.id}/cancel`, { reason: 'viaje' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    const cancel = await mailTo('maria@demo.clinic', /^Su cita ha sido cancelada: /);
    expect(cancel.read.text).toContain('Esta cita ha sido cancelada.');
  });

  it('mails an English-speaking patient in English', async () => {
    await bookFollowUp(t, 'alex@demo.clinic');
    const mail = await mailTo('alex@demo.clinic', /^Your visit is booked: /);
    const ics = invitation(mail.ics);
    expect(mail.read.subject).toMatch(ENGLISH_DAY);
    expect(mail.read.subject.replace(/\s/g, ' ')).toContain(
      ` at ${ics.wall} ${ics.hour < 12 ? 'AM' : 'PM'} Cleveland time (America/New_York, UTC-04:00)`,
    );
    expect(mail.read.text).toMatch(/^When: /m);
    expect(mail.read.text).not.toMatch(/Cuándo|Su cita/);
    expect(ics.summary).toMatch(/^Visit: /);
  });

  it("a guardian without a record of her own reads her child's record's language, and sets it", async () => {
    expect((await setLanguage('sam.parent@demo.clinic', 'es')).body.preferredLanguage).toBe('es');
    await bookFollowUp(t, 'sam.parent@demo.clinic');
    const mail = await mailTo('sam.parent@demo.clinic', /^Su cita está confirmada: /);
    expect(mail.read.text).toMatch(/ para Noah Parent$/m);
  });

  it('a guardian with a record of his own reads his own language about the child', async () => {
    // Noah's record is Spanish now (the test above); Alex, English, becomes his second guardian.
    const noahId = await patientIdOf(t, 'sam.parent@demo.clinic');
    await grantPatientAccess(t.deps.db, {
      user_id: await t.userId('alex@demo.clinic'),
      patient_id: noahId,
      relationship: 'guardian',
    });
    const before = sink.messages.length;
    await bookFollowUp(t, 'sam.parent@demo.clinic');
    const es = await mailTo('sam.parent@demo.clinic', /^Su cita está confirmada: /, before);
    const en = await mailTo('alex@demo.clinic', /^Your visit is booked: /, before);
    expect(es.to).not.toContain('alex@demo.clinic');
    expect(en.read.text).toMatch(/ for Noah Parent$/m);
  });

  it('mails the password reset in the patient language', async () => {
    const r = await t.call(null, 'POST', '/api/auth/forgot-password', { email: 'maria@demo.clinic' });
    expect(r.status).toBe(202);
    const es = await mailTo('maria@demo.clinic', /^Restablezca su contraseña de OMT Clinic$/);
    expect(es.read.text).toContain('Si no fue usted, ignore este correo');
    await t.call(null, 'POST', '/api/auth/forgot-password', { email: 'alex@demo.clinic' });
    const en = await mailTo('alex@demo.clinic', /^Reset your OMT Clinic password$/);
    expect(en.read.text).toContain('If it was not you');
  });

  it("names a visit type in the reader's language: the Spanish the admin wrote for Maria, the English for Alex", async () => {
    await setLanguage('maria@demo.clinic', 'es');
    const admin = await t.login('admin@demo.clinic');
    const types = (await t.call(admin, 'GET', '/api/visit-types')).body as VisitType[];
    const v = types.find((x) => x.id === 'omt-follow-up')!;
    const body = {
      ...pickUpdate(v),
      nameEs: '  Tratamiento de seguimiento ',
      descriptionEs: 'Para un problema ya evaluado.',
    };
    const put = (b: object) => t.call(admin, 'PUT', '/api/visit-types/omt-follow-up', b);
    const bad = await put({ ...body, nameEs: 'X' });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('nameEs');
    expect(bad.body.message).toMatch(/at least 2 characters/);
    expect((await put({ ...body, descriptionEs: 'x'.repeat(501) })).body.field).toBe('descriptionEs');
    const saved = await put(body);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ name: 'OMT follow-up', nameEs: 'Tratamiento de seguimiento' });

    const before = sink.messages.length;
    const appt = await bookFollowUp(t, 'maria@demo.clinic');
    const maria = await t.login('maria@demo.clinic');
    const offered = (await t.call(maria, 'GET', `/api/visit-types?patientId=${appt.patientId}`))
      .body as VisitType[];
    expect(offered.find((x) => x.id === 'omt-follow-up')).toMatchObject({
      nameEs: 'Tratamiento de seguimiento',
      descriptionEs: 'Para un problema ya evaluado.',
    });
    const list = (await t.call(maria, 'GET', `/api/appointments?patientId=${appt.patientId}`))
      .body as Appointment[];
    expect(list.find((a) => a.id === appt.id)?.visitTypeNameEs).toBe('Tratamiento de seguimiento');
    const visitName = async (token: string, patientId: string, id: string, lang: string) =>
      (
        (await t.call(token, 'GET', `/api/patients/${patientId}/record?lang=${lang}`)).body as PatientRecord
      ).visits.find((x) => x.appointmentId === id)?.visitTypeName;
    expect(await visitName(maria, appt.patientId, appt.id, 'es')).toBe('Tratamiento de seguimiento');
    const es = await mailTo('maria@demo.clinic', /^Su cita está confirmada: /, before);
    expect(es.read.text).toContain('Tratamiento de seguimiento');
    expect(es.read.text).not.toContain('OMT follow-up');
    expect(invitation(es.ics).summary).toContain('Tratamiento de seguimiento');

    const alex = await t.login('alex@demo.clinic');
    const alexAppt = await bookFollowUp(t, 'alex@demo.clinic');
    expect(await visitName(alex, alexAppt.patientId, alexAppt.id, 'en')).toBe('OMT follow-up');
    const en = await mailTo('alex@demo.clinic', /^Your visit is booked: /, before);
    expect(en.read.text).toContain('OMT follow-up');
    expect(en.read.text + (en.ics ?? '')).not.toContain('Tratamiento');

    // Left blank: none, and Spanish readers read the English.
    expect((await put({ ...body, nameEs: ' ', descriptionEs: '' })).body).toMatchObject({
      nameEs: null,
      descriptionEs: null,
    });
    expect(await visitName(maria, appt.patientId, appt.id, 'es')).toBe('OMT follow-up');
  });
});
