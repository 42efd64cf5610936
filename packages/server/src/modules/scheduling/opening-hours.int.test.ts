import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';

describe.each(TEST_DATABASES)('location opening hours on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  let still: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.login('admin@demo.clinic');
    still = await t.userId('dr.still@demo.clinic');
  });
  afterAll(() => t.close());

  const mondayStarts = async () => {
    const qs = new URLSearchParams({
      visitType: 'omt-follow-up',
      provider: still,
      from: '2026-06-01T12:00:00Z',
      to: '2026-06-02T04:00:00Z',
    });
    const r = await t.call(admin, 'GET', `/api/availability?${qs.toString()}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return expandSlots(r.body).map((s) => s.start);
  };

  it('lists each location with its seeded opening hours', async () => {
    const r = await t.call(await t.login('alex@demo.clinic'), 'GET', '/api/locations');
    const cleveland = (r.body as { id: string; openingHours: unknown[] }[]).find(
      (l) => l.id === 'loc-cleveland',
    );
    expect(cleveland?.openingHours).toContainEqual({ weekday: 1, start: '08:00', end: '18:00' });
    expect(cleveland?.openingHours).toContainEqual({ weekday: 6, start: '09:00', end: '13:00' });
  });

  it("offers a provider's slots only while the location is open", async () => {
    // Dr. Still works 09:00–17:00 in Cleveland (EDT, UTC-4): 13:00Z to 21:00Z.
    expect(await mondayStarts()).toContain('2026-06-01T13:00:00Z');
    expect(await mondayStarts()).toContain('2026-06-01T20:30:00Z');
    const set = await t.call(admin, 'PUT', '/api/locations/loc-cleveland/hours', {
      hours: [
        { locationId: 'loc-cleveland', weekday: 1, start: '10:00', end: '12:00' },
        { locationId: 'loc-cleveland', weekday: 1, start: '13:00', end: '16:00' },
      ],
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toHaveLength(2);
    const starts = await mondayStarts();
    expect(starts[0]).toBe('2026-06-01T14:00:00Z'); // 10:00 EDT
    expect(starts).not.toContain('2026-06-01T16:00:00Z'); // 12:00 EDT: closed for lunch
    expect(starts).toContain('2026-06-01T17:00:00Z'); // 13:00 EDT
    expect(starts.at(-1)).toBe('2026-06-01T19:30:00Z'); // the last half hour before 16:00 EDT
  });

  it('refuses rows for another location, overlaps and bad times, naming the field; only the admin may set them', async () => {
    const put = (token: string, hours: unknown[]) =>
      t.call(token, 'PUT', '/api/locations/loc-cleveland/hours', { hours });
    const other = await put(admin, [{ locationId: 'loc-phoenix', weekday: 1, start: '08:00', end: '18:00' }]);
    expect(other.status).toBe(400);
    expect(other.body.field).toBe('hours.0.locationId');
    const overlap = await put(admin, [
      { locationId: 'loc-cleveland', weekday: 2, start: '08:00', end: '12:00' },
      { locationId: 'loc-cleveland', weekday: 2, start: '11:00', end: '18:00' },
    ]);
    expect(overlap.status).toBe(400);
    expect(overlap.body.field).toBe('hours.0');
    const backwards = await put(admin, [
      { locationId: 'loc-cleveland', weekday: 2, start: '18:00', end: '08:00' },
    ]);
    expect(backwards.body.field).toBe('hours.0.end');
    const badTime = await put(admin, [
      { locationId: 'loc-cleveland', weekday: 2, start: '8am', end: '18:00' },
    ]);
    expect(badTime.status).toBe(400);
    expect(JSON.stringify(badTime.body)).toContain('hours.0.start');
    const desk = await put(await t.login('frontdesk@demo.clinic'), []);
    expect(desk.status).toBe(403);
    expect((await t.call(admin, 'GET', '/api/locations/nowhere/hours')).status).toBe(404);
    // Nothing refused changed what was saved.
    expect((await t.call(admin, 'GET', '/api/locations/loc-cleveland/hours')).body).toHaveLength(2);
  });

  it('with no opening hours recorded, the location does not restrict its providers', async () => {
    expect((await t.call(admin, 'PUT', '/api/locations/loc-cleveland/hours', { hours: [] })).status).toBe(
      200,
    );
    const starts = await mondayStarts();
    expect(starts[0]).toBe('2026-06-01T13:00:00Z');
    expect(starts.at(-1)).toBe('2026-06-01T20:30:00Z');
  });
});
