import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, openEncounter, patientIdOf, submitIntake } from '../../test-support/factories';
import { sampleLicensedQuestionnaire } from '../../../../fhir/src/test-support/licensed-questionnaire';

const PLAN = {
  diagnoses: ['M54.50'],
  goals: [{ goal: 'Walk 30 minutes without pain', targetDate: '2026-07-15' }],
  everyWeeks: 1,
  visits: 3,
  measures: [
    { measure: 'peg', due: ['baseline', 'each_visit'] },
    { measure: 'phq2', due: ['each_visit'] },
    { measure: 'odi', due: ['baseline'] },
  ],
  reEvaluationDate: '2026-07-06',
};

describe.each(TEST_DATABASES)('outcome measures on $name', (kind) => {
  let t: TestApp;
  let alex: string;
  let alexId: string;
  let planId: string;
  let visits: string[];
  beforeAll(async () => {
    t = await startTestApp(kind);
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    alex = await t.login('alex@demo.clinic');
    const consultation = await bookFollowUp(t, 'alex@demo.clinic');
    expect((await submitIntake(t, alex, consultation.id)).status).toBe(201);
    const encounterId = await openEncounter(t, 'dr.still@demo.clinic', consultation.id);
    const still = await t.login('dr.still@demo.clinic');
    const plan = await t.call(still, 'POST', `/api/patients/${alexId}/care-plans`, { ...PLAN, encounterId });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    planId = plan.body.id;
    const booked = await t.call(still, 'POST', `/api/care-plans/${planId}/book`, {
      visitType: 'omt-follow-up',
      providerId: await t.userId('dr.still@demo.clinic'),
      locationId: 'loc-cleveland',
      start: '2026-06-16T15:00:00Z',
      confirm: true,
    });
    expect(booked.body.booked, JSON.stringify(booked.body)).toBe(true);
    visits = booked.body.plan.visits.map((v: { appointmentId: string }) => v.appointmentId);
  });
  afterAll(() => t.close());

  const answer = (body: object, token = alex, patientId = alexId) =>
    t.call(token, 'POST', `/api/patients/${patientId}/measures`, { planId, ...body });
  const read = (token = alex) => t.call(token, 'GET', `/api/patients/${alexId}/measures`);

  it("lists what is due before the next visit; the intake's PEG is the baseline", async () => {
    const r = await read();
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(
      r.body.due.map((d: { measure: string; timing: string; online: boolean }) => [
        d.measure,
        d.timing,
        d.online,
      ]),
    ).toEqual([
      ['peg', 'each_visit', true],
      ['phq2', 'each_visit', true],
      ['odi', 'baseline', false],
    ]);
    expect(new Set(r.body.due.map((d: { appointmentId: string }) => d.appointmentId))).toEqual(
      new Set([visits[0]]),
    );
    // The intake's PEG (6, 5, 4) and pain rating start the trends.
    const peg = r.body.trends.find((x: { measure: string }) => x.measure === 'peg');
    expect(peg).toMatchObject({ baseline: 5, threshold: null, points: [{ score: 5, shown: '5 of 10' }] });
    expect(r.body.responses[0]).toMatchObject({ measure: expect.any(String), fromIntake: true });
  });

  it("keeps the consultation's intake answers as the plan's baseline, shown once", async () => {
    const kept = await t.handle.db
      .selectFrom('measure_responses')
      .select(['measure', 'timing', 'score', 'answered_by'])
      .where('plan_id', '=', planId)
      .orderBy('measure')
      .execute();
    expect(kept.map((k) => [k.measure, k.timing, Number(k.score), k.answered_by])).toEqual([
      ['nrs', 'baseline', expect.any(Number), 'patient'],
      ['peg', 'baseline', 5, 'patient'],
    ]);
    const r = await read();
    const intakePegs = r.body.responses.filter(
      (x: { measure: string; fromIntake: boolean }) => x.measure === 'peg' && x.fromIntake,
    );
    expect(intakePegs).toHaveLength(1);
    expect(r.body.responses.filter((x: { measure: string }) => x.measure === 'peg')).toHaveLength(1);
  });

  it('refuses bad answers naming the field, measures not due, and other patients', async () => {
    const cases: [object, number, string, string?][] = [
      [{ measure: 'sf36', answers: [1] }, 400, 'measure'],
      [{ measure: 'peg', answers: [11, 2, 3] }, 400, 'answers.0'],
      [{ measure: 'peg', answers: [1, 2.5, 3] }, 400, 'answers.1'],
      [{ measure: 'peg', answers: [1, 2] }, 400, 'answers'],
      [{ measure: 'peg', answers: [1, null, 3] }, 400, 'answers.1'],
      [{ measure: 'peg', answers: [1, 2, 3], answeredBy: 'staff' }, 400, 'answeredBy'],
      [{ measure: 'peg', answers: [1, 2, 3], planId: 'nope' }, 400, 'planId'],
      [{ measure: 'nrs', answers: [3] }, 422, 'measure', 'measure_not_due'],
      [{ measure: 'odi', answers: Array(10).fill(1) }, 422, 'measure', 'measure_not_online'],
    ];
    for (const [body, status, field, code] of cases) {
      const r = await answer(body);
      expect([r.status, r.body.field], JSON.stringify(r.body)).toEqual([status, field]);
      if (code) expect(r.body.code).toBe(code);
    }
    const maria = await t.login('maria@demo.clinic');
    const mariaId = await patientIdOf(t, 'maria@demo.clinic');
    expect((await answer({ measure: 'peg', answers: [1, 2, 3] }, maria)).status).toBe(403);
    expect((await read(maria)).status).toBe(403);
    const own = await answer({ measure: 'peg', answers: [1, 2, 3] }, maria, mariaId);
    expect([own.status, own.body.field]).toEqual([400, 'planId']);
    const desk = await t.login('frontdesk@demo.clinic');
    const forDesk = await read(desk);
    expect(forDesk.body.due.map((d: { measure: string }) => d.measure)).toEqual(['peg', 'phq2', 'odi']);
    expect([forDesk.body.responses, forDesk.body.trends]).toEqual([[], []]);
    // Nothing was stored beyond the plan's baseline taken from the intake.
    const stored = await t.handle.db
      .selectFrom('measure_responses')
      .select(['measure', 'timing'])
      .orderBy('measure')
      .execute();
    expect(stored).toEqual([
      { measure: 'nrs', timing: 'baseline' },
      { measure: 'peg', timing: 'baseline' },
    ]);
  });

  it('scores and stores an answer for the next visit, audited; it is then no longer due', async () => {
    const r = await answer({ measure: 'peg', answers: [3, 2, 4] });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      score: 3,
      shown: '3 of 10',
      timing: 'each_visit',
      appointmentId: visits[0],
      answeredBy: 'patient',
    });
    const row = await t.handle.db
      .selectFrom('measure_responses')
      .selectAll()
      .where('id', '=', r.body.id)
      .executeTakeFirstOrThrow();
    expect([Number(row.score), row.answers_json, row.patient_id, row.plan_id, row.answered_by]).toEqual([
      3,
      '[3,2,4]',
      alexId,
      planId,
      'patient',
    ]);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['outcome', 'resource_id'])
      .where('action', '=', 'measure.write')
      .where('outcome', '=', 'allowed')
      .execute();
    expect(audit).toContainEqual({ outcome: 'allowed', resource_id: r.body.id });
    const again = await answer({ measure: 'peg', answers: [3, 2, 4] });
    expect([again.status, again.body.code]).toEqual([422, 'measure_not_due']);
    // The desk records the PHQ-2 answered on its tablet.
    const desk = await t.login('frontdesk@demo.clinic');
    const phq = await answer({ measure: 'phq2', answers: [0, 1], answeredBy: 'patient' }, desk);
    expect(phq.status, JSON.stringify(phq.body)).toBe(201);
    expect(phq.body).toMatchObject({ band: 'negative_screen', answeredBy: 'patient' });
    const after = await read();
    expect(after.body.due.map((d: { measure: string }) => d.measure)).toEqual(['odi']);
    const peg = after.body.trends.find((x: { measure: string }) => x.measure === 'peg');
    expect(peg.points.map((p: { score: number }) => p.score)).toEqual([5, 3]);
  });

  it("a licensed measure is answered online once the clinic loaded its Questionnaire, on that Questionnaire's items", async () => {
    const before = await t.call(alex, 'GET', '/api/measures/odi');
    expect(before.body).toMatchObject({ online: false, items: [], licensedVersion: null });
    expect((await t.call(alex, 'GET', '/api/measures/peg')).body).toMatchObject({ itemsMayBeSkipped: false });
    const admin = await t.login('admin@demo.clinic');
    const upload = await t.call(admin, 'PUT', '/api/licensed-questionnaires/odi', {
      questionnaire: sampleLicensedQuestionnaire('odi'),
      replacesVersion: 0,
    });
    expect(upload.status, JSON.stringify(upload.body)).toBe(200);
    const form = await t.call(alex, 'GET', '/api/measures/odi');
    expect(form.body).toMatchObject({ online: true, licensedVersion: 1, itemsMayBeSkipped: true });
    expect(form.body.items).toHaveLength(10);
    expect(form.body.items[0]).toMatchObject({ id: 'odi-1', min: 0, max: 5 });
    expect(form.body.items[0].options[5]).toEqual({ value: 5, label: 'Statement 6' });
    expect((await read()).body.due).toContainEqual(expect.objectContaining({ measure: 'odi', online: true }));
    const bad = await answer({ measure: 'odi', answers: [1, 1, 1, 1, 1, 1, 1, 1, 1, 6] });
    expect([bad.status, bad.body.field]).toEqual([400, 'answers.9']);
    // A form opened on other questions than the clinic's current ones is refused, not scored on the new ones.
    const stale = await answer({ measure: 'odi', answers: Array(10).fill(2), licensedVersion: 2 });
    expect([stale.status, stale.body.code, stale.body.field]).toEqual([
      409,
      'measure_questions_changed',
      'licensedVersion',
    ]);
    const publicDomain = await answer({ measure: 'phq2', answers: [0, 0], licensedVersion: 1 });
    expect([publicDomain.status, publicDomain.body.field]).toEqual([400, 'licensedVersion']);
    // A section left out (one that does not apply) is scored over the answered ones: 9 × 2 of 9 × 5 = 40 %.
    const r = await answer({
      measure: 'odi',
      answers: [2, 2, 2, 2, 2, 2, 2, 2, null, 2],
      licensedVersion: 1,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ score: 40, band: 'moderate', timing: 'baseline' });
    // The answer keeps the version its items came from, whatever the clinic uploads later.
    const again = await t.call(admin, 'PUT', '/api/licensed-questionnaires/odi', {
      questionnaire: sampleLicensedQuestionnaire('odi'),
      replacesVersion: 1,
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    const stored = await t.handle.db
      .selectFrom('measure_responses')
      .select('licensed_version')
      .where('id', '=', r.body.id)
      .executeTakeFirstOrThrow();
    expect(Number(stored.licensed_version)).toBe(1);
    const fhir = await t.call(alex, 'GET', `/fhir/R4/QuestionnaireResponse/${r.body.id}`);
    expect(fhir.body.questionnaire).toMatch(/\/measure-odi\|1$/);
  });

  it('the next visit of the plan asks again', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    const c = await t.call(desk, 'POST', `/api/appointments/${visits[0]}/cancel`, {
      reason: 'patient is away',
    });
    expect(c.status, JSON.stringify(c.body)).toBe(200);
    t.clock.now = new Date(t.clock.now.getTime() + 3_600_000);
    const r = await answer({ measure: 'peg', answers: [2, 2, 2] });
    expect([r.status, r.body.appointmentId], JSON.stringify(r.body)).toEqual([201, visits[1]]);
    const after = await read();
    const peg = after.body.trends.find((x: { measure: string }) => x.measure === 'peg');
    expect(peg.points.map((p: { score: number }) => p.score)).toEqual([5, 3, 2]);
  });
});
