import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { listeningApp } from '../../test-support/listening-app';
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
  const clinic = listeningApp(kind);

  it('raises no safety task for an intake whose request failed, and one for the intake saved after', async () => {
    const events = await eventStreamOf(clinic.base, await clinic.t.login('dr.kim@demo.clinic'));
    const appt = await bookFollowUp(clinic.t, 'alex@demo.clinic');
    const alex = await clinic.t.login('alex@demo.clinic');

    await submitEmergencyIntakeThenFail(clinic.t, 'alex@demo.clinic', appt.id);
    expect((await clinic.t.call(alex, 'GET', `/api/appointments/${appt.id}/intake`)).status).toBe(404);
    expect(await openSafetyTaskOf(clinic.t, appt.id)).toBeUndefined();

    expect((await submitIntake(clinic.t, alex, appt.id, EMERGENCY_FLAG)).status).toBe(201);
    const task = await openSafetyTaskOf(clinic.t, appt.id);
    if (!task) throw new Error('no safety task');
    const text = await readUntil(events, (s) => s.includes(eventLine('safety_task.raised', task.id)));
    expect(countOf(text, 'safety_task.raised')).toBe(1);
  });

  it('announces no acknowledgement that a failed request rolled back: the task stays open until one is saved', async () => {
    const appt = await bookFollowUp(clinic.t, 'alex@demo.clinic');
    const alex = await clinic.t.login('alex@demo.clinic');
    expect((await submitIntake(clinic.t, alex, appt.id, EMERGENCY_FLAG)).status).toBe(201);
    const task = await openSafetyTaskOf(clinic.t, appt.id);
    if (!task) throw new Error('no safety task');
    const events = await eventStreamOf(clinic.base, await clinic.t.login('dr.kim@demo.clinic'));

    await failAfterChange(clinic.t, 'dr.still@demo.clinic', (ctx) =>
      acknowledgeSafetyTask(ctx, task.id, { outcome: 'called_patient', note: '' }),
    );
    expect(await openSafetyTaskOf(clinic.t, appt.id)).toEqual(expect.objectContaining({ id: task.id }));

    const still = await clinic.t.login('dr.still@demo.clinic');
    const ack = await clinic.t.call(still, 'POST', `/api/safety-tasks/${task.id}/acknowledge`, {
      outcome: 'called_patient',
    });
    expect(ack.status).toBe(200);
    // An event after it, so that all the stream carried until then is read.
    const marker = randomUUID();
    await publishLive(clinic.t.deps, [{ kind: 'alert.raised', id: marker }]);
    const text = await readUntil(events, (s) => s.includes(eventLine('alert.raised', marker)));
    expect(text).toContain(eventLine('safety_task.acknowledged', task.id));
    expect(countOf(text, 'safety_task.acknowledged')).toBe(1);
  });
});
