import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { expectValidFhir, fhirGet, warmFhirValidator } from '../../test-support/fhir';
import { bookFollowUp, patientIdOf } from '../../test-support/factories';
import { appTokens } from '../../test-support/smart-app';

const FHIR = '/fhir/R4';

describe.each(TEST_DATABASES)('FHIR Group (the patients seen at a location) on $name', (kind) => {
  let t: TestApp;
  let doc: string;
  let alexId: string;
  let locationId: string;
  let locationName: string;

  const get = (token: string | null, url: string) => fhirGet(t, token, url);
  /** The export's membership read straight from the database: the patients with a visit there. */
  const seenAt = async (location: string) =>
    (
      await t.handle.db
        .selectFrom('appointments')
        .select('patient_id')
        .distinct()
        .where('location_id', '=', location)
        .execute()
    )
      .map((a) => a.patient_id)
      .sort();
  const lastAuditId = async () =>
    (
      await t.handle.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirstOrThrow()
    ).id ?? 0;
  const memberIds = (group: { member?: { entity: { reference: string } }[] }) =>
    (group.member ?? []).map((m) => m.entity.reference.replace('Patient/', '')).sort();

  beforeAll(async () => {
    t = await startTestApp(kind);
    warmFhirValidator();
    doc = await t.login('dr.still@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    const visit = await bookFollowUp(t, 'alex@demo.clinic');
    locationId = (await t.call(doc, 'GET', `/api/appointments/${visit.id}`)).body.locationId;
    const location = await t.handle.db
      .selectFrom('locations')
      .select('name')
      .where('id', '=', locationId)
      .executeTakeFirstOrThrow();
    locationName = location.name;
  }, 60_000);
  afterAll(() => t.close());

  it('reads a location’s Group: a valid actual Group of persons whose members are the patients its export takes', async () => {
    const r = await get(doc, `${FHIR}/Group/${locationId}`);
    expect(r.status).toBe(200);
    expectValidFhir(r.body);
    expect(r.body).toMatchObject({ resourceType: 'Group', id: locationId, type: 'person', actual: true });
    expect(r.body.name).toContain(locationName);
    const expected = await seenAt(locationId);
    expect(expected).toContain(alexId);
    expect(memberIds(r.body)).toEqual(expected);
    expect(r.body.quantity).toBe(expected.length);
    expect(r.res.headers.etag).toBe(`W/"${r.body.meta.versionId}"`);
    expect((await get(doc, `${FHIR}/Group/no-such-location`)).status).toBe(404);
  });

  it('audits each member as a read of that patient', async () => {
    const before = await lastAuditId();
    const r = await get(doc, `${FHIR}/Group/${locationId}`);
    expect(r.status).toBe(200);
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .select(['patient_id', 'resource_id', 'action', 'outcome'])
      .where('resource_type', '=', 'fhir.Group')
      .where('resource_id', '=', locationId)
      .where('id', '>', before)
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(memberIds(r.body).length);
    expect(new Set(rows.map((a) => a.patient_id))).toEqual(new Set(memberIds(r.body)));
    expect(rows.every((a) => a.action === 'demographics.read' && a.outcome === 'allowed')).toBe(true);
  });

  it('searches Groups by _id and by a word of the name, one per location', async () => {
    const all = await get(doc, `${FHIR}/Group`);
    expect(all.status).toBe(200);
    expectValidFhir(all.body);
    const locations = await t.handle.db.selectFrom('locations').select('id').execute();
    expect(all.body.total).toBe(locations.length);
    const byId = await get(doc, `${FHIR}/Group?_id=${locationId}`);
    expect(byId.body.entry.map((e: { resource: { id: string } }) => e.resource.id)).toEqual([locationId]);
    const word = locationName.split(/\s+/)[0]!.toLowerCase();
    const byName = await get(doc, `${FHIR}/Group?name=${encodeURIComponent(word)}`);
    expect(byName.body.entry.map((e: { resource: { id: string } }) => e.resource.id)).toContain(locationId);
    expect((await get(doc, `${FHIR}/Group?name=zzzz`)).body.total).toBe(0);
  });

  it('is read by the desk too, and listed in the CapabilityStatement with read, search and $export', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    const r = await get(desk, `${FHIR}/Group/${locationId}`);
    expect(r.status).toBe(200);
    expect(memberIds(r.body)).toEqual(await seenAt(locationId));
    const cs = (await get(null, `${FHIR}/metadata`)).body;
    const group = cs.rest[0].resource.find((x: { type: string }) => x.type === 'Group');
    expect(group.interaction.map((i: { code: string }) => i.code)).toEqual(['read', 'search-type']);
    expect(group.searchParam.map((p: { name: string }) => p.name)).toContain('name');
    expect(group.operation.map((o: { name: string }) => o.name)).toEqual(['export']);
  });

  it('refuses a patient and a patient’s app (403), audited nowhere as a member read', async () => {
    const alex = await t.login('alex@demo.clinic');
    for (const url of [`${FHIR}/Group/${locationId}`, `${FHIR}/Group`]) {
      const r = await get(alex, url);
      expect(r.status, url).toBe(403);
      expectValidFhir(r.body);
    }
    const admin = await t.login('admin@demo.clinic');
    const app = await t.call(admin, 'POST', '/api/smart-apps', {
      name: 'Group Reader',
      redirectUris: ['https://groups.example/cb'],
    });
    const clientId = app.body.clientId as string;
    const every = await appTokens(t, 'alex@demo.clinic', clientId, alexId, 'patient/*.rs');
    const narrow = await appTokens(t, 'alex@demo.clinic', clientId, alexId, 'patient/Observation.rs');
    for (const token of [every.access_token!, narrow.access_token!]) {
      const r = await get(token, `${FHIR}/Group/${locationId}`);
      expect(r.status).toBe(403);
      expectValidFhir(r.body);
    }
    const leaked = await t.handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('resource_type', '=', 'fhir.Group')
      .where('role', '=', 'patient')
      .where('outcome', '=', 'allowed')
      .execute();
    expect(leaked).toEqual([]);
  });
});
