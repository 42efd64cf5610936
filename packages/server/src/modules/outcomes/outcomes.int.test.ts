import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleLicensedQuestionnaire } from '../../../../fhir/src/test-support/licensed-questionnaire';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startAppAs, type TestApp } from '../../test-support/test-app';
import {
  addPlanHistory,
  emptyHistory,
  insertHistory,
  type PlanSpec,
} from '../../test-support/outcome-history';
import { FACTS_MAX_AGE_MS, outcomeFactsSettled } from './facts-cache';
import { licensedQuestionnaireFor } from './licensed-questionnaires';

/** Five plans whose figures are worked out by hand in the test below. */
function knownPlans(ids: {
  alex: string;
  still: string;
  kim: string;
  l1: string;
  l2: string;
  visitType: string;
}) {
  const base = { patientId: ids.alex, providerId: ids.still, locationId: ids.l1, visitType: ids.visitType };
  const plans: PlanSpec[] = [
    {
      ...base,
      id: 'p1',
      createdAt: '2026-03-02T15:00:00Z',
      status: 'discharged',
      dischargeReason: 'goals_met',
      diagnoses: ['M54.50'],
      baseline: { nrs: 8, odi: 40, peg: 7 },
      visits: [
        { start: '2026-03-09T15:00:00Z', status: 'completed', nrs: 7 },
        {
          start: '2026-03-16T15:00:00Z',
          status: 'completed',
          nrs: 6,
          checkIn: { daysSore: 5, symptoms: [] },
        },
        { start: '2026-03-23T15:00:00Z', status: 'no_show' },
        { start: '2026-03-30T15:00:00Z', status: 'completed', nrs: 5 },
        { start: '2026-04-06T15:00:00Z', status: 'completed', nrs: 4, odi: 20, peg: 4 },
      ],
    },
    {
      ...base,
      id: 'p2',
      createdAt: '2026-03-03T15:00:00Z',
      status: 'discharged',
      dischargeReason: 'patient_choice',
      diagnoses: ['M54.2'],
      baseline: { nrs: 5, ndi: 20 },
      visits: [
        {
          start: '2026-03-10T15:00:00Z',
          status: 'completed',
          nrs: 4,
          checkIn: { daysSore: 1, symptoms: ['stiffness'] },
        },
        { start: '2026-03-17T15:00:00Z', status: 'completed', nrs: 4, ndi: 16 },
      ],
    },
    {
      ...base,
      id: 'p3',
      createdAt: '2026-05-04T15:00:00Z',
      status: 'active',
      diagnoses: ['M99.03', 'M54.50'],
      baseline: { nrs: 6, odi: 30 },
      visits: [
        {
          start: '2026-05-11T15:00:00Z',
          status: 'completed',
          nrs: 4,
          checkIn: { daysSore: 0, symptoms: ['fever'] },
        },
        { start: '2026-06-10T15:00:00Z', status: 'booked' },
      ],
    },
    {
      ...base,
      id: 'p4',
      providerId: ids.kim,
      locationId: ids.l2,
      createdAt: '2026-04-01T15:00:00Z',
      status: 'discharged',
      dischargeReason: 'plateau',
      diagnoses: ['G44.209'],
      baseline: { nrs: 7 },
      visits: [
        { start: '2026-04-08T15:00:00Z', status: 'completed', nrs: 7 },
        { start: '2026-04-15T15:00:00Z', status: 'no_show' },
        { start: '2026-04-22T15:00:00Z', status: 'cancelled' },
      ],
    },
    {
      ...base,
      id: 'p5',
      createdAt: '2025-12-01T15:00:00Z',
      status: 'discharged',
      dischargeReason: 'goals_met',
      diagnoses: ['M54.50'],
      baseline: { nrs: 10 },
      visits: [{ start: '2025-12-08T15:00:00Z', status: 'completed', nrs: 2 }],
    },
  ];
  const rows = emptyHistory();
  for (const plan of plans) addPlanHistory(rows, plan);
  return rows;
}

