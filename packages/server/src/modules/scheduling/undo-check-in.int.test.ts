import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app';
import { arriveForVisit, bookFollowUp, openEncounter, treatRegions } from '../../test-support/factories';
import { deadVisitBlocks } from '../../test-support/dead-blocks';

describe.each(TEST_DATABASES)('undoing a check-in on $name', (kind) => {
  let t: TestApp;
  let desk: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    desk = await t.login('frontdesk@demo.clinic');
  });
  afterEach(() => {
    t.clock.now = TEST_NOW;
  });
  afterAll(() => t.close());

  const undo = (id: string, token = desk) => t.call(token, 'POST', `/api/appointments/${id}/undo-check-in`, {});
  const statusOf = async (id: string) =>
    (await t.call(desk, 'GET', `/api/appointments/${id}`)).body.status as string;

  it('books the visit again, audited; a visit not checked in and a patient are refused', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const early = await undo(appt.id);
    expect([early.status, early.body.code]).toEqual([409, 'invalid_status']);
    expect(early.body.message).toBe('This visit is booked, so its check-in cannot be undone.');
    await arriveForVisit(t, appt.id);
    const patient = await undo(appt.id, await t.login('alex@demo.clinic'));
    expect(patient.status).toBe(403);
    const r = await undo(appt.id);
    expect([r.status, r.body.status]).toEqual([200, 'booked']);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'detail'])
      .where('resource_id', '=', appt.id)
      .where('detail', '=', 'undo check-in')
      .execute();
    expect(audit).toContainEqual({ action: 'appointment.write', outcome: 'allowed', detail: 'undo check-in' });
    // Checked in again, the usual way.
    const again = await t.call(desk, 'POST', `/api/appointments/${appt.id}/check-in`, {});
    expect([again.status, again.body.status]).toEqual([200, 'checked_in']);
  });

  it('is refused once the visit’s note is signed', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    // A draft note does not hold the check-in.
    expect((await undo(appt.id)).status).toBe(200);
    await arriveForVisit(t, appt.id);
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    const still = await t.login('dr.still@demo.clinic');
    const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {});
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    const r = await undo(appt.id);
    expect([r.status, r.body.code]).toEqual([409, 'note_signed']);
    expect(await statusOf(appt.id)).not.toBe('booked');
  });

  it('of many concurrent undos exactly one wins', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    await arriveForVisit(t, appt.id);
    const results = await Promise.all(Array.from({ length: 20 }, () => undo(appt.id)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(19);
    expect(await statusOf(appt.id)).toBe('booked');
  });

  it('racing a check-in, the end status matches the answers', async () => {
    for (let round = 0; round < 5; round++) {
      t.clock.now = TEST_NOW;
      const appt = await bookFollowUp(t, 'alex@demo.clinic');
      await arriveForVisit(t, appt.id);
      const [u, c] = await Promise.all([
        undo(appt.id),
        t.call(desk, 'POST', `/api/appointments/${appt.id}/check-in`, {}),
      ]);
      expect(u.status).toBe(200);
      // The check-in succeeds only after the undo made the visit booked again.
      expect(await statusOf(appt.id)).toBe(c.status === 200 ? 'checked_in' : 'booked');
      expect([200, 409]).toContain(c.status);
      await t.call(desk, 'POST', `/api/appointments/${appt.id}/cancel`, { reason: 'test round over' });
    }
  });

  for (const [verb, path, body, ended] of [
    ['a no-show', 'no-show', {}, 'no_show'],
    ['a cancellation', 'cancel', { reason: 'called to cancel' }, 'cancelled'],
  ] as const) {
    it(`racing ${verb}, the visit ends ${ended} holding no time, and an undo after it is refused`, async () => {
      for (let round = 0; round < 5; round++) {
        t.clock.now = TEST_NOW;
        const appt = await bookFollowUp(t, 'maria@demo.clinic');
        await arriveForVisit(t, appt.id);
        const [u, x] = await Promise.all([
          undo(appt.id),
          t.call(desk, 'POST', `/api/appointments/${appt.id}/${path}`, body),
        ]);
        // Either order ends the visit: an undo first leaves it booked, which still ends.
        expect(x.status, JSON.stringify(x.body)).toBe(200);
        expect([200, 409]).toContain(u.status);
        expect(await statusOf(appt.id)).toBe(ended);
        expect(await deadVisitBlocks(t.handle.db)).toEqual([]);
        const late = await undo(appt.id);
        expect([late.status, late.body.code]).toEqual([409, 'invalid_status']);
      }
    });
  }
});
