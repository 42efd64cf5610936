import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { expectValidFhir, fhirGet, warmFhirValidator } from '../../test-support/fhir';
import { LINK, LOCAL } from '@omt/fhir';
import { DEMO_PASSWORD } from '../../seed/demo-clinic';
import {
  answer,
  bookFollowUp,
  openEncounter,
  patientIdOf,
  submitIntake,
  treatRegions,
  yesTo,
} from '../../test-support/factories';
import { FHIR_TYPES, paramsOf } from './resource-types';
import { recordClinicalHistory } from '../../test-support/clinical-record';

const FHIR = '/fhir/R4';

describe.each(TEST_DATABASES)('FHIR R4 read and search on $name', (kind) => {
  let t: TestApp;
  let doc: string;
  let alex: string;
  let alexId: string;
  let mariaId: string;
  let visitId: string;

  const get = (token: string | null, url: string, headers: Record<string, string> = {}) =>
    fhirGet(t, token, url, headers);
  const valid = expectValidFhir;
  const ids = (bundle: { entry?: { resource: { id: string } }[] }) =>
    (bundle.entry ?? []).map((e) => e.resource.id);
  /** Follows `next` links from the first page to the end; returns every id seen, in order. */
  const allPages = async (token: string, url: string) => {
    const seen: string[] = [];
    let next: string | undefined = url;
    while (next) {
      const page = await get(token, next.replace(/^https?:\/\/[^/]+/, ''));
      expect(page.status).toBe(200);
      seen.push(...ids(page.body));
      next = page.body.link.find((l: { relation: string }) => l.relation === 'next')?.url;
    }
    return seen;
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    // Indexing the R4 definitions for the validator is slow once.
    warmFhirValidator();
    doc = await t.login('dr.still@demo.clinic');
    alex = await t.login('alex@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    mariaId = await patientIdOf(t, 'maria@demo.clinic');
    // Maria reports a red flag (fever with neck pain) at intake: a health-concern Condition.
    const mariaVisit = await bookFollowUp(t, 'maria@demo.clinic');
    const maria = await t.login('maria@demo.clinic');
    const flagged = await submitIntake(t, maria, mariaVisit.id, {
      [LINK.painRegions]: answer.regions('lumbar', 'cervical'),
      ...yesTo('neck', 'fever'),
    });
    expect(flagged.status).toBe(201);
    const visit = await bookFollowUp(t, 'alex@demo.clinic');
    visitId = visit.id;
    expect((await submitIntake(t, alex, visit.id)).status).toBe(201);
    const encounter = await openEncounter(t, 'dr.still@demo.clinic', visit.id);
    await treatRegions(t, 'dr.still@demo.clinic', encounter, ['lumbar', 'cervical']);
    expect((await t.call(doc, 'POST', `/api/encounters/${encounter}/sign`, {})).status).toBe(200);
    await recordClinicalHistory(t, 'alex@demo.clinic', alexId, encounter);
  }, 60_000);
  afterAll(() => t.close());

  it('serves a CapabilityStatement listing exactly the types and parameters of the router table', async () => {
    const r = await get(null, `${FHIR}/metadata`);
    expect(r.status).toBe(200);
    expect(r.res.headers['content-type']).toContain('application/fhir+json');
    valid(r.body);
    // Types served only through an operation (Group/$export) have no search.
    const listed = r.body.rest[0].resource
      .filter((x: { searchParam?: unknown }) => x.searchParam)
      .map((x: { type: string; searchParam: { name: string }[] }) => [
        x.type,
        x.searchParam.map((p) => p.name),
      ]);
    expect(listed).toEqual(FHIR_TYPES.map((d) => [d.type, [...paramsOf(d).map((p) => p.name), '_sort']]));
  });

  it('emits every type as valid R4: each searchset Bundle and each resource read by id, with ETag and 304', async () => {
    const admin = await t.login('admin@demo.clinic');
    for (const def of FHIR_TYPES) {
      // A type only some roles read (the audit log: admins) is read as one of them.
      const reader = def.roles && !def.roles.includes('physician') ? admin : doc;
      const bundle = await get(reader, `${FHIR}/${def.type}?_count=100`);
      expect(bundle.status, def.type).toBe(200);
      valid(bundle.body);
      expect(bundle.body.entry?.length, `${def.type} has data`).toBeGreaterThan(0);
      for (const entry of bundle.body.entry) {
        valid(entry.resource);
        const read = await get(reader, `${FHIR}/${def.type}/${entry.resource.id}`);
        expect(read.status, `${def.type}/${entry.resource.id}`).toBe(200);
        expect(read.body).toEqual(entry.resource);
        expect(read.res.headers.etag).toBe(`W/"${read.body.meta.versionId}"`);
        expect(read.res.headers['cache-control']).toBe('private, no-cache');
        const again = await get(reader, `${FHIR}/${def.type}/${entry.resource.id}`, {
          'if-none-match': read.res.headers.etag as string,
        });
        expect(again.status).toBe(304);
        expect(again.res.body).toBe('');
      }
    }
  });

  it('codes the signed visit: M99.0x Conditions per region, Procedures with CPT and technique, LOINC scores', async () => {
    const conditions = (await get(doc, `${FHIR}/Condition?patient=${alexId}&category=encounter-diagnosis`))
      .body;
    expect(conditions.entry.map((e: any) => e.resource.code.coding[0].code).sort()).toEqual([
      'M99.01',
      'M99.03',
    ]);
    const procedures = (
      await get(doc, `${FHIR}/Procedure?subject=Patient/${alexId}&code=http://www.ama-assn.org/go/cpt|98925`)
    ).body;
    expect(procedures.total).toBe(2);
    const flags = (await get(doc, `${FHIR}/Condition?patient=${mariaId}&category=health-concern`)).body;
    expect(flags.total).toBeGreaterThan(0);
    expect(flags.entry[0].resource.code.coding[0].system).toBe(LOCAL.redFlag);
    const pain = (await get(doc, `${FHIR}/Observation?patient=${alexId}&code=http://loinc.org|72514-3`)).body;
    expect(pain.entry.map((e: any) => e.resource.valueQuantity.value)).toEqual([6]);
  });

  it('versionId moves when the resource changes', async () => {
    const before = (await get(doc, `${FHIR}/Appointment/${visitId}`)).res.headers.etag as string;
    const appt = await bookFollowUp(t, 'maria@demo.clinic');
    const first = (await get(doc, `${FHIR}/Appointment/${appt.id}`)).res.headers.etag as string;
    const desk = await t.login('frontdesk@demo.clinic');
    expect(
      (await t.call(desk, 'POST', `/api/appointments/${appt.id}/cancel`, { reason: 'feeling ill' })).status,
    ).toBe(200);
    const after = await get(doc, `${FHIR}/Appointment/${appt.id}`, { 'if-none-match': first });
    expect(after.status).toBe(200);
    expect(after.body.status).toBe('cancelled');
    expect(after.res.headers.etag).not.toBe(first);
    expect((await get(doc, `${FHIR}/Appointment/${visitId}`)).res.headers.etag).toBe(before);
  });

  it("moves a Patient's version and lastUpdated when the record changes", async () => {
    // The demo seed stamps its patients with the machine's time; registered before the test clock instead.
    await t.handle.db
      .updateTable('patients')
      .set({ created_at: '2026-01-05T10:00:00Z' })
      .where('id', '=', alexId)
      .execute();
    const before = (await get(alex, `${FHIR}/Patient/${alexId}`)).body;
    expect(before.meta.lastUpdated < t.clock.now.toISOString()).toBe(true);
    t.clock.now = new Date(t.clock.now.getTime() + 86_400_000);
    const changedAt = t.clock.now.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const language = before.communication[0].language.coding[0].code === 'es' ? 'en' : 'es';
    expect(
      (await t.call(alex, 'PUT', '/api/me/preferred-language', { preferredLanguage: language })).status,
    ).toBe(200);
    const after = (await get(alex, `${FHIR}/Patient/${alexId}`)).body;
    expect(after.meta.versionId).not.toBe(before.meta.versionId);
    expect(after.meta.lastUpdated).toBe(changedAt);
    expect(ids((await get(doc, `${FHIR}/Patient?_lastUpdated=ge${changedAt}&_id=${alexId}`)).body)).toEqual([
      alexId,
    ]);
    expect(ids((await get(doc, `${FHIR}/Patient?_lastUpdated=lt${changedAt}&_id=${alexId}`)).body)).toEqual(
      [],
    );
  });

  it('searches Patient by name (accents and case ignored), birthdate with prefixes, identifier and _id', async () => {
    const alexRead = (await get(doc, `${FHIR}/Patient/${alexId}`)).body;
    const birth = alexRead.birthDate as string;
    const match = async (q: string) => ids((await get(doc, `${FHIR}/Patient?${q}`)).body);
    expect(await match(`name=${alexRead.name[0].family.slice(0, 3).toUpperCase()}`)).toContain(alexId);
    expect(await match('name=zzz')).toEqual([]);
    expect(await match(`birthdate=${birth}`)).toContain(alexId);
    expect(await match(`birthdate=eq${birth.slice(0, 4)}`)).toContain(alexId);
    expect(await match(`birthdate=lt${birth}`)).not.toContain(alexId);
    expect(await match(`birthdate=le${birth}`)).toContain(alexId);
    expect(await match(`birthdate=gt${birth}`)).not.toContain(alexId);
    expect(await match(`birthdate=ge${birth}`)).toContain(alexId);
    expect(await match(`identifier=${alexRead.identifier[0].system}|${alexId}`)).toEqual([alexId]);
    expect(await match(`_id=${alexId},${mariaId}`)).toEqual([alexId, mariaId].sort());
    expect(await match(`_lastUpdated=ge2000-01-01&_id=${alexId}`)).toEqual([alexId]);
    expect(await match(`_lastUpdated=lt2000-01-01&_id=${alexId}`)).toEqual([]);
  });

  it('searches by patient/subject, date with prefixes and status', async () => {
    const appt = (await get(doc, `${FHIR}/Appointment/${visitId}`)).body;
    const q = async (s: string) => ids((await get(doc, `${FHIR}/Appointment?patient=${alexId}&${s}`)).body);
    expect(await q(`date=${appt.start.slice(0, 10)}`)).toContain(visitId);
    expect(await q(`date=ge${appt.start}`)).toContain(visitId);
    expect(await q(`date=gt${appt.start}`)).not.toContain(visitId);
    expect(await q(`date=lt${appt.start}`)).not.toContain(visitId);
    expect(await q(`date=le${appt.start}`)).toContain(visitId);
    expect(await q(`status=${appt.status}`)).toContain(visitId);
    expect(await q('status=noshow')).toEqual([]);
    const enc = (await get(doc, `${FHIR}/Encounter?subject=${alexId}&status=finished`)).body;
    expect(enc.total).toBe(1);
    expect(enc.entry[0].resource.subject.reference).toBe(`Patient/${alexId}`);
  });

  it('pages with _count and next links to the end, with no duplicate or miss', async () => {
    const all = ids((await get(doc, `${FHIR}/Appointment?_count=100`)).body);
    expect(all.length).toBeGreaterThan(2);
    const paged = await allPages(doc, `${FHIR}/Appointment?_count=2`);
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(paged.length);
  });

  it('refuses an unknown parameter or a bad value with a 400 OperationOutcome; lenient ignores unknown ones', async () => {
    const unknown = await get(doc, `${FHIR}/Patient?colour=blue`);
    expect(unknown.status).toBe(400);
    valid(unknown.body);
    expect(unknown.body.issue[0].expression).toEqual(['colour']);
    const lenient = await get(doc, `${FHIR}/Patient?colour=blue&_id=${alexId}`, {
      prefer: 'handling=lenient',
    });
    expect(lenient.status).toBe(200);
    expect(ids(lenient.body)).toEqual([alexId]);
    expect(lenient.body.link[0].url).not.toContain('colour');
    for (const bad of [
      'date=2026-13-01',
      'date=xx2026',
      '_count=abc',
      '_count=1000',
      '_id=%00',
      'patient=a%00',
      'date=2026-06-01T14:00',
    ]) {
      const r = await get(doc, `${FHIR}/Appointment?${bad}`, { prefer: 'handling=lenient' });
      expect(r.status, bad).toBe(400);
      valid(r.body);
    }
  });

  it('speaks JSON only (406, 415), refuses writes it does not serve (405) and strangers (401), all as OperationOutcomes', async () => {
    const xml = await get(doc, `${FHIR}/Patient`, { accept: 'application/fhir+xml' });
    expect(xml.status).toBe(406);
    valid(xml.body);
    expect((await get(doc, `${FHIR}/Patient?_format=xml`)).status).toBe(406);
    expect((await get(doc, `${FHIR}/Patient/${alexId}`, { accept: 'application/json' })).status).toBe(200);
    const post = (type: string) =>
      t.app.inject({
        method: 'POST',
        url: `${FHIR}/Practitioner`,
        headers: { authorization: `Bearer ${doc}`, 'content-type': type },
        payload: type.includes('json') ? '{"resourceType":"Practitioner"}' : '<Practitioner/>',
      });
    const asXml = await post('application/fhir+xml');
    expect(asXml.statusCode).toBe(415);
    valid(JSON.parse(asXml.body));
    expect((await post('application/fhir+json')).statusCode).toBe(405);
    const anonymous = await get(null, `${FHIR}/Patient/${alexId}`);
    expect(anonymous.status).toBe(401);
    valid(anonymous.body);
    const missing = await get(doc, `${FHIR}/Patient/no-such-id`);
    expect(missing.status).toBe(404);
    valid(missing.body);
    expect((await get(doc, `${FHIR}/Patient/a%00b`)).status).toBe(404);
    expect((await get(doc, `${FHIR}/Basic`)).status).toBe(404);
    const noRoute = await get(doc, `${FHIR}/Patient/${alexId}/$meta/1/2`);
    expect(noRoute.status).toBe(404);
    valid(noRoute.body);
    // A type that keeps no earlier versions has no history (CarePlan's: history.int.test.ts).
    const noHistory = await get(doc, `${FHIR}/Patient/${alexId}/_history/1`);
    expect(noHistory.status).toBe(405);
    valid(noHistory.body);
  });

  it('accepts the session cookie as /api does', async () => {
    const login = await t.call(null, 'POST', '/api/auth/login', {
      email: 'alex@demo.clinic',
      password: DEMO_PASSWORD,
    });
    const cookie = String(login.res.headers['set-cookie']).split(';')[0]!;
    const r = await get(null, `${FHIR}/Patient`, { cookie });
    expect(r.status).toBe(200);
    expect(ids(r.body)).toEqual([alexId]);
  });

  it('audits each resource a search returns, as REST lists do', async () => {
    const before = await t.handle.db
      .selectFrom('audit_log')
      .select('id')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    const r = await get(doc, `${FHIR}/Appointment?patient=${alexId}`);
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .select(['patient_id', 'resource_id', 'action', 'outcome', 'resource_type'])
      .where('id', '>', before?.id ?? 0)
      .execute();
    expect(rows.map((x) => x.resource_id).sort()).toEqual(ids(r.body).sort());
    expect(new Set(rows.map((x) => `${x.patient_id} ${x.action} ${x.outcome} ${x.resource_type}`))).toEqual(
      new Set([`${alexId} appointment.read allowed fhir.Appointment`]),
    );
  });

  it('shows a patient only their own (and a parent their child), refusing and auditing a cross-patient attempt', async () => {
    const own = await get(alex, `${FHIR}/Patient`);
    expect(ids(own.body)).toEqual([alexId]);
    const appts = (await get(alex, `${FHIR}/Appointment?_count=100`)).body;
    expect(
      appts.entry.every((e: any) => e.resource.participant[0].actor.reference === `Patient/${alexId}`),
    ).toBe(true);
    expect(ids((await get(alex, `${FHIR}/Observation`)).body).length).toBeGreaterThan(0);
    expect(ids((await get(alex, `${FHIR}/Procedure`)).body).length).toBe(2);

    const parent = await t.login('sam.parent@demo.clinic');
    const childId = await patientIdOf(t, 'sam.parent@demo.clinic');
    expect(ids((await get(parent, `${FHIR}/Patient`)).body)).toContain(childId);

    const read = await get(alex, `${FHIR}/Patient/${mariaId}`);
    expect(read.status).toBe(403);
    valid(read.body);
    const search = await get(alex, `${FHIR}/Appointment?patient=${mariaId}`);
    expect(search.status).toBe(403);
    const refused = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'resource_type'])
      .where('patient_id', '=', mariaId)
      .where('outcome', '=', 'denied')
      .execute();
    expect(refused).toEqual(
      expect.arrayContaining([
        { action: 'demographics.read', resource_type: 'fhir.Patient' },
        { action: 'appointment.read', resource_type: 'fhir.Appointment' },
      ]),
    );
  });

  it('refuses a role the policy does not let read a type (the desk and clinical Conditions)', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    const r = await get(desk, `${FHIR}/Condition`);
    expect(r.status).toBe(403);
    valid(r.body);
    expect((await get(desk, `${FHIR}/Appointment?patient=${alexId}`)).status).toBe(200);
  });
});
