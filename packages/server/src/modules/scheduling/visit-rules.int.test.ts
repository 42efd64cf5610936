import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { insertAppointmentWithBlocks } from '@omt/db';
import { patientIdOf } from '../../test-support/factories';
import { bookingBlocks } from './blocks';

describe.each(TEST_DATABASES)('visit-type rules and time off on $name', (kind) => {
  let t: TestApp;
  let still: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    still = await t.userId('dr.still@demo.clinic');
  });
  afterAll(() => t.close());

  const starts = async (
    token: string,
    visitType: string,
    from = '2026-06-01T12:00:00Z',
    to = '2026-06-02T00:00:00Z',
  ) => {
    const qs = new URLSearchParams({ visitType, provider: still, from, to });
    const r = await t.call(token, 'GET', `/api/availability?${qs.toString()}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return expandSlots(r.body).map((s) => s.start);
  };

  it('seeds infant and pregnancy OMT with their lengths', async () => {
    const types = (await t.call(await t.login('frontdesk@demo.clinic'), 'GET', '/api/visit-types')).body as {
      id: string;
      durationMinutes: number;
      bufferAfterMinutes: number;
    }[];
    expect(types.find((v) => v.id === 'infant-omt')?.durationMinutes).toBe(30);
    expect(types.find((v) => v.id === 'pregnancy-omt')).toMatchObject({
      durationMinutes: 45,
      bufferAfterMinutes: 15,
    });
  });

  it('keeps the buffer after a visit free', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    const r = await t.call(desk, 'POST', '/api/appointments', {
      patientId: await patientIdOf(t, 'maria@demo.clinic'),
      visitType: 'pregnancy-omt',
      providerId: still,
      locationId: 'loc-cleveland',
      start: '2026-06-01T13:00:00Z',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.end).toBe('2026-06-01T13:45:00Z');
    const after = await starts(desk, 'omt-follow-up');
    expect(after).not.toContain('2026-06-01T13:30:00Z');
    expect(after).toContain('2026-06-01T14:00:00Z');
    // And its own buffer: a pregnancy visit needs 45 + 15 minutes before the next booking.
    expect(await starts(desk, 'pregnancy-omt')).not.toContain('2026-06-01T13:00:00Z');
  });

  it('holds the buffer in the database too, so a racing booking cannot squeeze into it', async () => {
    // A request that passed its availability check before the pregnancy visit above was committed would
    // reach the insert with a 13:45 start; the provider's buffer block refuses it. The patient's own time
    // ends with the visit, so the same patient may be booked elsewhere at 13:45.
    const alex = await patientIdOf(t, 'alex@demo.clinic');
    const racing = await insertAppointmentWithBlocks(
      t.handle.db,
      {
        id: 'racing-into-buffer',
        patient_id: alex,
        provider_id: still,
        location_id: 'loc-cleveland',
        visit_type: 'omt-follow-up',
        start_at: '2026-06-01T13:45:00Z',
        end_at: '2026-06-01T14:15:00Z',
        status: 'booked',
        created_by: 'test',
        created_at: '2026-06-01T12:00:00Z',
      },
      bookingBlocks('2026-06-01T13:45:00Z', '2026-06-01T14:15:00Z', 0),
    );
    expect(racing).toEqual({ ok: false, conflict: 'provider' });
    const blocks = await t.handle.db
      .selectFrom('patient_blocks')
      .select('block_start')
      .where('patient_id', '=', await patientIdOf(t, 'maria@demo.clinic'))
      .where('block_start', '>=', '2026-06-01T12:00:00Z')
      .where('block_start', '<', '2026-06-01T15:00:00Z')
      .orderBy('block_start')
      .execute();
    expect(blocks.map((b) => b.block_start)).toEqual([
      '2026-06-01T13:00:00Z',
      '2026-06-01T13:15:00Z',
      '2026-06-01T13:30:00Z',
    ]);
  });

  it('holds patients to online-bookable types, notice and horizon; staff to neither', async () => {
    await t.handle.db
      .updateTable('visit_types')
      .set({ online_bookable: 0 })
      .where('id', '=', 'consultation')
      .execute();
    await t.handle.db
      .updateTable('visit_types')
      .set({ min_notice_minutes: 180, max_horizon_days: 7 })
      .where('id', '=', 'omt-follow-up')
      .execute();
    try {
      const alex = await t.login('alex@demo.clinic');
      const types = (await t.call(alex, 'GET', '/api/visit-types')).body as { id: string }[];
      expect(types.map((v) => v.id)).not.toContain('consultation');
      const blocked = await t.call(
        alex,
        'GET',
        '/api/availability?visitType=consultation&from=2026-06-01T12:00:00Z&to=2026-06-03T00:00:00Z',
      );
      expect(blocked.status).toBe(422);
      expect(blocked.body.code).toBe('not_online_bookable');
      const patientSlots = await starts(
        alex,
        'omt-follow-up',
        '2026-06-01T12:00:00Z',
        '2026-06-20T00:00:00Z',
      );
      expect(patientSlots[0]! >= '2026-06-01T15:00:00Z').toBe(true); // 3 hours' notice
      expect(patientSlots.every((s) => s <= '2026-06-08T12:00:00Z')).toBe(true); // 7 days ahead
      const far = await t.call(alex, 'POST', '/api/appointments', {
        patientId: await patientIdOf(t, 'alex@demo.clinic'),
        visitType: 'omt-follow-up',
        providerId: still,
        locationId: 'loc-cleveland',
        start: '2026-06-15T13:00:00Z',
      });
      expect(far.status).toBe(422);
      expect(far.body.code).toBe('beyond_horizon');
      const desk = await t.login('frontdesk@demo.clinic');
      expect(
        (await starts(desk, 'omt-follow-up', '2026-06-15T12:00:00Z', '2026-06-16T00:00:00Z')).length,
      ).toBeGreaterThan(0);
    } finally {
      await t.handle.db
        .updateTable('visit_types')
        .set({ online_bookable: 1, min_notice_minutes: 0, max_horizon_days: 90 })
        .execute();
    }
  });

  it('removes time off from availability and reports visits it clashes with', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    const booked = await t.call(desk, 'POST', '/api/appointments', {
      patientId: await patientIdOf(t, 'alex@demo.clinic'),
      visitType: 'omt-follow-up',
      providerId: still,
      locationId: 'loc-cleveland',
      start: '2026-06-02T15:00:00Z',
    });
    expect(booked.status).toBe(201);
    const body = { start: '2026-06-02T14:00:00Z', end: '2026-06-02T17:00:00Z', reason: 'CME course' };
    expect((await t.call(desk, 'POST', `/api/providers/${still}/time-off`, body)).status).toBe(403);
    const bad = await t.call(await t.login('admin@demo.clinic'), 'POST', `/api/providers/${still}/time-off`, {
      ...body,
      end: body.start,
    });
    expect(bad.body.field).toBe('end');
    const r = await t.call(
      await t.login('dr.still@demo.clinic'),
      'POST',
      `/api/providers/${still}/time-off`,
      body,
    );
    expect(r.status).toBe(201);
    expect(r.body.conflictingAppointmentIds).toEqual([booked.body.id]);
    const day = await starts(desk, 'omt-follow-up', '2026-06-02T12:00:00Z', '2026-06-03T00:00:00Z');
    expect(day).toContain('2026-06-02T13:30:00Z');
    expect(day.some((s) => s >= '2026-06-02T14:00:00Z' && s < '2026-06-02T17:00:00Z')).toBe(false);
    expect(day).toContain('2026-06-02T17:00:00Z');
    const listed = await t.call(desk, 'GET', `/api/providers/${still}/time-off`);
    expect(listed.body).toEqual([expect.objectContaining({ reason: 'CME course' })]);
  });

  it("offers a resident's slots only while the supervising physician is on site", async () => {
    const resident = await t.userId('resident@demo.clinic');
    const desk = await t.login('frontdesk@demo.clinic');
    const search = async () => {
      const qs = new URLSearchParams({
        visitType: 'omt-follow-up',
        provider: resident,
        from: '2026-06-03T12:00:00Z',
        to: '2026-06-04T00:00:00Z',
      });
      return expandSlots((await t.call(desk, 'GET', `/api/availability?${qs.toString()}`)).body).map(
        (s) => s.start,
      );
    };
    expect(await search()).toContain('2026-06-03T14:00:00Z');
    const admin = await t.login('admin@demo.clinic');
    await t.call(admin, 'POST', `/api/providers/${still}/time-off`, {
      start: '2026-06-03T13:30:00Z',
      end: '2026-06-03T16:00:00Z',
      reason: 'hospital rounds',
    });
    const after = await search();
    expect(after.some((s) => s >= '2026-06-03T13:30:00Z' && s < '2026-06-03T16:00:00Z')).toBe(false);
    expect(after).toContain('2026-06-03T13:00:00Z');
    expect(after).toContain('2026-06-03T16:00:00Z');
  });

  it('lets only the admin change a visit type, checking each field', async () => {
    const body = {
      name: 'Infant and child OMT',
      description: 'Gentle OMT',
      durationMinutes: 40,
      bufferAfterMinutes: 10,
      requiresConsultation: true,
      onlineBookable: false,
      minNoticeMinutes: 60,
      maxHorizonDays: 30,
    };
    expect(
      (await t.call(await t.login('frontdesk@demo.clinic'), 'PUT', '/api/visit-types/infant-omt', body))
        .status,
    ).toBe(403);
    const admin = await t.login('admin@demo.clinic');
    const bad = await t.call(admin, 'PUT', '/api/visit-types/infant-omt', { ...body, durationMinutes: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('durationMinutes');
    expect((await t.call(admin, 'PUT', '/api/visit-types/nope', body)).status).toBe(404);
    const r = await t.call(admin, 'PUT', '/api/visit-types/infant-omt', body);
    expect(r.body).toMatchObject({ durationMinutes: 40, bufferAfterMinutes: 10, onlineBookable: false });
    const parent = await t.login('sam.parent@demo.clinic');
    expect(
      ((await t.call(parent, 'GET', '/api/visit-types')).body as { id: string }[]).map((v) => v.id),
    ).not.toContain('infant-omt');
  });
});
