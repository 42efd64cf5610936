import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';

describe.each(TEST_DATABASES)('treatment rooms on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('lists the seeded rooms and lets only the admin add one', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    const rooms = await t.call(desk, 'GET', '/api/locations/loc-cleveland/rooms');
    expect(rooms.body.map((r: { name: string }) => r.name)).toEqual(['Table 1', 'Table 2']);
    expect(
      (await t.call(desk, 'POST', '/api/locations/loc-cleveland/rooms', { name: 'Table 3' })).status,
    ).toBe(403);
    const admin = await t.login('admin@demo.clinic');
    expect((await t.call(admin, 'POST', '/api/locations/loc-cleveland/rooms', { name: '' })).body.field).toBe(
      'name',
    );
    expect((await t.call(admin, 'POST', '/api/locations/nowhere/rooms', { name: 'X' })).status).toBe(404);
  });

  it('gives each visit a room, and offers no slot when every room is taken', async () => {
    // Leave Cleveland one table, so two providers there compete for it.
    await t.handle.db.deleteFrom('rooms').where('id', '=', 'room-cle-2').execute();
    const desk = await t.login('frontdesk@demo.clinic');
    const still = await t.userId('dr.still@demo.clinic');
    const resident = await t.userId('resident@demo.clinic');
    const booking = (providerId: string, email: string) =>
      patientIdOf(t, email).then((patientId) =>
        t.call(desk, 'POST', '/api/appointments', {
          patientId,
          visitType: 'omt-follow-up',
          providerId,
          locationId: 'loc-cleveland',
          start: '2026-06-02T13:00:00Z',
        }),
      );
    const first = await booking(still, 'alex@demo.clinic');
    expect(first.status).toBe(201);
    expect(first.body.roomName).toBe('Table 1');
    const qs = new URLSearchParams({
      visitType: 'omt-follow-up',
      provider: resident,
      from: '2026-06-02T12:00:00Z',
      to: '2026-06-02T15:00:00Z',
    });
    const open = expandSlots((await t.call(desk, 'GET', `/api/availability?${qs.toString()}`)).body).map(
      (s) => s.start,
    );
    expect(open).not.toContain('2026-06-02T13:00:00Z');
    expect(open).toContain('2026-06-02T13:30:00Z');
    const second = await booking(resident, 'maria@demo.clinic');
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('no_room');
    // Cancelling frees the table at once.
    await t.call(desk, 'POST', `/api/appointments/${first.body.id}/cancel`, { reason: 'room test' });
    expect((await booking(resident, 'maria@demo.clinic')).status).toBe(201);
  });

  it("keeps the table through a visit's rest time", async () => {
    // One table at Cleveland (from the test above); each follow-up now leaves it 15 minutes to rest.
    await t.handle.db
      .updateTable('visit_types')
      .set({ buffer_after_minutes: 15 })
      .where('id', '=', 'omt-follow-up')
      .execute();
    const desk = await t.login('frontdesk@demo.clinic');
    const still = await t.userId('dr.still@demo.clinic');
    const resident = await t.userId('resident@demo.clinic');
    const first = await t.call(desk, 'POST', '/api/appointments', {
      patientId: await patientIdOf(t, 'alex@demo.clinic'),
      visitType: 'omt-follow-up',
      providerId: still,
      locationId: 'loc-cleveland',
      start: '2026-06-03T13:00:00Z',
    });
    expect(first.status).toBe(201);
    const qs = new URLSearchParams({
      visitType: 'omt-follow-up',
      provider: resident,
      from: '2026-06-03T12:00:00Z',
      to: '2026-06-03T16:00:00Z',
    });
    const open = expandSlots((await t.call(desk, 'GET', `/api/availability?${qs.toString()}`)).body).map(
      (s) => s.start,
    );
    expect(open).not.toContain('2026-06-03T13:30:00Z'); // the table rests until 13:45
    expect(open).toContain('2026-06-03T14:00:00Z');
  });
});
