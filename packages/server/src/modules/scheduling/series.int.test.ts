import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';

describe.each(TEST_DATABASES)('recurring series on $name', (kind) => {
  let t: TestApp;
  let desk: string;
  let still: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    desk = await t.login('frontdesk@demo.clinic');
    still = await t.userId('dr.still@demo.clinic');
  });
  afterAll(() => t.close());

  const series = async (email: string, start: string, count = 6) =>
    t.call(desk, 'POST', '/api/appointments/series', {
      patientId: await patientIdOf(t, email),
      visitType: 'omt-follow-up',
      providerId: still,
      locationId: 'loc-cleveland',
      start,
      count,
      everyWeeks: 1,
    });

  it('books weekly × 6 at the same local time, across the DST change', async () => {
    t.clock.now = new Date('2026-10-12T12:00:00Z');
    try {
      desk = (
        await t.call(null, 'POST', '/api/auth/login', {
          email: 'frontdesk@demo.clinic',
          password: 'omt-demo-2026',
        })
      ).body.token;
      const r = await series('alex@demo.clinic', '2026-10-19T13:00:00Z');
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(r.body.map((a: { start: string }) => a.start)).toEqual([
        '2026-10-19T13:00:00Z',
        '2026-10-26T13:00:00Z',
        '2026-11-02T14:00:00Z',
        '2026-11-09T14:00:00Z',
        '2026-11-16T14:00:00Z',
        '2026-11-23T14:00:00Z',
      ]);
    } finally {
      t.clock.now = new Date('2026-06-01T12:00:00Z');
      desk = (
        await t.call(null, 'POST', '/api/auth/login', {
          email: 'frontdesk@demo.clinic',
          password: 'omt-demo-2026',
        })
      ).body.token;
    }
  });

  it('reports every conflicting visit and books nothing when any visit is taken', async () => {
    const taken = await t.call(desk, 'POST', '/api/appointments', {
      patientId: await patientIdOf(t, 'sam.parent@demo.clinic'),
      visitType: 'omt-follow-up',
      providerId: still,
      locationId: 'loc-cleveland',
      start: '2026-06-15T14:00:00Z',
    });
    expect(taken.status).toBe(201);
    const r = await series('maria@demo.clinic', '2026-06-01T14:00:00Z', 4);
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('series_conflicts');
    expect(r.body.details).toEqual([
      expect.objectContaining({ index: 2, start: '2026-06-15T14:00:00Z', code: 'slot_taken' }),
    ]);
    const maria = await patientIdOf(t, 'maria@demo.clinic');
    const mine = await t.call(
      desk,
      'GET',
      `/api/appointments?patientId=${maria}&from=2026-06-01T00:00:00Z&to=2026-07-01T00:00:00Z`,
    );
    expect(mine.body).toHaveLength(0);
    const bad = await t.call(desk, 'POST', '/api/appointments/series', {
      patientId: maria,
      visitType: 'omt-follow-up',
      providerId: still,
      locationId: 'loc-cleveland',
      start: '2026-06-01T14:00:00Z',
      count: 40,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('count');
  });
});
