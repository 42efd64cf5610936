import { describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { listeningApp } from '../../test-support/listening-app';
import { bookFollowUp, submitIntake, yesTo } from '../../test-support/factories';
import { openEvents, readUntil } from '../../test-support/event-stream';

describe.each(TEST_DATABASES)('GET /api/events on $name', (kind) => {
  const clinic = listeningApp(kind);

  const open = (token: string | null, accept?: string) => openEvents(clinic.base, token, accept);

  it('streams the kind and id of a raised and an acknowledged task to another clinician, with no patient data', async () => {
    const kim = await clinic.t.login('dr.kim@demo.clinic');
    const stream = await open(kim);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const body = stream.body;
    if (!body) throw new Error('no body');

    const appt = await bookFollowUp(clinic.t, 'alex@demo.clinic');
    const intake = await submitIntake(
      clinic.t,
      await clinic.t.login('alex@demo.clinic'),
      appt.id,
      yesTo('low-back', 'saddle_numbness'),
    );
    expect(intake.status).toBe(201);
    const still = await clinic.t.login('dr.still@demo.clinic');
    const task = (
      (await clinic.t.call(still, 'GET', '/api/worklist')).body.safetyTasks as {
        id: string;
        appointmentId: string;
      }[]
    ).find((x) => x.appointmentId === appt.id);
    if (!task) throw new Error('no task');
    const ack = await clinic.t.call(still, 'POST', `/api/safety-tasks/${task.id}/acknowledge`, {
      outcome: 'called_patient',
    });
    expect(ack.status).toBe(200);

    const acknowledged = `data: ${JSON.stringify({ kind: 'safety_task.acknowledged', id: task.id })}`;
    const text = await readUntil(body, (s) => s.includes(acknowledged));
    expect(text).toContain(`data: ${JSON.stringify({ kind: 'safety_task.raised', id: task.id })}`);
    expect(text).not.toMatch(/Alex|Rivera|saddle|called_patient/i);
  });

  it('is described in OpenAPI with the other worklist endpoints, the acknowledgements with their body', async () => {
    const paths = (await clinic.t.call(null, 'GET', '/api/openapi.json')).body.paths as Record<string, any>;
    expect(Object.keys(paths['/api/events']?.get?.responses?.['200']?.content ?? {})).toEqual([
      'text/event-stream',
    ]);
    expect(Object.keys(paths['/api/worklist/cosign-queue'] ?? {})).toEqual(['get']);
    expect(Object.keys(paths['/api/worklist/unsigned-notes'] ?? {})).toEqual(['get']);
    for (const path of ['/api/check-ins/{id}/acknowledge', '/api/safety-tasks/{id}/acknowledge'])
      expect(JSON.stringify(paths[path]?.post?.requestBody)).toContain('advised_emergency_care');
  });

  it('refuses without a session (401), a patient (403) and a request not asking for an event stream (406)', async () => {
    expect((await open(null)).status).toBe(401);
    expect((await open(await clinic.t.login('alex@demo.clinic'))).status).toBe(403);
    const plain = await open(await clinic.t.login('dr.kim@demo.clinic'), 'application/json');
    expect(plain.status).toBe(406);
    expect(await plain.json()).toMatchObject({ code: 'not_acceptable', field: 'accept' });
  });
});
