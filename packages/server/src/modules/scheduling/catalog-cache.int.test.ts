import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogVersion } from '@omt/db';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { firstSlot, patientIdOf } from '../../test-support/factories';

// Searches and booking checks keep the scheduling catalogue (hours, time off, closures, visit types, rooms…)
// in memory. A change written outside this process must still be seen: triggers bump the catalogue version
// (migration 0016) and the next search reads the catalogue again.
describe.each(TEST_DATABASES)('cached scheduling catalogue on $name', (kind) => {
  let t: TestApp;
  let token: string;
  let still: string;
  let alexId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    token = await t.login('frontdesk@demo.clinic');
    still = await t.userId('dr.still@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
  });
  afterAll(() => t.close());

  const written = {
    reason: 'written elsewhere',
    created_by: 'another-process',
    created_at: '2026-06-01T12:00:00Z',
  };

  it('moves the version on a change to any catalogue table', async () => {
    const location = (await t.handle.db.selectFrom('locations').select('id').executeTakeFirstOrThrow()).id;
    const changes: [string, () => Promise<unknown>][] = [
      [
        'locations',
        () =>
          t.handle.db
            .updateTable('locations')
            .set({ phone: '+1 555 0100' })
            .where('id', '=', location)
            .execute(),
      ],
      [
        'location_hours',
        () => t.handle.db.deleteFrom('location_hours').where('location_id', '=', 'nowhere').execute(),
      ],
      [
        'visit_types',
        () =>
          t.handle.db
            .updateTable('visit_types')
            .set({ buffer_after_minutes: 5 })
            .where('id', '=', 'consultation')
            .execute(),
      ],
      [
        'users',
        () =>
          t.handle.db
            .updateTable('users')
            .set({ display_name: 'Dr. A. T. Still' })
            .where('id', '=', still)
            .execute(),
      ],
      [
        'provider_hours',
        () =>
          t.handle.db
            .updateTable('provider_hours')
            .set({ end_time: '17:00' })
            .where('provider_id', '=', 'nobody')
            .execute(),
      ],
      [
        'rooms',
        () =>
          t.handle.db
            .insertInto('rooms')
            .values({
              id: 'room-elsewhere',
              location_id: location,
              name: 'Table 9',
              created_at: written.created_at,
            })
            .execute(),
      ],
      [
        'time_off',
        () =>
          t.handle.db
            .insertInto('time_off')
            .values({
              id: 'off-1',
              provider_id: still,
              start_at: '2030-01-01T00:00:00.000Z',
              end_at: '2030-01-02T00:00:00.000Z',
              ...written,
            })
            .execute(),
      ],
      [
        'extra_hours',
        () =>
          t.handle.db
            .insertInto('extra_hours')
            .values({
              id: 'extra-1',
              provider_id: still,
              location_id: location,
              start_at: '2030-01-05T14:00:00.000Z',
              end_at: '2030-01-05T16:00:00.000Z',
              ...written,
            })
            .execute(),
      ],
      [
        'location_closures',
        () =>
          t.handle.db
            .insertInto('location_closures')
            .values({
              id: 'closed-1',
              location_id: location,
              start_at: '2030-01-07T00:00:00.000Z',
              end_at: '2030-01-08T00:00:00.000Z',
              ...written,
            })
            .execute(),
      ],
    ];
    const moved: string[] = [];
    for (const [table, change] of changes) {
      const before = await catalogVersion(t.handle.db);
      await change();
      if ((await catalogVersion(t.handle.db)) !== before) moved.push(table); // a fresh marker (migration 0038)
    }
    // A statement that changes no row moves nothing on SQLite (row triggers) and may on PostgreSQL (statement
    // triggers): only the tables whose change touched a row are required.
    expect(moved).toEqual(
      expect.arrayContaining([
        'locations',
        'visit_types',
        'users',
        'rooms',
        'time_off',
        'extra_hours',
        'location_closures',
      ]),
    );
  });

  it('sees time off written outside the app in the next search and refuses to book into it', async () => {
    const open = await firstSlot(t, token, 'omt-follow-up', { provider: still });
    await firstSlot(t, token, 'omt-follow-up', { provider: still }); // the catalogue is now held
    await t.handle.db
      .insertInto('time_off')
      .values({ id: 'off-elsewhere', provider_id: still, start_at: open.start, end_at: open.end, ...written })
      .execute();
    const after = await firstSlot(t, token, 'omt-follow-up', { provider: still });
    expect(Date.parse(after.start)).toBeGreaterThanOrEqual(Date.parse(open.end));
    const booked = await t.call(token, 'POST', '/api/appointments', {
      patientId: alexId,
      visitType: 'omt-follow-up',
      providerId: still,
      locationId: open.locationId,
      start: open.start,
    });
    expect(booked.status).toBe(422);
    expect(booked.body.code).toBe('slot_unavailable');
  });

  it('books with a visit type length changed outside the app', async () => {
    await t.handle.db
      .updateTable('visit_types')
      .set({ duration_minutes: 45 })
      .where('id', '=', 'omt-follow-up')
      .execute();
    const slot = await firstSlot(t, token, 'omt-follow-up', { provider: still });
    expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(45 * 60_000);
    const booked = await t.call(token, 'POST', '/api/appointments', {
      patientId: alexId,
      visitType: 'omt-follow-up',
      providerId: still,
      locationId: slot.locationId,
      start: slot.start,
    });
    expect(booked.status).toBe(201);
    expect(booked.body.end).toBe(slot.end);
  });
});
