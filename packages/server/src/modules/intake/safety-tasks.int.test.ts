import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { answer, bookFollowUp, submitIntake, yesTo } from '../../test-support/factories';

const CALLED = { outcome: 'called_patient' };

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
    expect((await t.call(alex, 'POST', `/api/safety-tasks/${taskId}/acknowledge`, CALLED)).status).toBe(403);
    expect((await t.call(still, 'POST', '/api/safety-tasks/nope/acknowledge', CALLED)).status).toBe(404);
    const ack = await t.call(still, 'POST', `/api/safety-tasks/${taskId}/acknowledge`, CALLED);
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledgedBy).toBe(await t.userId('dr.still@demo.clinic'));
    expect((await t.call(still, 'GET', '/api/worklist')).body.safetyTasks).toEqual([]);
    const audit = await t.call(await t.login('admin@demo.clinic'), 'GET', '/api/audit?pageSize=200');
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({ resourceType: 'safety-task', resourceId: taskId }),
    );
  });

  it('cauda equina signs open a task for the visit physician, mark the desk view and instruct the patient', async () => {
    const alex = await t.login('alex@demo.clinic');
    const kim = await t.login('dr.kim@demo.clinic');
    const kimId = await t.userId('dr.kim@demo.clinic');
    const appt = await bookFollowUp(t, 'alex@demo.clinic', 'dr.kim@demo.clinic');
    const r = await submitIntake(t, alex, appt.id, yesTo('low-back', 'saddle_numbness', 'bladder_change'));
    expect(r.status).toBe(201);
    expect(r.body.safetyTaskId).toBeNull();
    expect(r.body.urgentFlags).toEqual([
      expect.objectContaining({
        flagId: 'cauda_equina',
        action: 'emergency_referral',
        urgency: 'emergency',
        source: expect.stringContaining('CR-LBP-1'),
      }),
    ]);
    expect(r.body.urgentFlags[0].instruction.en).toContain('Do not wait for your visit');
    expect(r.body.urgentFlags[0].instruction.es).toContain('No espere a su cita');

    const list = await t.call(kim, 'GET', '/api/worklist');
    expect(list.status).toBe(200);
    const tasks = (list.body.safetyTasks as { appointmentId: string }[]).filter(
      (x) => x.appointmentId === appt.id,
    );
    expect(tasks).toEqual([
      expect.objectContaining({
        patientName: 'Alex Rivera',
        assignedTo: { id: kimId, name: 'Dr. Daniel Kim', supervisor: null },
        flag: { id: 'cauda_equina', action: 'emergency_referral', urgency: 'emergency' },
        reason: expect.stringContaining('Possible cauda equina syndrome'),
      }),
    ]);

    const desk = await t.login('frontdesk@demo.clinic');
    const view = await t.call(desk, 'GET', `/api/appointments/${appt.id}`);
    expect(view.status).toBe(200);
    const mark = {
      flagId: 'cauda_equina',
      label: 'Possible cauda equina syndrome',
      action: 'emergency_referral',
      urgency: 'emergency',
    };
    expect(view.body.urgentFlags).toEqual([mark]);
    const day = await t.call(
      desk,
      'GET',
      `/api/appointments?${new URLSearchParams({ from: appt.start, to: new Date(Date.parse(appt.start) + 60_000).toISOString() }).toString()}`,
    );
    expect((day.body as { id: string }[]).find((a) => a.id === appt.id)).toMatchObject({
      urgentFlags: [mark],
    });
  });

  it('a C-spine imaging flag at intake is urgent: a task and a mark, with the imaging action', async () => {
    const alex = await t.login('alex@demo.clinic');
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const r = await submitIntake(t, alex, appt.id, {
      'pain-regions': answer.regions('cervical'),
      ...yesTo('neck', 'significant_trauma'),
      ...yesTo('c-spine', 'dangerous_mechanism'),
    });
    expect(r.status).toBe(201);
    expect(r.body.urgentFlags).toEqual([
      expect.objectContaining({ flagId: 'neck_c_spine_imaging', action: 'imaging', urgency: 'urgent' }),
    ]);
    const list = await t.call(await t.login('dr.still@demo.clinic'), 'GET', '/api/worklist');
    expect(list.body.safetyTasks).toContainEqual(
      expect.objectContaining({
        appointmentId: appt.id,
        flag: { id: 'neck_c_spine_imaging', action: 'imaging', urgency: 'urgent' },
      }),
    );
  });

  it('an intake with only non-urgent flags opens no task and marks nothing', async () => {
    const alex = await t.login('alex@demo.clinic');
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const r = await submitIntake(t, alex, appt.id, yesTo('low-back', 'osteoporosis'));
    expect(r.status).toBe(201);
    expect(r.body.redFlags).toEqual([expect.objectContaining({ id: 'possible_fracture' })]);
    expect(r.body.urgentFlags).toEqual([]);
    const list = await t.call(await t.login('dr.still@demo.clinic'), 'GET', '/api/worklist');
    expect(
      list.body.safetyTasks.filter((x: { appointmentId: string }) => x.appointmentId === appt.id),
    ).toEqual([]);
    const view = await t.call(await t.login('frontdesk@demo.clinic'), 'GET', `/api/appointments/${appt.id}`);
    expect(view.body.urgentFlags).toEqual([]);
  });

  it('item 9 at 0 opens no task', async () => {
    const alex = await t.login('alex@demo.clinic');
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const r = await submitIntake(t, alex, appt.id, { 'phq-1': answer.phq(3), 'phq-2': answer.phq(3) });
    expect(r.body.phq9).toMatchObject({ item9Positive: false });
    expect(r.body.safetyTaskId).toBeNull();
  });
});

describe.each(TEST_DATABASES)("the worklist's stamp on $name", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const auditRows = async () =>
    Number(
      (
        await t.handle.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('stays put while nothing changes, moves when a task opens or is acknowledged, and audits nothing', async () => {
    const still = await t.login('dr.still@demo.clinic');
    const stamp = async () => {
      const r = await t.call(still, 'GET', '/api/worklist/stamp');
      expect(r.status).toBe(200);
      return r.body.stamp as string;
    };
    const before = await stamp();
    const rows = await auditRows();
    expect(await stamp()).toBe(before);
    expect(await auditRows()).toBe(rows);
    expect((await t.call(still, 'GET', '/api/worklist')).body.stamp).toBe(before);

    const alex = await t.login('alex@demo.clinic');
    expect((await t.call(alex, 'GET', '/api/worklist/stamp')).status).toBe(403);
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const r = await submitIntake(t, alex, appt.id, yesTo('low-back', 'saddle_numbness'));
    expect(r.status).toBe(201);
    const opened = await stamp();
    expect(opened).not.toBe(before);
    const list = await t.call(still, 'GET', '/api/worklist');
    expect(list.body.stamp).toBe(opened);

    const task = (list.body.safetyTasks as { id: string; appointmentId: string }[]).find(
      (x) => x.appointmentId === appt.id,
    );
    expect(task).toBeDefined();
    expect((await t.call(still, 'POST', `/api/safety-tasks/${task?.id}/acknowledge`, CALLED)).status).toBe(
      200,
    );
    const closed = await stamp();
    expect(closed).not.toBe(opened);
    expect(closed).toBe(before);
  });
});
