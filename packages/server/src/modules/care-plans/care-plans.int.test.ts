import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, openEncounter, patientIdOf } from '../../test-support/factories';
import { fetchPdf } from '../../test-support/print';

const PLAN = {
  diagnoses: ['m99.03', 'M54.50'],
  goals: [{ goal: 'Walk 30 minutes without pain', targetDate: '2026-07-15' }],
  everyWeeks: 1,
  visits: 6,
  techniques: ['muscle_energy', 'soft_tissue'],
  measures: [
    { measure: 'nrs', due: ['baseline', 'each_visit'] },
    { measure: 'odi', due: ['baseline', 're_evaluation'] },
  ],
  reEvaluationDate: '2026-07-06',
};

describe.each(TEST_DATABASES)('plans of care on $name', (kind) => {
  let t: TestApp;
  let still: string;
  let alex: string;
  let alexId: string;
  let encounterId: string;
  let planId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    const visit = await bookFollowUp(t, 'alex@demo.clinic');
    encounterId = await openEncounter(t, 'dr.still@demo.clinic', visit.id);
    still = await t.login('dr.still@demo.clinic');
    alex = await t.login('alex@demo.clinic');
  });
  afterAll(() => t.close());

  const create = (body: unknown, token = still) =>
    t.call(token, 'POST', `/api/patients/${alexId}/care-plans`, body);
  const audits = (action: string) =>
    t.handle.db
      .selectFrom('audit_log')
      .select(['outcome', 'role', 'detail'])
      .where('patient_id', '=', alexId)
      .where('action', '=', action)
      .orderBy('id')
      .execute();

  it('refuses bad plans naming the field and the rule', async () => {
    const cases: [unknown, number, string][] = [
      [{ ...PLAN, encounterId, goals: [] }, 400, 'goals'],
      [{ ...PLAN, encounterId, diagnoses: ['back pain'] }, 400, 'diagnoses.0'],
      [{ ...PLAN, encounterId, visits: 40 }, 400, 'visits'],
      [
        { ...PLAN, encounterId, measures: [{ measure: 'sf36', due: ['baseline'] }] },
        400,
        'measures.0.measure',
      ],
      [
        { ...PLAN, encounterId, goals: [{ goal: 'Walk', targetDate: '2026-05-01' }] },
        400,
        'goals.0.targetDate',
      ],
      [{ ...PLAN, encounterId, reEvaluationDate: '2026-05-31' }, 400, 'reEvaluationDate'],
      [{ ...PLAN, encounterId: 'nope' }, 400, 'encounterId'],
    ];
    for (const [body, status, field] of cases) {
      const r = await create(body);
      expect([r.status, r.body.field], JSON.stringify(r.body)).toEqual([status, field]);
    }
    expect((await create({ ...PLAN, encounterId }, alex)).status).toBe(403);
    const desk = await t.login('frontdesk@demo.clinic');
    expect((await t.call(desk, 'GET', `/api/patients/${alexId}/care-plans`)).status).toBe(403);
  });

  it('records a plan after the consultation, audited, with its progress', async () => {
    const r = await create({ ...PLAN, encounterId });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    planId = r.body.id;
    expect(r.body).toMatchObject({
      status: 'active',
      version: 1,
      current: { kind: 'created', awaitingCosign: false, authorName: expect.any(String) },
      progress: {
        visitsPlanned: 6,
        visitsBooked: 0,
        goalsMet: 0,
        goalsTotal: 1,
        measuresDue: [
          { measure: 'nrs', timing: 'baseline', name: 'Pain rating (0–10)' },
          { measure: 'odi', timing: 'baseline', name: 'Oswestry Disability Index' },
        ],
      },
    });
    expect(r.body.current.content.diagnoses).toEqual(['M99.03', 'M54.50']);
    expect(await audits('plan.write')).toContainEqual({
      outcome: 'allowed',
      role: 'physician',
      detail: 'create',
    });
    expect(await audits('plan.write')).toContainEqual({
      outcome: 'denied',
      role: 'patient',
      detail: 'create',
    });
  });

  it('re-evaluation adds a version made from the one read; a stale one is a 409', async () => {
    const goals = [{ ...PLAN.goals[0], met: true }];
    const r = await t.call(still, 'PUT', `/api/care-plans/${planId}`, {
      ...PLAN,
      goals,
      version: 1,
      kind: 're_evaluated',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect([r.body.version, r.body.current.kind, r.body.progress.goalsMet]).toEqual([2, 're_evaluated', 1]);
    const stale = await t.call(still, 'PUT', `/api/care-plans/${planId}`, {
      ...PLAN,
      version: 1,
      kind: 'revised',
    });
    expect([stale.status, stale.body.code, stale.body.field]).toEqual([409, 'stale_care_plan', 'version']);
    const list = await t.call(still, 'GET', `/api/patients/${alexId}/care-plans`);
    expect(
      list.body.plans[0].versions.map((v: { version: number; kind: string }) => [v.version, v.kind]),
    ).toEqual([
      [1, 'created'],
      [2, 're_evaluated'],
    ]);
  });

  it("a resident's version waits for the supervisor's co-signature before the plan is booked", async () => {
    const resident = await t.login('resident@demo.clinic');
    const r = await t.call(resident, 'PUT', `/api/care-plans/${planId}`, {
      ...PLAN,
      version: 2,
      kind: 'revised',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect([r.body.version, r.body.current.awaitingCosign, r.body.canCosign]).toEqual([3, true, false]);
    const slot = {
      visitType: 'omt-follow-up',
      providerId: await t.userId('dr.still@demo.clinic'),
      locationId: 'loc-cleveland',
      start: '2026-06-09T14:00:00Z',
    };
    const held = await t.call(still, 'POST', `/api/care-plans/${planId}/book`, slot);
    expect([held.status, held.body.code]).toEqual([409, 'care_plan_awaiting_cosign']);
    const kim = await t.login('dr.kim@demo.clinic');
    expect((await t.call(kim, 'POST', `/api/care-plans/${planId}/cosign`, { version: 3 })).status).toBe(403);
    const viewed = await t.call(still, 'GET', `/api/patients/${alexId}/care-plans`);
    expect(viewed.body.plans[0].canCosign).toBe(true);
    const c = await t.call(still, 'POST', `/api/care-plans/${planId}/cosign`, { version: 3 });
    expect([c.status, c.body.current.awaitingCosign, c.body.current.cosignerName]).toEqual([
      200,
      false,
      expect.any(String),
    ]);
    const again = await t.call(still, 'POST', `/api/care-plans/${planId}/cosign`, { version: 3 });
    expect([again.status, again.body.code]).toEqual([409, 'already_cosigned']);
  });

  it('books the plan as a series: conflicts first, nothing booked until confirmed', async () => {
    const stillId = await t.userId('dr.still@demo.clinic');
    const at = { visitType: 'omt-follow-up', providerId: stillId, locationId: 'loc-cleveland' };
    // Maria takes the third week's time: the preview names it and books nothing, even when confirmed.
    const maria = await patientIdOf(t, 'maria@demo.clinic');
    const taken = await t.call(still, 'POST', '/api/appointments', {
      ...at,
      patientId: maria,
      start: '2026-06-23T14:00:00Z',
    });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    const count = async () =>
      (await t.handle.db.selectFrom('appointments').select('id').where('patient_id', '=', alexId).execute())
        .length;
    const before = await count();
    for (const confirm of [false, true]) {
      const p = await t.call(still, 'POST', `/api/care-plans/${planId}/book`, {
        ...at,
        start: '2026-06-09T14:00:00Z',
        confirm,
      });
      expect(p.status, JSON.stringify(p.body)).toBe(200);
      expect(p.body.booked).toBe(false);
      expect(p.body.starts).toHaveLength(6);
      expect(p.body.conflicts.map((c: { index: number }) => c.index)).toEqual([2]);
    }
    const free = await t.call(still, 'POST', `/api/care-plans/${planId}/book`, {
      ...at,
      start: '2026-06-09T15:00:00Z',
    });
    expect([free.body.booked, free.body.conflicts]).toEqual([false, []]);
    expect(await count()).toBe(before);
    const booked = await t.call(still, 'POST', `/api/care-plans/${planId}/book`, {
      ...at,
      start: '2026-06-09T15:00:00Z',
      confirm: true,
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(200);
    expect(booked.body.booked).toBe(true);
    expect(booked.body.plan.progress).toMatchObject({
      visitsPlanned: 6,
      visitsBooked: 6,
      visitsDone: 0,
      nextVisitDay: '2026-06-09',
    });
    expect(await count()).toBe(before + 6);
    const full = await t.call(still, 'POST', `/api/care-plans/${planId}/book`, {
      ...at,
      start: '2026-08-04T15:00:00Z',
    });
    expect([full.status, full.body.code]).toEqual([409, 'care_plan_fully_booked']);
  });

  it('the patient reads their plan and cannot change it', async () => {
    const r = await t.call(alex, 'GET', `/api/patients/${alexId}/care-plans`);
    expect(r.status).toBe(200);
    expect(r.body.plans[0].id).toBe(planId);
    const w = await t.call(alex, 'PUT', `/api/care-plans/${planId}`, {
      ...PLAN,
      version: 3,
      kind: 'revised',
    });
    expect(w.status).toBe(403);
  });

  it('discharge records the reason and summary (physicians); a discharged plan no longer changes', async () => {
    const resident = await t.login('resident@demo.clinic');
    const body = { reason: 'goals_met', summary: 'Walks 30 minutes without pain; home exercises continue.' };
    expect((await t.call(resident, 'POST', `/api/care-plans/${planId}/discharge`, body)).status).toBe(403);
    const bad = await t.call(still, 'POST', `/api/care-plans/${planId}/discharge`, {
      reason: 'bored',
      summary: 'x',
    });
    expect([bad.status, bad.body.field]).toEqual([400, 'reason']);
    const early = await fetchPdf(t, still, `/api/care-plans/${planId}/discharge.pdf`);
    expect([early.status, early.error?.code]).toEqual([409, 'care_plan_not_discharged']);
    const d = await t.call(still, 'POST', `/api/care-plans/${planId}/discharge`, body);
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    expect(d.body.status).toBe('discharged');
    expect(d.body.discharge).toMatchObject({
      reason: 'goals_met',
      summary: body.summary,
      byName: expect.any(String),
    });
    const again = await t.call(still, 'POST', `/api/care-plans/${planId}/discharge`, body);
    expect([again.status, again.body.code]).toEqual([409, 'care_plan_discharged']);
    const edit = await t.call(still, 'PUT', `/api/care-plans/${planId}`, {
      ...PLAN,
      version: 3,
      kind: 'revised',
    });
    expect([edit.status, edit.body.code]).toEqual([409, 'care_plan_discharged']);
    expect(await audits('plan.write')).toContainEqual({
      outcome: 'allowed',
      role: 'physician',
      detail: 'discharge: goals_met',
    });
  });

  it('prints the discharge summary on the letterhead for the physician and the patient, not the desk', async () => {
    const pdf = await fetchPdf(t, still, `/api/care-plans/${planId}/discharge.pdf`);
    expect([pdf.status, pdf.type]).toEqual([200, 'application/pdf']);
    for (const text of [
      'Discharge summary',
      'Alex Rivera',
      'Reason: Goals met',
      'M99.03',
      'Walks 30 minutes without pain',
    ])
      expect(pdf.text).toContain(text);
    expect((await fetchPdf(t, alex, `/api/care-plans/${planId}/discharge.pdf`)).status).toBe(200);
    const desk = await t.login('frontdesk@demo.clinic');
    expect((await fetchPdf(t, desk, `/api/care-plans/${planId}/discharge.pdf`)).status).toBe(403);
  });
});
