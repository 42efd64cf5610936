import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, submitIntake } from '../../test-support/factories';
import { countOf, eventLine, eventStreamOf, readUntil } from '../../test-support/event-stream';
import {
  EMERGENCY_FLAG,
  failAfterChange,
  openSafetyTaskOf,
  submitEmergencyIntakeThenFail,
} from '../../test-support/live-events';
import { acknowledgeSafetyTask } from '../intake/safety-tasks';
import { publishLive } from './live-events';

// A request that fails after its change rolls the change back: what it would have announced must not reach a stream.
describe.each(TEST_DATABASES)('live events on $name announce only what committed', (kind) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('raises no safety task for an intake whose request failed, and one for the intake saved after', async () => {
    const events = await eventStreamOf(base, await t.login('dr.kim@demo.clinic'));
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const alex = await t.login('alex@demo.clinic');

    await submitEmergencyIntakeThenFail(t, 'alex@demo.clinic', appt.id);
    expect((await t.call(alex, 'GET', `/api/appointments/${appt.id}/intake`)).status).toBe(404);
    expect(await openSafetyTaskOf(t, appt.id)).toBeUndefined();

    expect((await submitIntake(t, alex, appt.id, EMERGENCY_FLAG)).status).toBe(201);
    const task = await openSafetyTaskOf(t, appt.id);
    if (!task) throw new Error('no safety task');
    const text = await readUntil(events, (s) => s.includes(eventLine('safety_task.raised', task.id)));
    expect(countOf(text, 'safety_task.raised')).toBe(1);
  });

  it('announces no acknowledgement that a failed request rolled back: the task stays open until one is saved', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const alex = await t.login('alex@demo.clinic');
    expect((await submitIntake(t, alex, appt.id, EMERGENCY_FLAG)).status).toBe(201);
    const task = await openSafetyTaskOf(t, appt.id);
    if (!task) throw new Error('no safety task');
    const events = await eventStreamOf(base, await t.login('dr.kim@demo.clinic'));

    await failAfterChange(t, 'dr.still@demo.clinic', (ctx) =>
      acknowledgeSafetyTask(ctx, task.id, { outcome: 'called_patient', note: '' }),
    );
    expect(await openSafetyTaskOf(t, appt.id)).toEqual(expect.objectContaining({ id: task.id }));

    const still = await t.login('dr.still@demo.clinic');
    const ack = await t.call(still, 'POST', `/api/safety-tasks/${task.id}/acknowledge`, {
      outcome: 'called_patient',
    });
    expect(ack.status).toBe(200);
    // An event after it, so that all the stream carried until then is read.
    const marker = randomUUID();
    await publishLive(t.deps, [{ kind: 'alert.raised', id: marker }]);
    const text = await readUntil(events, (s) => s.includes(eventLine('alert.raised', marker)));
    expect(text).toContain(eventLine('safety_task.acknowledged', task.id));
    expect(countOf(text, 'safety_task.acknowledged')).toBe(1);
  });
});