describe.each(TEST_DATABASES)('outcomes on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    ({ t, token: admin } = await startAppAs(kind, 'admin@demo.clinic'));
  });
  afterAll(() => t.close());

  const upload = (measure: string, questionnaire: unknown, replacesVersion = 0, token = admin) =>
    t.call(token, 'PUT', `/api/licensed-questionnaires/${measure}`, { questionnaire, replacesVersion });

  it('an admin uploads licensed item text: refused naming the item, stored as versions with the uploader, audited', async () => {
    const wrong = sampleLicensedQuestionnaire('odi');
    wrong.item![6]!.answerOption!.splice(2, 1);
    const refused = await upload('odi', wrong);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'questionnaire_invalid', field: 'questionnaire' });
    expect(refused.body.message).toMatch(/item odi-7 has 5 answer options/);
    const notFhir = sampleLicensedQuestionnaire('hit6');
    (notFhir.item![0] as { type: string }).type = 'slider';
    const notFhirRefused = await upload('hit6', notFhir);
    expect(notFhirRefused.status).toBe(422);
    expect(notFhirRefused.body.message).toMatch(/not valid FHIR R4/);
    expect(
      (await upload('ndi', sampleLicensedQuestionnaire('ndi'), 0, await t.login('dr.still@demo.clinic')))
        .status,
    ).toBe(403);
    expect((await upload('sf36', sampleLicensedQuestionnaire('ndi'))).status).toBe(400);
    expect((await t.call(admin, 'GET', '/api/licensed-questionnaires/odi')).status).toBe(404);

    const first = await upload('odi', sampleLicensedQuestionnaire('odi'));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      measure: 'odi',
      version: 1,
      itemCount: 10,
      title: 'ODI (clinic licence)',
    });
    const replacement = { ...sampleLicensedQuestionnaire('odi'), title: 'ODI 2.1a (renewed licence)' };
    expect((await upload('odi', replacement, 0)).status).toBe(409);
    const second = await upload('odi', replacement, 1);
    expect(second.body).toMatchObject({ version: 2, title: 'ODI 2.1a (renewed licence)' });

    const list = await t.call(admin, 'GET', '/api/licensed-questionnaires');
    expect(
      list.body.measures.map((m: { measure: string; current: { version: number } | null }) => [
        m.measure,
        m.current?.version ?? null,
      ]),
    ).toEqual([
      ['odi', 2],
      ['ndi', null],
      ['hit6', null],
    ]);
    // The patient answering ODI reads the text in use; older versions stay for answers given on them.
    const alex = await t.login('alex@demo.clinic');
    const read = await t.call(alex, 'GET', '/api/licensed-questionnaires/odi');
    expect(read.status).toBe(200);
    expect(read.body.items[0]).toMatchObject({ linkId: 'odi-1', text: 'Item 1' });
    expect(read.body.items[0].options.map((o: { score: number }) => o.score)).toEqual([0, 1, 2, 3, 4, 5]);
    expect((await licensedQuestionnaireFor(t.handle.db, 'odi', 1))?.title).toBe('ODI (clinic licence)');
    expect((await licensedQuestionnaireFor(t.handle.db, 'hit6')) ?? null).toBeNull();

    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['resource_id', 'detail', 'outcome'])
      .where('action', '=', 'licensed_questionnaire.upload')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { resource_id: 'odi/1', detail: 'ODI (clinic licence)', outcome: 'allowed' },
      { resource_id: 'odi/2', detail: 'ODI 2.1a (renewed licence)', outcome: 'allowed' },
    ]);
  });

  describe('the outcomes report', () => {
    let still: string;
    beforeAll(async () => {
      const db = t.handle.db;
      const l1 = (await db.selectFrom('locations').select('id').orderBy('name').executeTakeFirstOrThrow()).id;
      await db
        .insertInto('locations')
        .values({
          id: 'l2',
          name: 'Zeta Annex',
          time_zone: 'America/Denver',
          address: '1 Main St',
          phone: '555',
        })
        .execute();
      const visitType = (await db.selectFrom('visit_types').select('id').executeTakeFirstOrThrow()).id;
      const ids = {
        alex: (
          await db
            .selectFrom('users')
            .select('id')
            .where('email', '=', 'alex@demo.clinic')
            .executeTakeFirstOrThrow()
        ).id,
        still: await t.userId('dr.still@demo.clinic'),
        kim: await t.userId('dr.kim@demo.clinic'),
        l1,
        l2: 'l2',
        visitType,
      };
      const patient = await db.selectFrom('patients').select('id').orderBy('id').executeTakeFirstOrThrow();
      await insertHistory(db, knownPlans({ ...ids, alex: patient.id }));
      still = await t.login('dr.still@demo.clinic');
    });
    const report = (query = '', token = still) => t.call(token, 'GET', `/api/outcomes-report${query}`);

    it('counts the known plans by the rules, beside the published trial figures', async () => {
      const r = await report();
      expect(r.status).toBe(200);
      expect(r.body.plans).toEqual({ total: 5, active: 1, completed: 3, abandoned: 1 });
      expect(r.body.painByVisit4).toEqual({ plans: 5, reachedRelief: 3, reachedMcid: 3 });
      expect(r.body.painAtDischarge).toEqual({ plans: 4, reachedRelief: 2, reachedMcid: 2 });
      expect(
        r.body.measures.map((m: { measure: string; plans: number; meanChange: number | null }) => [
          m.measure,
          m.plans,
          m.meanChange,
        ]),
      ).toEqual([
        ['peg', 1, -3],
        ['odi', 1, -20],
        ['ndi', 1, -4],
      ]);
      expect(r.body.adverseEvents).toEqual({
        checkIns: 3,
        prolongedSoreness: 1,
        newSymptoms: 1,
        plansAffected: 2,
      });
      expect(r.body.visits).toEqual({ past: 11, noShows: 2 });
      expect(r.body.published[0]).toMatchObject({ omt: '63 %', comparison: '46 % with sham OMT' });
    });

    it('filters by condition, location, provider and dates', async () => {
      const kim = await t.userId('dr.kim@demo.clinic');
      const cases: [string, number, object][] = [
        ['?condition=low_back', 3, { plans: 3, reachedRelief: 3, reachedMcid: 3 }],
        ['?condition=neck', 1, { plans: 1, reachedRelief: 0, reachedMcid: 0 }],
        ['?locationId=l2', 1, { plans: 1, reachedRelief: 0, reachedMcid: 0 }],
        [`?providerId=${kim}`, 1, { plans: 1, reachedRelief: 0, reachedMcid: 0 }],
        ['?from=2026-01-01', 4, { plans: 4, reachedRelief: 2, reachedMcid: 2 }],
        [
          '?from=2026-01-01&to=2026-03-31&condition=low_back',
          1,
          { plans: 1, reachedRelief: 1, reachedMcid: 1 },
        ],
      ];
      for (const [query, plans, byVisit4] of cases) {
        const r = await report(query);
        expect([query, r.body.plans.total, r.body.painByVisit4]).toEqual([query, plans, byVisit4]);
      }
      expect((await report('?locationId=l2')).body.visits).toEqual({ past: 2, noShows: 1 });
    });

    it('answers CSV with the same figures; refuses bad filters naming the field; only physicians and admins', async () => {
      const csv = await t.app.inject({
        method: 'GET',
        url: '/api/outcomes-report.csv?condition=low_back',
        headers: { authorization: `Bearer ${still}` },
      });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const lines = csv.body.split('\r\n');
      expect(lines[0]).toBe('"section","figure","value","of"');
      expect(lines).toContain('"plans","plans",3,');
      expect(lines).toContain('"pain by visit 4","30 % pain relief",3,3');
      expect(csv.body).toMatch(/published trial result, not a like-for-like comparison/);

      for (const [query, field] of [
        ['?from=2026-13-01', 'from'],
        ['?from=2026-05-01&to=2026-04-01', 'to'],
        ['?condition=knee', 'condition'],
        ['?locationId=nowhere', 'locationId'],
        ['?colour=red', 'colour'],
      ]) {
        const r = await report(query);
        expect([query, r.status, r.body.field]).toEqual([query, 400, field]);
      }
      expect((await report('', admin)).status).toBe(200);
      for (const email of ['frontdesk@demo.clinic', 'alex@demo.clinic']) {
        const token = await t.login(email);
        expect((await report('', token)).status).toBe(403);
        expect((await t.call(token, 'GET', '/api/outcomes-report.csv')).status).toBe(403);
      }
      // The facts are kept for a minute, then read again behind a request: a plan added meanwhile is counted.
      const [plan] = await t.handle.db.selectFrom('care_plans').selectAll().where('id', '=', 'p2').execute();
      const [visit] = await t.handle.db
        .selectFrom('appointments')
        .selectAll()
        .where('id', '=', 'p2-c')
        .execute();
      const more = emptyHistory();
      addPlanHistory(more, {
        id: 'p6',
        patientId: plan!.patient_id,
        providerId: visit!.provider_id,
        locationId: visit!.location_id,
        visitType: visit!.visit_type,
        createdAt: '2026-05-20T15:00:00Z',
        status: 'active',
        diagnoses: ['M54.2'],
        baseline: { nrs: 6 },
        visits: [{ start: '2026-05-27T15:00:00Z', status: 'completed', nrs: 3 }],
      });
      await insertHistory(t.handle.db, more);
      expect((await report('?condition=neck')).body.plans.total).toBe(1);
      t.clock.now = new Date(t.clock.now.getTime() + FACTS_MAX_AGE_MS);
      // A minute on, the request is answered from the kept facts at once while a fresh read runs behind it.
      const stale = await report('?condition=neck');
      expect(stale.body.plans.total).toBe(1);
      await outcomeFactsSettled(t.handle.db);
      const after = await report('?condition=neck');
      expect(after.body.asOf).not.toBe(stale.body.asOf);
      expect([after.body.plans.total, after.body.painByVisit4]).toEqual([
        2,
        { plans: 2, reachedRelief: 1, reachedMcid: 1 },
      ]);
    });
  });
});
