import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { firstSlot, patientIdOf } from '../../test-support/factories';

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

  it('sees a booking written outside the app, and its cancellation, on the next search', async () => {
    const before = await firstSlot(t, token, 'omt-follow-up', { provider: still });
    await t.handle.db
      .insertInto('appointments')
      .values({
        id: 'written-elsewhere',
        patient_id: alexId,
        provider_id: still,
        location_id: before.locationId,
        visit_type: 'omt-follow-up',
        start_at: before.start,
        end_at: before.end,
        status: 'booked',
        created_by: 'another-process',
        created_at: t.clock.now.toISOString(),
        cancel_reason: null,
        cancelled_at: null,
        override_reason: null,
        reminder_sent_at: null,
        room_id: null,
      })
      .execute();
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
});
