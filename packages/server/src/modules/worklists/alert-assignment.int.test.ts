import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, openEncounter, submitIntake, treatRegions, yesTo } from '../../test-support/factories';

/** Safety tasks and check-in alerts belong to the visit's physician (and a resident's supervisor); others read. */
describe.each(TEST_DATABASES)('alert assignment and acknowledgement on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const auditOf = (resourceId: string) =>
    t.handle.db
      .selectFrom('audit_log')
      .select(['user_id', 'action', 'outcome', 'detail'])
      .where('resource_id', '=', resourceId)
      .where('action', '=', 'clinical.write')
      .execute();

  it("a resident's safety task: the resident and the supervisor acknowledge, anyone else reads (403 naming them)", async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic', 'resident@demo.clinic');
    const r = await submitIntake(
      t,
      await t.login('alex@demo.clinic'),
      appt.id,
      yesTo('low-back', 'saddle_numbness'),
    );
    expect(r.status).toBe(201);
    const still = await t.login('dr.still@demo.clinic');
    const kim = await t.login('dr.kim@demo.clinic');
    const resident = await t.login('resident@demo.clinic');
    const taskFor = async (token: string) =>
      ((await t.call(token, 'GET', '/api/worklist')).body.safetyTasks as { appointmentId: string }[]).find(
        (x) => x.appointmentId === appt.id,
      ) as unknown as { id: string; canAcknowledge: boolean; assignedTo: unknown };
    const seenByKim = await taskFor(kim);
    expect(seenByKim).toMatchObject({
      canAcknowledge: false,
      assignedTo: {
        id: await t.userId('resident@demo.clinic'),
        name: 'Dr. Riley Resident',
        supervisor: { id: await t.userId('dr.still@demo.clinic'), name: 'Dr. Andrea Still' },
      },
    });
    expect((await taskFor(resident)).canAcknowledge).toBe(true);
    expect((await taskFor(still)).canAcknowledge).toBe(true);

    const url = `/api/safety-tasks/${seenByKim.id}/acknowledge`;
    const refused = await t.call(kim, 'POST', url, { outcome: 'called_patient' });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('assigned to Dr. Riley Resident');
    expect(refused.body.message).toContain('Dr. Andrea Still');
    expect(await auditOf(seenByKim.id)).toEqual([
      expect.objectContaining({ user_id: await t.userId('dr.kim@demo.clinic'), outcome: 'denied' }),
    ]);

    const noOutcome = await t.call(still, 'POST', url, {});
    expect(noOutcome.status).toBe(400);
    expect(noOutcome.body).toMatchObject({ code: 'validation_failed', field: 'outcome' });
    const badOutcome = await t.call(still, 'POST', url, { outcome: 'shrugged' });
    expect(badOutcome.body).toMatchObject({ field: 'outcome' });
    const otherWithoutNote = await t.call(still, 'POST', url, { outcome: 'other', note: '  ' });
    expect(otherWithoutNote.status).toBe(400);
    expect(otherWithoutNote.body).toMatchObject({ field: 'note' });
    expect(otherWithoutNote.body.message).toContain('Other');

    const ack = await t.call(still, 'POST', url, { outcome: 'other', note: 'Sent to the ED with his wife.' });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({
      acknowledgedBy: await t.userId('dr.still@demo.clinic'),
      acknowledgement: {
        byName: 'Dr. Andrea Still',
        outcome: 'other',
        note: 'Sent to the ED with his wife.',
      },
    });
    expect(await auditOf(seenByKim.id)).toContainEqual(
      expect.objectContaining({ outcome: 'allowed', detail: 'acknowledged: other' }),
    );
    const again = await t.call(resident, 'POST', url, { outcome: 'called_patient' });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('Dr. Andrea Still');

    const list = (await t.call(kim, 'GET', '/api/worklist')).body;
    expect(list.safetyTasks.map((x: { id: string }) => x.id)).not.toContain(seenByKim.id);
    expect(list.acknowledged.safetyTasks).toContainEqual(
      expect.objectContaining({
        id: seenByKim.id,
        acknowledgement: {
          byName: 'Dr. Andrea Still',
          outcome: 'other',
          note: 'Sent to the ED with his wife.',
        },
      }),
    );
  });

  it("a check-in alert goes to the visit's physician: another physician is refused, the outcome is required", async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic', 'dr.kim@demo.clinic');
    const enc = await openEncounter(t, 'dr.kim@demo.clinic', appt.id);
    await treatRegions(t, 'dr.kim@demo.clinic', enc, ['lumbar']);
    const kim = await t.login('dr.kim@demo.clinic');
    expect((await t.call(kim, 'POST', `/api/encounters/${enc}/sign`, {})).status).toBe(200);
    const alex = await t.login('alex@demo.clinic');
    const severe = await t.call(alex, 'POST', `/api/encounters/${enc}/check-ins`, {
      soreness: 9,
      daysSore: 5,
      newSymptoms: [],
    });
    expect(severe.body).toMatchObject({ alert: true, canAcknowledge: false });
    const id = severe.body.id as string;

    const still = await t.login('dr.still@demo.clinic');
    const seen = (await t.call(still, 'GET', '/api/worklist')).body.alerts.find(
      (a: { id: string }) => a.id === id,
    );
    expect(seen).toMatchObject({
      canAcknowledge: false,
      assignedTo: { name: 'Dr. Daniel Kim', supervisor: null },
    });
    const refused = await t.call(still, 'POST', `/api/check-ins/${id}/acknowledge`, {
      outcome: 'called_patient',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('assigned to Dr. Daniel Kim');
    expect(
      (await t.call(alex, 'POST', `/api/check-ins/${id}/acknowledge`, { outcome: 'called_patient' })).status,
    ).toBe(403);
    const missing = await t.call(kim, 'POST', `/api/check-ins/${id}/acknowledge`, { note: 'called' });
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('outcome');

    const ack = await t.call(kim, 'POST', `/api/check-ins/${id}/acknowledge`, {
      outcome: 'advised_emergency_care',
    });
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledgement).toEqual({
      byName: 'Dr. Daniel Kim',
      outcome: 'advised_emergency_care',
      note: null,
    });
    const stored = await t.handle.db
      .selectFrom('check_ins')
      .select(['outcome', 'outcome_note', 'acknowledged_by'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      outcome: 'advised_emergency_care',
      outcome_note: null,
      acknowledged_by: await t.userId('dr.kim@demo.clinic'),
    });
    expect(await auditOf(id)).toEqual([
      expect.objectContaining({ outcome: 'denied', user_id: await t.userId('dr.still@demo.clinic') }),
      expect.objectContaining({ outcome: 'allowed', detail: 'acknowledged: advised_emergency_care' }),
    ]);
    const history = await t.call(kim, 'GET', `/api/encounters/${enc}/check-ins`);
    expect(history.body.find((c: { id: string }) => c.id === id).acknowledgement.outcome).toBe(
      'advised_emergency_care',
    );
  });
});
