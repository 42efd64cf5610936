import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '@omt/contracts';
import { insertUser } from '@omt/db';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { startSmtpSink } from '../../test-support/smtp-sink';
import { createMailer } from '../../mail/mailer';
import { hashPassword } from '../../auth/passwords';
import { DEMO_PASSWORD } from '../../seed/demo-clinic';
import { toInstant } from '../../clock';
import { waitFor } from '../../test-support/wait-for';

const CHICAGO = {
  name: 'Lakeside Chicago',
  timeZone: 'America/Chicago',
  address: '200 Lake Shore Dr, Chicago, IL 60611',
  phone: '(312) 555-0142',
};
const NEW_PASSWORD = 'granite-lantern-orchard-42';

describe.each(TEST_DATABASES)('the first-run setup checklist on $name', (kind) => {
  let t: TestApp;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let admin: string;
  const status = async () => {
    const r = await t.call(admin, 'GET', '/api/setup-status');
    expect(r.status).toBe(200);
    return r.body as { steps: { key: string; done: boolean; detail: string }[]; complete: boolean };
  };
  const done = async () => Object.fromEntries((await status()).steps.map((s) => [s.key, s.done]));

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(
      kind,
      {},
      { mailer: createMailer(sink.url, 'Clinic <clinic@test.local>') },
      { demo: false },
    );
    // What `npm run cli -- create-user` writes for the first admin of a clinic started without the demo.
    await insertUser(t.handle.db, {
      id: randomUUID(),
      email: 'owner@lakeside.example',
      password_hash: await hashPassword(DEMO_PASSWORD),
      role: 'admin',
      display_name: 'Olive Owner',
      credential: null,
      supervisor_id: null,
      created_at: toInstant(t.clock.now),
    });
    admin = await t.login('owner@lakeside.example');
  });
  afterAll(async () => {
    await t.close();
    await sink.stop();
  });

  it('starts with every step to do and an empty profile; only an admin reads it', async () => {
    expect(await status()).toEqual({
      steps: [
        { key: 'clinic_profile', done: false, detail: 'Name, address and phone are not saved yet' },
        { key: 'location_hours', done: false, detail: 'No location with opening hours yet' },
        { key: 'staff', done: false, detail: 'No physician has accepted an invitation yet' },
        { key: 'visit_types', done: false, detail: 'No visit type yet' },
      ],
      complete: false,
    });
    expect((await t.call(null, 'GET', '/api/setup-status')).status).toBe(401);
    expect((await t.call(admin, 'GET', '/api/clinic-profile')).body).toMatchObject({ name: '', version: 0 });
    expect((await t.call(null, 'GET', '/api/clinic-profile/public')).body).toEqual({
      name: '',
      address: '',
      phone: '',
      logoDataUrl: null,
    });
  });

  it('each step turns done from real data, and at the end the clinic is bookable', async () => {
    const profile = await t.call(admin, 'PUT', '/api/clinic-profile', {
      name: 'Lakeside Osteopathic',
      address: CHICAGO.address,
      phone: CHICAGO.phone,
      version: 0,
    });
    expect(profile.status, JSON.stringify(profile.body)).toBe(200);
    expect(await done()).toEqual({
      clinic_profile: true,
      location_hours: false,
      staff: false,
      visit_types: false,
    });

    const location = await t.call(admin, 'POST', '/api/locations', CHICAGO);
    expect(location.status).toBe(201);
    const locationId = location.body.id as string;
    expect((await done()).location_hours).toBe(false); // a location without opening hours takes no visits
    const hours = await t.call(admin, 'PUT', `/api/locations/${locationId}/hours`, {
      hours: [1, 2, 3, 4, 5].map((weekday) => ({ locationId, weekday, start: '08:00', end: '17:00' })),
    });
    expect(hours.status, JSON.stringify(hours.body)).toBe(200);
    expect((await status()).steps[1]).toEqual({
      key: 'location_hours',
      done: true,
      detail: '1 location with opening hours',
    });

    const invited = await t.call(admin, 'POST', '/api/staff/invitations', {
      email: 'dr.lake@lakeside.example',
      displayName: 'Dr. Lee Lake',
      role: 'physician',
      credential: 'DO',
      npi: '1234567893',
      locationIds: [locationId],
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const physicianId = invited.body.member.id as string;
    expect((await done()).staff).toBe(false); // invited, not yet active
    const mail = await waitFor(
      () => sink.messages.find((m) => m.to.includes('dr.lake@lakeside.example')),
      'invite',
    );
    const body = mail.raw
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const token = /accept-invitation#token=([\w-]+)/.exec(body)?.[1];
    const accepted = await t.call(null, 'POST', '/api/staff/invitations/accept', {
      token,
      password: NEW_PASSWORD,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect((await status()).steps[2]).toEqual({
      key: 'staff',
      done: false,
      detail: '1 active physician, none with weekly hours yet',
    });
    const weekly = await t.call(admin, 'PUT', `/api/providers/${physicianId}/hours`, {
      hours: [1, 2, 3, 4, 5].map((weekday) => ({ locationId, weekday, start: '09:00', end: '16:00' })),
    });
    expect(weekly.status, JSON.stringify(weekly.body)).toBe(200);
    expect((await done()).staff).toBe(true);

    const physician = (
      await t.call(null, 'POST', '/api/auth/login', {
        email: 'dr.lake@lakeside.example',
        password: NEW_PASSWORD,
      })
    ).body.token as string;
    expect((await t.call(physician, 'GET', '/api/setup-status')).status).toBe(403);

    const visitType = await t.call(admin, 'POST', '/api/visit-types', {
      name: 'New patient OMT',
      description: 'History, exam and first treatment.',
      durationMinutes: 45,
      bufferAfterMinutes: 0,
      requiresConsultation: false,
      onlineBookable: true,
      minNoticeMinutes: 0,
      maxHorizonDays: 90,
    });
    expect(visitType.status, JSON.stringify(visitType.body)).toBe(201);
    expect(await status()).toMatchObject({ complete: true });

    // Bookable: a registered patient gets a visit at the new location, in its own time zone.
    const patient = await t.call(admin, 'POST', '/api/patients', {
      givenName: 'Pat',
      familyName: 'First',
      birthDate: '1980-04-02',
      sex: 'female',
    });
    expect(patient.status, JSON.stringify(patient.body)).toBe(201);
    const qs = new URLSearchParams({
      visitType: visitType.body.id,
      location: locationId,
      from: '2026-06-02T00:00:00Z',
      to: '2026-06-03T00:00:00Z',
    });
    const slots = expandSlots((await t.call(physician, 'GET', `/api/availability?${qs.toString()}`)).body);
    // Tuesday 2 June 2026: 09:00 CDT is 14:00 UTC.
    expect(slots[0]?.start).toBe('2026-06-02T14:00:00Z');
    const booked = await t.call(physician, 'POST', '/api/appointments', {
      patientId: patient.body.id,
      visitType: visitType.body.id,
      providerId: physicianId,
      locationId,
      start: '2026-06-02T14:00:00Z',
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
  });

  it('a retired location or a deactivated physician undoes its step', async () => {
    const locations = (await t.call(admin, 'GET', '/api/locations')).body as { id: string }[];
    const staff = (await t.call(admin, 'GET', '/api/staff')).body.items as { id: string; role: string }[];
    const physicianId = staff.find((s) => s.role === 'physician')?.id;
    expect((await t.call(admin, 'POST', `/api/staff/${physicianId}/deactivate`)).status).toBe(200);
    expect(await done()).toEqual({
      clinic_profile: true,
      location_hours: true,
      staff: false,
      visit_types: true,
    });
    expect((await t.call(admin, 'POST', `/api/locations/${locations[0]?.id}/retire`)).status).toBe(200);
    expect(await status()).toMatchObject({
      steps: [{ done: true }, { done: false }, { done: false }, { done: true }],
      complete: false,
    });
  });
});
