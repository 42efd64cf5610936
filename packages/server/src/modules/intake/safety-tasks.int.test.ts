import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { answer, bookFollowUp, submitIntake } from '../../test-support/factories';

describe.each(TEST_DATABASES)('PHQ-9 item 9 safety tasks on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('item 9 above 0 opens a same-visit task on the physician worklist until acknowledged', async () => {
    const alex = await t.login('alex@demo.clinic');
    const still = await t.login('dr.still@demo.clinic');
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const r = await submitIntake(t, alex, appt.id, {
      'phq-1': answer.phq(3),
      'phq-2': answer.phq(3),
      'phq-9': answer.phq(1),
    });
    expect(r.status).toBe(201);
    expect(r.body.phq9).toMatchObject({ item9Positive: true });
    const taskId = r.body.safetyTaskId as string;
    expect(taskId).toEqual(expect.any(String));

    const list = await t.call(still, 'GET', '/api/worklist');
    expect(list.status).toBe(200);
    expect(list.body.safetyTasks).toEqual([
      expect.objectContaining({
        id: taskId,
        patientId: appt.patientId,
        patientName: 'Alex Rivera',
        appointmentId: appt.id,
        reason: expect.stringContaining('PHQ-9 item 9'),
        createdAt: expect.any(String),
      }),
    ]);
    expect((await t.call(alex, 'POST', `/api/safety-tasks/${taskId}/acknowledge`)).status).toBe(403);
    expect((await t.call(still, 'POST', '/api/safety-tasks/nope/acknowledge')).status).toBe(404);
    const ack = await t.call(still, 'POST', `/api/safety-tasks/${taskId}/acknowledge`);
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledgedBy).toBe(await t.userId('dr.still@demo.clinic'));
    expect((await t.call(still, 'GET', '/api/worklist')).body.safetyTasks).toEqual([]);
    const audit = await t.call(await t.login('admin@demo.clinic'), 'GET', '/api/audit?pageSize=200');
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({ resourceType: 'safety-task', resourceId: taskId }),
    );
  });

  it('item 9 at 0 opens no task', async () => {
    const alex = await t.login('alex@demo.clinic');
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const r = await submitIntake(t, alex, appt.id, { 'phq-1': answer.phq(3), 'phq-2': answer.phq(3) });
    expect(r.body.phq9).toMatchObject({ item9Positive: false });
    expect(r.body.safetyTaskId).toBeNull();
  });
});
