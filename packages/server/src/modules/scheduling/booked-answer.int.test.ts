import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startDeskApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';

// A booking answers from what it wrote and read instead of reading the visit back: the answer must be the visit as
// any later read presents it.
describe.each(TEST_DATABASES)("a booking's answer on $name", (kind) => {
  let t: TestApp;
  let desk: string;
  beforeAll(async () => {
    ({ t, desk } = await startDeskApp(kind));
  });
  afterAll(() => t.close());

  const bookAndReadBack = async (body: Record<string, unknown>) => {
    const booked = await t.call(desk, 'POST', '/api/appointments', body);
    expect(booked.status).toBe(201);
    const read = await t.call(desk, 'GET', `/api/appointments/${booked.body.id as string}`);
    expect(read.status).toBe(200);
    return { booked: booked.body as Record<string, unknown>, read: read.body as Record<string, unknown> };
  };

  it('is the visit as read back: in a room, with rest time after it, and a staff override without a room', async () => {
    const still = await t.userId('dr.still@demo.clinic');
    const maria = await patientIdOf(t, 'maria@demo.clinic');
    const alex = await patientIdOf(t, 'alex@demo.clinic');
    const inRoom = await bookAndReadBack({
      patientId: maria,
      visitType: 'pregnancy-omt',
      providerId: still,
      locationId: 'loc-cleveland',
      start: '2026-06-03T14:00:00Z',
    });
    expect(inRoom.booked).toEqual(inRoom.read);
    expect(inRoom.booked).toMatchObject({
      patientName: 'Maria Lopez',
      visitTypeNameEs: 'OMT en el embarazo',
      roomName: 'Table 1',
      end: '2026-06-03T14:45:00Z',
      status: 'booked',
      intakeSubmitted: false,
      encounterId: null,
      urgentFlags: [],
    });
    // Over Maria's visit, deliberately: the other table is free, so it takes that one.
    const overridden = await bookAndReadBack({
      patientId: alex,
      visitType: 'consultation',
      providerId: still,
      locationId: 'loc-cleveland',
      start: '2026-06-03T14:00:00Z',
      override: { reason: 'urgent: seen between visits' },
    });
    expect(overridden.booked).toEqual(overridden.read);
    expect(overridden.booked).toMatchObject({
      roomName: 'Table 2',
      overrideReason: 'urgent: seen between visits',
    });
  });
});
