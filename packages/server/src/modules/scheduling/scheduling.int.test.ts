import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, firstSlot, patientIdOf } from '../../test-support/factories';

describe.each(TEST_DATABASES)('booking on $name', (kind) => {
  let t: TestApp;
  let alexToken: string;
  let alexId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    alexToken = await t.login('alex@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
  });
  afterAll(() => t.close());

  it('lists locations with their zones and the visit types', async () => {
    const locations = await t.call(alexToken, 'GET', '/api/locations');
    expect(locations.body.map((l: { timeZone: string }) => l.timeZone).sort()).toEqual([
      'America/New_York',
      'America/Phoenix',
    ]);
    const types = await t.call(alexToken, 'GET', '/api/visit-types');
    expect(types.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'consultation', durationMinutes: 60, requiresConsultation: false }),
        expect.objectContaining({ id: 'omt-follow-up', durationMinutes: 30, requiresConsultation: true }),
      ]),
    );
  });

  it('lists slots of every provider in start order, then by provider', async () => {
    const qs = new URLSearchParams({
      visitType: 'omt-follow-up',
      from: '2026-06-01T12:00:00Z',
      to: '2026-06-15T12:00:00Z',
    });
    const r = await t.call(alexToken, 'GET', `/api/availability?${qs.toString()}`);
    const slots = expandSlots(r.body);
    expect(new Set(slots.map((s) => s.providerId)).size).toBeGreaterThan(1);
    const sorted = [...slots].sort(
      (a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.providerId < b.providerId ? -1 : 1),
    );
    expect(slots).toEqual(sorted);
    for (const s of slots) expect(Date.parse(s.end) - Date.parse(s.start)).toBe(30 * 60_000);
  });

  it("offers slots inside each location's local hours", async () => {
    const still = await t.userId('dr.still@demo.clinic');
    const kim = await t.userId('dr.kim@demo.clinic');
    const cle = await firstSlot(t, alexToken, 'omt-follow-up', { provider: still });
    // Monday 1 June 2026 12:00Z = 08:00 in Cleveland (EDT): the first open slot is 09:00 EDT = 13:00Z.
    expect(cle.start).toBe('2026-06-01T13:00:00Z');
    expect(cle.end).toBe('2026-06-01T13:30:00Z');
    const phx = await firstSlot(t, alexToken, 'omt-follow-up', { provider: kim });
    // Phoenix is UTC-7 all year: 08:00 MST = 15:00Z.
    expect(phx.start).toBe('2026-06-01T15:00:00Z');
  });

  it('keeps 09:00 local across the November DST change in Cleveland, and Phoenix unchanged', async () => {
    const still = await t.userId('dr.still@demo.clinic');
    const kim = await t.userId('dr.kim@demo.clinic');
    t.clock.now = new Date('2026-10-29T12:00:00Z');
    try {
      const login = await t.call(null, 'POST', '/api/auth/login', {
        email: 'alex@demo.clinic',
        password: 'omt-demo-2026',
      });
      const token = login.body.token as string;
      const search = async (provider: string) => {
        const qs = new URLSearchParams({
          visitType: 'omt-follow-up',
          provider,
          from: '2026-10-30T00:00:00Z',
          to: '2026-11-03T00:00:00Z',
        });
        const r = await t.call(token, 'GET', `/api/availability?${qs.toString()}`);
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        return expandSlots(r.body).map((s) => s.start);
      };
      const cle = await search(still);
      expect(cle).toContain('2026-10-30T13:00:00Z'); // Friday 09:00 EDT (UTC-4)
      expect(cle).toContain('2026-11-02T14:00:00Z'); // Monday 09:00 EST (UTC-5)
      expect(cle).not.toContain('2026-11-02T13:00:00Z');
      expect(cle.filter((s) => s.startsWith('2026-10-30'))).toHaveLength(16);
      expect(cle.filter((s) => s.startsWith('2026-11-02'))).toHaveLength(16);
      const phx = await search(kim);
      expect(phx).toContain('2026-10-30T15:00:00Z'); // 08:00 MST both weeks
      expect(phx).toContain('2026-11-02T15:00:00Z');
    } finally {
      t.clock.now = new Date('2026-06-01T12:00:00Z');
    }
  });

  it('rejects a bad search with the field named', async () => {
    const r = await t.call(
      alexToken,
      'GET',
      '/api/availability?visitType=omt-follow-up&from=2026-06-02T00:00:00Z&to=2026-06-01T00:00:00Z',
    );
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'validation_failed', field: 'to' });
    const missing = await t.call(alexToken, 'GET', '/api/availability?from=x');
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('visitType');
  });

  it('books a slot (201) and refuses the same slot again (409 slot_taken)', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    expect(appt.patientId).toBe(alexId);
    const maria = await t.login('maria@demo.clinic');
    const again = await t.call(maria, 'POST', '/api/appointments', {
      patientId: await patientIdOf(t, 'maria@demo.clinic'),
      visitType: 'omt-follow-up',
      providerId: await t.userId('dr.still@demo.clinic'),
      locationId: 'loc-cleveland',
      start: appt.start,
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('slot_taken');
    const listed = await t.call(alexToken, 'GET', '/api/appointments');
    expect(listed.body.map((a: { id: string }) => a.id)).toContain(appt.id);
  });

  it('requires a consultation before the first OMT follow-up (422)', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    const created = await t.call(desk, 'GET', '/api/patients?q=noah');
    expect(created.body).toHaveLength(1);
    // Noah's only consultation is on 25 May 2026; a follow-up on 4 May would come before any consultation.
    const noahId = created.body[0].id;
    const slot = await firstSlot(t, desk, 'omt-follow-up');
    t.clock.now = new Date('2026-05-01T12:00:00Z');
    try {
      const r = await t.call(desk, 'POST', '/api/appointments', {
        patientId: noahId,
        visitType: 'omt-follow-up',
        providerId: slot.providerId,
        locationId: slot.locationId,
        start: '2026-05-04T13:00:00Z',
      });
      expect(r.status).toBe(422);
      expect(r.body.code).toBe('consultation_required');
    } finally {
      t.clock.now = new Date('2026-06-01T12:00:00Z');
    }
  });

  it('a missed (no-show) consultation does not open follow-ups', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    const noahId = (await t.call(desk, 'GET', '/api/patients?q=noah')).body[0].id as string;
    const slot = await firstSlot(t, desk, 'omt-follow-up');
    const book = () =>
      t.call(desk, 'POST', '/api/appointments', {
        patientId: noahId,
        visitType: 'omt-follow-up',
        providerId: slot.providerId,
        locationId: slot.locationId,
        start: slot.start,
      });
    const consultations = t.handle.db
      .selectFrom('appointments')
      .where('patient_id', '=', noahId)
      .where('visit_type', '=', 'consultation');
    const before = await consultations.select(['id', 'status']).execute();
    await t.handle.db
      .updateTable('appointments')
      .set({ status: 'no_show' })
      .where(
        'id',
        'in',
        before.map((a) => a.id),
      )
      .execute();
    try {
      const refused = await book();
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('consultation_required');
    } finally {
      for (const a of before) {
        await t.handle.db
          .updateTable('appointments')
          .set({ status: a.status })
          .where('id', '=', a.id)
          .execute();
      }
    }
  });

  it('refuses a start that is not an open slot (422) and bad input (400)', async () => {
    const still = await t.userId('dr.still@demo.clinic');
    const offHours = await t.call(alexToken, 'POST', '/api/appointments', {
      patientId: alexId,
      visitType: 'omt-follow-up',
      providerId: still,
      locationId: 'loc-cleveland',
      start: '2026-06-02T03:00:00Z',
    });
    expect(offHours.status).toBe(422);
    expect(offHours.body.code).toBe('slot_unavailable');
    const bad = await t.call(alexToken, 'POST', '/api/appointments', {
      patientId: alexId,
      visitType: 'omt-follow-up',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('providerId');
  });

  it("refuses a patient booking or reading another patient's appointments (403, audited)", async () => {
    const maria = await patientIdOf(t, 'maria@demo.clinic');
    const slot = await firstSlot(t, alexToken, 'omt-follow-up');
    const r = await t.call(alexToken, 'POST', '/api/appointments', {
      patientId: maria,
      visitType: 'omt-follow-up',
      providerId: slot.providerId,
      locationId: slot.locationId,
      start: slot.start,
    });
    expect(r.status).toBe(403);
    const read = await t.call(alexToken, 'GET', `/api/appointments?patientId=${maria}`);
    expect(read.status).toBe(403);
    const audit = await t.call(
      await t.login('admin@demo.clinic'),
      'GET',
      `/api/audit?patientId=${maria}&pageSize=200`,
    );
    const denied = audit.body.items.filter(
      (i: { outcome: string; userEmail: string }) =>
        i.outcome === 'denied' && i.userEmail === 'alex@demo.clinic',
    );
    expect(denied.map((d: { action: string }) => d.action)).toEqual(
      expect.arrayContaining(['appointment.write', 'appointment.read']),
    );
  });

  it('lets exactly one of 50 concurrent requests book the same slot', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    const patients = (await t.call(desk, 'GET', '/api/patients')).body as { id: string }[];
    const slot = await firstSlot(t, desk, 'consultation', { provider: await t.userId('dr.kim@demo.clinic') });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.call(desk, 'POST', '/api/appointments', {
          patientId: patients[i % patients.length]!.id,
          visitType: 'consultation',
          providerId: slot.providerId,
          locationId: slot.locationId,
          start: slot.start,
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 201).every((s) => s === 409)).toBe(true);
    const day = await t.call(
      desk,
      'GET',
      `/api/appointments?providerId=${slot.providerId}&from=${slot.start}&to=${slot.end}`,
    );
    expect(day.body).toHaveLength(1);
  });

  it('lists a visit that began before the window and runs into it, and not one that ended as the window opens', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    const visit = await bookFollowUp(t, 'alex@demo.clinic');
    const at = (iso: string, minutes: number) =>
      new Date(Date.parse(iso) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
    const listed = async (from: string, to: string) =>
      (
        (await t.call(desk, 'GET', `/api/appointments?providerId=${visit.providerId}&from=${from}&to=${to}`))
          .body as { id: string }[]
      ).map((a) => a.id);
    expect(await listed(at(visit.start, 10), at(visit.start, 20))).toContain(visit.id);
    expect(await listed(visit.end, at(visit.end, 60))).not.toContain(visit.id);
  });

  it('lets the front desk check a patient in', async () => {
    const appt = await bookFollowUp(t, 'maria@demo.clinic');
    const desk = await t.login('frontdesk@demo.clinic');
    const r = await t.call(desk, 'POST', `/api/appointments/${appt.id}/check-in`, {});
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('checked_in');
    const twice = await t.call(desk, 'POST', `/api/appointments/${appt.id}/check-in`, {});
    expect(twice.status).toBe(409);
    const byPatient = await t.call(alexToken, 'POST', `/api/appointments/${appt.id}/check-in`, {});
    expect(byPatient.status).toBe(403);
  });
});
