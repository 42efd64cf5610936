import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogVersion, scheduleMarkers, scheduleVersions } from '@omt/db';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { firstSlot, patientIdOf } from '../../test-support/factories';
import { searchSlots } from './availability';

// The availability search keeps each provider's bookings between searches. Writes that bypass this
// process (another server on the same PostgreSQL, a repair by hand) must still be seen: database triggers
// bump the provider's schedule version and the next search reads the provider again.
describe.each(TEST_DATABASES)('cached availability on $name', (kind) => {
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

  /** An OMT follow-up for Alex written straight to the database, as another process would. */
  const writeElsewhere = (a: {
    id: string;
    provider: string;
    location: string;
    start: string;
    end: string;
  }) =>
    t.handle.db
      .insertInto('appointments')
      .values({
        id: a.id,
        patient_id: alexId,
        provider_id: a.provider,
        location_id: a.location,
        visit_type: 'omt-follow-up',
        start_at: a.start,
        end_at: a.end,
        status: 'booked',
        created_by: 'another-process',
        created_at: '2026-06-01T12:00:00Z',
        cancel_reason: null,
        cancelled_at: null,
        override_reason: null,
        reminder_sent_at: null,
        room_id: null,
      })
      .execute();

  it('sees a booking written outside the app, and its cancellation, on the next search', async () => {
    const before = await firstSlot(t, token, 'omt-follow-up', { provider: still });
    await writeElsewhere({
      id: 'written-elsewhere',
      provider: still,
      location: before.locationId,
      start: before.start,
      end: before.end,
    });
    const whileBooked = await firstSlot(t, token, 'omt-follow-up', { provider: still });
    expect(Date.parse(whileBooked.start)).toBeGreaterThanOrEqual(Date.parse(before.end));

    await t.handle.db
      .updateTable('appointments')
      .set({ status: 'cancelled' })
      .where('id', '=', 'written-elsewhere')
      .execute();
    expect((await firstSlot(t, token, 'omt-follow-up', { provider: still })).start).toBe(before.start);
  });

  it('counts a visit type buffer changed after the bookings were cached', async () => {
    const slot = await firstSlot(t, token, 'omt-follow-up', { provider: still });
    const booked = await t.call(token, 'POST', '/api/appointments', {
      patientId: alexId,
      visitType: 'omt-follow-up',
      providerId: slot.providerId,
      locationId: slot.locationId,
      start: slot.start,
    });
    expect(booked.status).toBe(201);
    expect((await firstSlot(t, token, 'omt-follow-up', { provider: still })).start).toBe(slot.end);
    await t.handle.db
      .updateTable('visit_types')
      .set({ buffer_after_minutes: 30 })
      .where('id', '=', 'omt-follow-up')
      .execute();
    // The booked visit now needs 30 minutes of rest after it, so the slot right after it is gone.
    const next = await firstSlot(t, token, 'omt-follow-up', { provider: still });
    expect(Date.parse(next.start)).toBeGreaterThanOrEqual(Date.parse(slot.end) + 30 * 60_000);
  });

  it('reads the catalogue marker and every provider schedule version in one statement', async () => {
    const before = await scheduleMarkers(t.handle.db);
    expect(before.catalog).toBe(await catalogVersion(t.handle.db));
    expect(before.providers).toEqual(await scheduleVersions(t.handle.db, [...before.providers.keys()]));

    const slot = await firstSlot(t, token, 'omt-follow-up', { provider: still });
    await writeElsewhere({
      id: 'marker-moves',
      provider: still,
      location: slot.locationId,
      start: slot.start,
      end: slot.end,
    });
    const booked = await scheduleMarkers(t.handle.db);
    expect(booked.providers.get(still)).not.toBe(before.providers.get(still) ?? 0);
    expect(booked.catalog).toBe(before.catalog);

    await t.handle.db
      .updateTable('visit_types')
      .set({ name: 'OMT follow-up visit' })
      .where('id', '=', 'omt-follow-up')
      .execute();
    const renamed = await scheduleMarkers(t.handle.db);
    expect(renamed.catalog).not.toBe(booked.catalog);
    expect(renamed.providers).toEqual(booked.providers);
  });

  it('after any sequence of writes outside the app, the cached search equals a fresh read', async () => {
    // A seeded random walk of inserts, cancellations and moves written straight to the database; after
    // each, the search through the cache must equal the same search reading every booking afresh
    // (a search that ignores an appointment reads directly). Every other step the search is given the
    // versions read together with the catalogue's marker, as the availability endpoint does.
    const kim = await t.userId('dr.kim@demo.clinic');
    const providers = [still, kim];
    const location = { [still]: 'loc-cleveland', [kim]: 'loc-phoenix' };
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const search = {
      visitType: 'omt-follow-up',
      durationMinutes: 30,
      bufferAfterMinutes: 0,
      from: '2026-06-01T12:00:00Z',
      to: '2026-06-15T12:00:00Z',
      notBefore: '2026-06-01T12:00:00Z',
    };
    const ids: string[] = [];
    for (let step = 0; step < 40; step++) {
      const op = ids.length === 0 ? 0 : random(3);
      const start = new Date(Date.parse('2026-06-01T13:00:00Z') + random(14 * 48) * 30 * 60_000);
      const end = new Date(start.getTime() + 30 * 60_000).toISOString().replace('.000Z', 'Z');
      const startAt = start.toISOString().replace('.000Z', 'Z');
      if (op === 0) {
        const provider = providers[random(2)] ?? still;
        const id = `walk-${step}`;
        ids.push(id);
        await writeElsewhere({
          id,
          provider,
          location: location[provider] ?? 'loc-cleveland',
          start: startAt,
          end,
        });
      } else {
        const id = ids[random(ids.length)] ?? '';
        const change =
          op === 1 ? { status: 'cancelled' } : { start_at: startAt, end_at: end, status: 'booked' };
        await t.handle.db.updateTable('appointments').set(change).where('id', '=', id).execute();
      }
      const versions = step % 2 === 0 ? (await scheduleMarkers(t.handle.db)).providers : undefined;
      const cached = await searchSlots(
        t.handle.db,
        versions ? { ...search, scheduleVersions: versions } : search,
      );
      const fresh = await searchSlots(t.handle.db, { ...search, ignoreAppointmentId: 'none' });
      expect(cached, `after step ${step}`).toEqual(fresh);
    }
  });
});
