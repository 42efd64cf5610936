import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { answer, bookFollowUp, patientIdOf, submitIntake } from '../../test-support/factories';

describe.each(TEST_DATABASES)("the intake's pregnancy answer updates the safety factors on $name", (kind) => {
  let t: TestApp;
  let still: string;
  let maria: string;
  let mariaId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    still = await t.login('dr.still@demo.clinic');
    maria = await t.login('maria@demo.clinic');
    mariaId = await patientIdOf(t, 'maria@demo.clinic');
  });
  afterAll(() => t.close());

  const factors = async () => (await t.call(still, 'GET', `/api/patients/${mariaId}`)).body.factors;
  /** The factors as read, with the version a save must carry. */
  const factorsToSave = async () => {
    const p = (await t.call(still, 'GET', `/api/patients/${mariaId}`)).body;
    return { ...p.factors, version: p.factorsVersion };
  };
  const intake = async (answers: Parameters<typeof submitIntake>[3]) => {
    const appt = await bookFollowUp(t, 'maria@demo.clinic');
    const r = await submitIntake(t, maria, appt.id, answers);
    expect(r.status).toBe(201);
    return r.body as { id: string };
  };

  it('CR-INTAKE-3, CR-POP-3: "pregnant, 12 weeks" sets pregnant and the weeks, audited as factors.intake', async () => {
    const cleared = await t.call(still, 'PUT', `/api/patients/${mariaId}/factors`, {
      ...(await factorsToSave()),
      pregnant: false,
      pregnancyWeeks: null,
    });
    expect(cleared.body.factors).toMatchObject({ pregnant: false, pregnancyWeeks: null });
    const submitted = await intake({ pregnant: answer.yes, 'pregnancy-weeks': answer.int(12) });
    expect(await factors()).toMatchObject({ pregnant: true, pregnancyWeeks: 12 });
    const audit = await t.call(
      await t.login('admin@demo.clinic'),
      'GET',
      `/api/audit?patientId=${mariaId}&pageSize=200`,
    );
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({
        action: 'factors.intake',
        resourceType: 'patient-factors',
        resourceId: submitted.id,
        outcome: 'allowed',
      }),
    );
  });

  it('CR-INTAKE-3, CR-POP-3: later weeks replace the recorded weeks; other factors are kept', async () => {
    await t.call(still, 'PUT', `/api/patients/${mariaId}/factors`, {
      ...(await factorsToSave()),
      osteoporosis: true,
      conditions: ['vertigo'],
    });
    await intake({ pregnant: answer.yes, 'pregnancy-weeks': answer.int(20) });
    expect(await factors()).toMatchObject({
      pregnant: true,
      pregnancyWeeks: 20,
      osteoporosis: true,
      conditions: ['vertigo'],
    });
  });

  it('"not pregnant" does not clear a recorded pregnancy (the physician clears it)', async () => {
    await intake({ pregnant: answer.no });
    expect(await factors()).toMatchObject({ pregnant: true, pregnancyWeeks: 20 });
  });
});
