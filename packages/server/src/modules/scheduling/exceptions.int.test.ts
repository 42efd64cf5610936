import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';

describe.each(TEST_DATABASES)('holidays and one-off extra hours on $name', (kind) => {
  let t: TestApp;
  let desk: string;
  let still: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    desk = await t.login('frontdesk@demo.clinic');
    still = await t.userId('dr.still@demo.clinic');
  });
  afterAll(() => t.close());

  const open = async (from: string, to: string) => {
    const qs = new URLSearchParams({ visitType: 'omt-follow-up', provider: still, from, to });
    return expandSlots((await t.call(desk, 'GET', `/api/availability?${qs.toString()}`)).body).map(
      (s) => s.start,
    );
  };

  it('closes a location for a holiday and reports visits booked then', async () => {
    const booked = await t.call(desk, 'POST', '/api/appointments', {
      patientId: await patientIdOf(t, 'alex@demo.clinic'),
      visitType: 'omt-follow-up',
      providerId: still,
      locationId: 'loc-cleveland',
      start: '2026-06-04T14:00:00Z',
    });
    expect(booked.status).toBe(201);
    const holiday = { start: '2026-06-04T04:00:00Z', end: '2026-06-05T04:00:00Z', reason: 'Clinic holiday' };
    expect((await t.call(desk, 'POST', '/api/locations/loc-cleveland/closures', holiday)).status).toBe(403);
    const admin = await t.login('admin@demo.clinic');
    const r = await t.call(admin, 'POST', '/api/locations/loc-cleveland/closures', holiday);
    expect(r.status).toBe(201);
    expect(r.body.conflictingAppointmentIds).toEqual([booked.body.id]);
    expect(await open('2026-06-04T04:00:00Z', '2026-06-05T04:00:00Z')).toEqual([]);
    expect((await open('2026-06-05T04:00:00Z', '2026-06-06T04:00:00Z')).length).toBeGreaterThan(0);
    expect((await t.call(desk, 'GET', '/api/locations/loc-cleveland/closures')).body).toHaveLength(1);
  });

  it('offers slots in one-off extra hours (a Saturday morning)', async () => {
    expect(await open('2026-06-06T04:00:00Z', '2026-06-07T04:00:00Z')).toEqual([]);
    const stillToken = await t.login('dr.still@demo.clinic');
    const bad = await t.call(stillToken, 'POST', `/api/providers/${still}/extra-hours`, {
      locationId: 'loc-cleveland',
      start: '2026-06-06T15:00:00Z',
      end: '2026-06-06T13:00:00Z',
      reason: 'catch-up',
    });
    expect(bad.body.field).toBe('end');
    const r = await t.call(stillToken, 'POST', `/api/providers/${still}/extra-hours`, {
      locationId: 'loc-cleveland',
      start: '2026-06-06T13:00:00Z',
      end: '2026-06-06T15:00:00Z',
      reason: 'Saturday catch-up clinic',
    });
    expect(r.status).toBe(201);
    expect(await open('2026-06-06T04:00:00Z', '2026-06-07T04:00:00Z')).toEqual([
      '2026-06-06T13:00:00Z',
      '2026-06-06T13:30:00Z',
      '2026-06-06T14:00:00Z',
      '2026-06-06T14:30:00Z',
    ]);
    const booked = await t.call(desk, 'POST', '/api/appointments', {
      patientId: await patientIdOf(t, 'maria@demo.clinic'),
      visitType: 'omt-follow-up',
      providerId: still,
      locationId: 'loc-cleveland',
      start: '2026-06-06T13:30:00Z',
    });
    expect(booked.status).toBe(201);
    expect(await open('2026-06-06T04:00:00Z', '2026-06-07T04:00:00Z')).not.toContain('2026-06-06T13:30:00Z');
    expect(
      (
        await t.call(await t.login('dr.kim@demo.clinic'), 'POST', `/api/providers/${still}/extra-hours`, {
          locationId: 'loc-cleveland',
          start: '2026-06-13T13:00:00Z',
          end: '2026-06-13T15:00:00Z',
          reason: 'x y',
        })
      ).status,
    ).toBe(403);
  });

  it("lets the admin replace a provider's weekly hours, refusing overlaps", async () => {
    const admin = await t.login('admin@demo.clinic');
    const kim = await t.userId('dr.kim@demo.clinic');
    const current = await t.call(desk, 'GET', `/api/providers/${kim}/hours`);
    expect(current.body).toHaveLength(5);
    const hours = [
      { locationId: 'loc-phoenix', weekday: 1, start: '08:00', end: '12:00' },
      { locationId: 'loc-cleveland', weekday: 1, start: '11:00', end: '15:00' },
    ];
    expect((await t.call(desk, 'PUT', `/api/providers/${kim}/hours`, { hours })).status).toBe(403);
    const overlap = await t.call(admin, 'PUT', `/api/providers/${kim}/hours`, { hours });
    expect(overlap.status).toBe(400);
    expect(overlap.body.field).toBe('hours.0');
    const badTime = await t.call(admin, 'PUT', `/api/providers/${kim}/hours`, {
      hours: [{ ...hours[0], end: '25:00' }],
    });
    expect(badTime.body.field).toBe('hours.0.end');
    const saved = await t.call(admin, 'PUT', `/api/providers/${kim}/hours`, {
      hours: [hours[0], { ...hours[1], start: '13:00' }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toHaveLength(2);
    const qs = new URLSearchParams({
      visitType: 'omt-follow-up',
      provider: kim,
      from: '2026-06-08T00:00:00Z',
      to: '2026-06-09T12:00:00Z',
    });
    const open = expandSlots((await t.call(desk, 'GET', `/api/availability?${qs.toString()}`)).body);
    expect(open.filter((s) => s.locationId === 'loc-cleveland').map((s) => s.start)[0]).toBe(
      '2026-06-08T17:00:00Z',
    ); // 13:00 EDT
    expect(
      open
        .filter((s) => s.locationId === 'loc-phoenix')
        .map((s) => s.start)
        .at(-1),
    ).toBe('2026-06-08T18:30:00Z'); // 11:30 MST
  });

  it('records each change to working time in the audit log, by whom, with no patient', async () => {
    const admin = await t.login('admin@demo.clinic');
    const adminId = await t.userId('admin@demo.clinic');
    const kim = await t.userId('dr.kim@demo.clinic');
    const before = await t.handle.db
      .selectFrom('audit_log')
      .select((e) => e.fn.max('id').as('id'))
      .executeTakeFirstOrThrow();
    const hours = [{ locationId: 'loc-phoenix', weekday: 2, start: '09:00', end: '12:00' }];
    expect((await t.call(admin, 'PUT', `/api/providers/${kim}/hours`, { hours })).status).toBe(200);
    const opening = [{ locationId: 'loc-phoenix', weekday: 6, start: '08:00', end: '12:00' }];
    expect((await t.call(admin, 'PUT', '/api/locations/loc-phoenix/hours', { hours: opening })).status).toBe(
      200,
    );
    const closure = await t.call(admin, 'POST', '/api/locations/loc-phoenix/closures', {
      firstDay: '2026-07-03',
      reason: 'Independence Day',
    });
    expect(closure.status).toBe(201);
    const off = await t.call(admin, 'POST', `/api/providers/${kim}/time-off`, {
      start: '2026-07-07T00:00:00Z',
      end: '2026-07-08T00:00:00Z',
      reason: 'course',
    });
    expect(off.status).toBe(201);
    const extra = await t.call(admin, 'POST', `/api/providers/${kim}/extra-hours`, {
      locationId: 'loc-phoenix',
      start: '2026-07-11T16:00:00Z',
      end: '2026-07-11T18:00:00Z',
      reason: 'Saturday catch-up',
    });
    expect(extra.status).toBe(201);
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'user_id', 'patient_id', 'resource_id', 'outcome', 'detail'])
      .where('action', 'in', [
        'weekly_hours.set',
        'opening_hours.set',
        'closure.create',
        'time_off.create',
        'extra_hours.create',
      ])
      .where('id', '>', Number(before.id))
      .orderBy('id')
      .execute();
    const common = { user_id: adminId, patient_id: null, outcome: 'allowed' };
    expect(rows).toEqual([
      { ...common, action: 'weekly_hours.set', resource_id: kim, detail: 'Tue 09:00–12:00 at loc-phoenix' },
      {
        ...common,
        action: 'opening_hours.set',
        resource_id: 'loc-phoenix',
        detail: 'Sat 08:00–12:00 at loc-phoenix',
      },
      {
        ...common,
        action: 'closure.create',
        resource_id: closure.body.closure.id,
        detail: 'loc-phoenix 2026-07-03T07:00:00Z–2026-07-04T07:00:00Z: Independence Day',
      },
      {
        ...common,
        action: 'time_off.create',
        resource_id: off.body.timeOff.id,
        detail: `${kim} 2026-07-07T00:00:00Z–2026-07-08T00:00:00Z: course`,
      },
      {
        ...common,
        action: 'extra_hours.create',
        resource_id: extra.body.id,
        detail: `${kim} at loc-phoenix 2026-07-11T16:00:00Z–2026-07-11T18:00:00Z: Saturday catch-up`,
      },
    ]);
  });
});
