import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { expectValidFhir, fhirGet, warmFhirValidator } from '../../test-support/fhir';
import {
  bookFollowUp,
  openEncounter,
  patientIdOf,
  submitIntake,
  treatRegions,
} from '../../test-support/factories';
import { CARE_PLAN } from '../../test-support/clinical-record';

const FHIR = '/fhir/R4';

describe.each(TEST_DATABASES)('FHIR history of a plan of care on $name', (kind) => {
  let t: TestApp;
  let doc: string;
  let planId: string;

  const get = (token: string | null, url: string, headers: Record<string, string> = {}) =>
    fhirGet(t, token, url, headers);
  const valid = expectValidFhir;

  beforeAll(async () => {
    t = await startTestApp(kind);
    warmFhirValidator();
    doc = await t.login('dr.still@demo.clinic');
    const alexId = await patientIdOf(t, 'alex@demo.clinic');
    const visit = await bookFollowUp(t, 'alex@demo.clinic');
    expect((await submitIntake(t, await t.login('alex@demo.clinic'), visit.id)).status).toBe(201);
    const encounterId = await openEncounter(t, 'dr.still@demo.clinic', visit.id);
    await treatRegions(t, 'dr.still@demo.clinic', encounterId, ['lumbar']);
    expect((await t.call(doc, 'POST', `/api/encounters/${encounterId}/sign`, {})).status).toBe(200);
    const plan = await t.call(doc, 'POST', `/api/patients/${alexId}/care-plans`, {
      ...CARE_PLAN,
      encounterId,
    });
    expect(plan.status).toBe(201);
    planId = plan.body.id;
  }, 60_000);
  afterAll(() => t.close());

  it('lists each version newest first; each is read by its versionId; the current read is the newest', async () => {
    const before = await get(doc, `${FHIR}/CarePlan/${planId}`);
    expect(before.body.meta.versionId).toMatch(/^1\.[0-9a-f]{12}$/);
    const revised = await t.call(doc, 'PUT', `/api/care-plans/${planId}`, {
      ...CARE_PLAN,
      visits: 6,
      version: 1,
      kind: 'revised',
    });
    expect(revised.status).toBe(200);

    const history = await get(doc, `${FHIR}/CarePlan/${planId}/_history`);
    expect(history.status).toBe(200);
    valid(history.body);
    expect(history.body).toMatchObject({ type: 'history', total: 2 });
    const [newest, oldest] = history.body.entry;
    expect(newest.resource.meta.versionId).toMatch(/^2\./);
    expect(oldest.resource.meta.versionId).toBe(before.body.meta.versionId);
    expect(oldest.request).toEqual({ method: 'POST', url: 'CarePlan' });
    expect(newest.request).toEqual({ method: 'PUT', url: `CarePlan/${planId}` });
    expect(newest.resource.activity[0].detail.scheduledTiming.repeat.count).toBe(6);
    expect(oldest.resource.activity[0].detail.scheduledTiming.repeat.count).toBe(4);

    const current = await get(doc, `${FHIR}/CarePlan/${planId}`);
    expect(current.body).toEqual(newest.resource);
    expect(current.res.headers.etag).toBe(newest.response.etag);
    const first = await get(doc, `${FHIR}/CarePlan/${planId}/_history/${oldest.resource.meta.versionId}`);
    expect(first.status).toBe(200);
    expect(first.body).toEqual(oldest.resource);
    expect(first.res.headers.etag).toBe(`W/"${oldest.resource.meta.versionId}"`);
    expect((await get(doc, `${FHIR}/CarePlan/${planId}/_history/9.000000000000`)).status).toBe(404);
  });

  it('audits a history read, refuses another patient and the desk, and says which types keep versions', async () => {
    const maria = await t.login('maria@demo.clinic');
    expect((await get(maria, `${FHIR}/CarePlan/${planId}/_history`)).status).toBe(403);
    const desk = await t.login('frontdesk@demo.clinic');
    expect((await get(desk, `${FHIR}/CarePlan/${planId}/_history`)).status).toBe(403);
    const alex = await t.login('alex@demo.clinic');
    expect((await get(alex, `${FHIR}/CarePlan/${planId}/_history`)).status).toBe(200);
    const audited = await t.handle.db
      .selectFrom('audit_log')
      .select(['outcome', 'role'])
      .where('resource_type', '=', 'fhir.CarePlan')
      .where('resource_id', '=', planId)
      .execute();
    expect(audited.some((a) => a.outcome === 'denied' && a.role === 'patient')).toBe(true);
    expect(audited.some((a) => a.outcome === 'allowed' && a.role === 'patient')).toBe(true);
    const patientId = await patientIdOf(t, 'alex@demo.clinic');
    const none = await get(doc, `${FHIR}/Patient/${patientId}/_history`);
    expect(none.status).toBe(405);
    valid(none.body);
    expect(none.body.issue[0].diagnostics).toMatch(/CarePlan/);
    const cs = (await get(null, `${FHIR}/metadata`)).body;
    const carePlan = cs.rest[0].resource.find((r: { type: string }) => r.type === 'CarePlan');
    expect(carePlan.readHistory).toBe(true);
    expect(carePlan.interaction.map((i: { code: string }) => i.code)).toEqual(
      expect.arrayContaining(['vread', 'history-instance']),
    );
  });
});
