import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpiredBulkExports } from '@omt/db';
import { TEST_DATABASES } from '../../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../../test-support/test-app';
import { expectValidFhir, fhirGet, warmFhirValidator } from '../../../test-support/fhir';
import {
  bookFollowUp,
  openEncounter,
  patientIdOf,
  submitIntake,
  treatRegions,
} from '../../../test-support/factories';
import { fhirType } from '../resource-types';

const FHIR = '/fhir/R4';
const ASYNC = { prefer: 'respond-async', accept: 'application/fhir+json' };

interface Manifest {
  transactionTime: string;
  request: string;
  requiresAccessToken: boolean;
  output: { type: string; url: string; count: number }[];
  error: unknown[];
}

describe.each(TEST_DATABASES)('FHIR Bulk export and everything of a patient on $name', (kind) => {
  let t: TestApp;
  let doc: string;
  let alexId: string;
  let mariaId: string;
  let locationOfAlexVisit: string;

  const get = (token: string | null, url: string, headers: Record<string, string> = {}) =>
    fhirGet(t, token, url, headers);
  const valid = expectValidFhir;
  /** Kicks off an export and returns the status URL's path. */
  const kickOff = async (path: string, token = doc) => {
    const r = await get(token, `${FHIR}${path}`, ASYNC);
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    const location = r.res.headers['content-location'] as string;
    expect(location).toMatch(/\/fhir\/R4\/\$export-status\/[0-9a-f-]{36}$/);
    return location.replace(/^https?:\/\/[^/]+/, '');
  };
  /** Runs the job and reads the manifest. */
  const finish = async (status: string, token = doc): Promise<Manifest> => {
    await t.jobs.runDueJobs();
    const r = await get(token, status);
    expect(r.status).toBe(200);
    expect(r.res.headers['content-type']).toMatch(/^application\/json/);
    expect(r.res.headers.expires).toBeTruthy();
    return r.body as Manifest;
  };
  /** Every resource of a manifest's files, each file fetched as ndjson. */
  const resourcesOf = async (manifest: Manifest, token = doc) => {
    const all: { resourceType: string; id: string; [k: string]: unknown }[] = [];
    for (const file of manifest.output) {
      const r = await get(token, file.url);
      expect(r.status).toBe(200);
      expect(r.res.headers['content-type']).toMatch(/^application\/fhir\+ndjson/);
      const lines = r.res.body
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.length).toBe(file.count);
      expect(new Set(lines.map((l) => l.resourceType))).toEqual(new Set([file.type]));
      all.push(...lines);
    }
    return all;
  };
  const patientCount = async () =>
    Number(
      (
        await t.handle.db
          .selectFrom('patients')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await startTestApp(kind);
    warmFhirValidator();
    doc = await t.login('dr.still@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    mariaId = await patientIdOf(t, 'maria@demo.clinic');
    const alex = await t.login('alex@demo.clinic');
    const visit = await bookFollowUp(t, 'alex@demo.clinic');
    expect((await submitIntake(t, alex, visit.id)).status).toBe(201);
    const encounter = await openEncounter(t, 'dr.still@demo.clinic', visit.id);
    await treatRegions(t, 'dr.still@demo.clinic', encounter, ['lumbar']);
    expect((await t.call(doc, 'POST', `/api/encounters/${encounter}/sign`, {})).status).toBe(200);
    const appt = await t.call(doc, 'GET', `/api/appointments/${visit.id}`);
    locationOfAlexVisit = appt.body.locationId;
  }, 60_000);
  afterAll(() => t.close());

  it('exports the whole clinic: 202 and progress, then a manifest whose ndjson files hold valid resources, audited', async () => {
    const status = await kickOff('/$export');
    const waiting = await get(doc, status);
    expect(waiting.status).toBe(202);
    expect(waiting.res.headers['x-progress']).toBeTruthy();
    expect(waiting.res.headers['retry-after']).toBe('2');
    const manifest = await finish(status);
    expect(manifest).toMatchObject({ requiresAccessToken: true, error: [] });
    expect(manifest.request).toMatch(/\/fhir\/R4\/\$export$/);
    expect(manifest.transactionTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const types = manifest.output.map((o) => o.type);
    for (const type of ['Patient', 'Practitioner', 'Location', 'Appointment', 'Encounter', 'Condition']) {
      expect(types, type).toContain(type);
    }
    expect(types).not.toContain('AuditEvent');
    expect(types).not.toContain('Slot');
    const resources = await resourcesOf(manifest);
    for (const r of resources) valid(r);
    expect(resources.filter((r) => r.resourceType === 'Patient').length).toBe(await patientCount());
    expect(resources.some((r) => r.resourceType === 'Condition' && JSON.stringify(r).includes(alexId))).toBe(
      true,
    );
    // Every patient resource written was read through the gate as the physician who asked.
    const audited = await t.handle.db
      .selectFrom('audit_log')
      .select(['patient_id', 'resource_type'])
      .where('detail', '=', 'bulk export')
      .where('outcome', '=', 'allowed')
      .execute();
    const patientResources = resources.filter((r) => fhirType(r.resourceType)?.action);
    expect(audited.length).toBeGreaterThanOrEqual(patientResources.length);
    expect(audited.some((a) => a.patient_id === alexId && a.resource_type === 'fhir.Condition')).toBe(true);
  });

  it('narrows by _type and _since, and refuses bad parameters with OperationOutcomes naming them', async () => {
    const typed = await finish(await kickOff('/$export?_type=Patient,Condition'));
    expect([...new Set(typed.output.map((o) => o.type))].sort()).toEqual(['Condition', 'Patient']);
    const later = await finish(await kickOff('/$export?_type=Appointment&_since=2099-01-01T00:00:00Z'));
    expect(later.output).toEqual([]);
    const lenient = await get(doc, `${FHIR}/$export?_elements=id`, {
      ...ASYNC,
      prefer: 'respond-async, handling=lenient',
    });
    expect(lenient.status).toBe(202);
    for (const [query, field] of [
      ['_since=yesterday', '_since'],
      ['_since=2026-01-01', '_since'],
      ['_type=Banana', '_type'],
      ['_type=AuditEvent', '_type'],
      ['_outputFormat=text/csv', '_outputFormat'],
      ['_elements=id', '_elements'],
    ]) {
      const r = await get(doc, `${FHIR}/$export?${query}`, ASYNC);
      expect(r.status, query).toBe(400);
      valid(r.body);
      expect(r.body.issue[0].expression, query).toEqual([field]);
    }
    const noPrefer = await get(doc, `${FHIR}/$export`, { accept: 'application/fhir+json' });
    expect(noPrefer.status).toBe(400);
    expect(noPrefer.body.issue[0].diagnostics).toMatch(/respond-async/);
  });

  it('exports a Group (a location’s patients) and the Patient level without practitioners or locations', async () => {
    const group = await finish(await kickOff(`/Group/${locationOfAlexVisit}/$export?_type=Patient`));
    const patients = await resourcesOf(group);
    expect(patients.map((p) => p.id)).toContain(alexId);
    const atLocation = await t.handle.db
      .selectFrom('appointments')
      .select('patient_id')
      .distinct()
      .where('location_id', '=', locationOfAlexVisit)
      .execute();
    expect(patients.map((p) => p.id).sort()).toEqual(atLocation.map((a) => a.patient_id).sort());
    expect((await get(doc, `${FHIR}/Group/no-such-location/$export`, ASYNC)).status).toBe(404);
    const patientLevel = await finish(await kickOff('/Patient/$export'));
    const types = patientLevel.output.map((o) => o.type);
    expect(types).toContain('Patient');
    expect(types).not.toContain('Practitioner');
    expect(types).not.toContain('Location');
  });

  it('is for physicians only, and an export is its requester’s: others get 403 or 404; DELETE removes it', async () => {
    for (const email of ['alex@demo.clinic', 'frontdesk@demo.clinic', 'admin@demo.clinic']) {
      const token = await t.login(email);
      const r = await get(token, `${FHIR}/$export`, ASYNC);
      expect(r.status, email).toBe(403);
      valid(r.body);
    }
    expect((await get(null, `${FHIR}/$export`, ASYNC)).status).toBe(401);
    const status = await kickOff('/$export?_type=Patient');
    const manifest = await finish(status);
    const other = await t.login('dr.kim@demo.clinic');
    expect((await get(other, status)).status).toBe(404);
    expect((await get(other, manifest.output[0]!.url)).status).toBe(404);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: status,
      headers: { authorization: `Bearer ${doc}` },
    });
    expect(removed.statusCode).toBe(202);
    expect((await get(doc, status)).status).toBe(404);
    expect((await get(doc, manifest.output[0]!.url)).status).toBe(404);
  });

  it('says an export failed when its job used up its tries, and purges expired exports with their files', async () => {
    const status = await kickOff('/$export?_type=Patient');
    const id = status.split('/').at(-1)!;
    // Its job, failed for good before running.
    await t.handle.db
      .updateTable('jobs')
      .set({ state: 'failed' })
      .where('key', '=', `fhir-bulk-export:${id}`)
      .execute();
    const failed = await get(doc, status);
    expect(failed.status).toBe(422);
    valid(failed.body);
    expect(failed.body.issue[0].diagnostics).toMatch(/start a new one/);
    const done = await finish(await kickOff('/$export?_type=Patient'));
    expect(await purgeExpiredBulkExports(t.handle.db, '2099-01-01T00:00:00Z')).toBeGreaterThan(0);
    expect((await get(doc, done.output[0]!.url)).status).toBe(404);
    const files = await t.handle.db.selectFrom('fhir_bulk_files').select('export_id').execute();
    expect(files).toEqual([]);
  });

  it('Patient/$everything: the patient and their compartment, valid, audited; a patient reads only their own', async () => {
    const r = await get(doc, `${FHIR}/Patient/${alexId}/$everything`);
    expect(r.status).toBe(200);
    valid(r.body);
    const types = new Set(
      r.body.entry.map((e: { resource: { resourceType: string } }) => e.resource.resourceType),
    );
    for (const type of ['Patient', 'Appointment', 'Encounter', 'Condition', 'Procedure'])
      expect(types).toContain(type);
    expect(r.body.total).toBe(r.body.entry.length);
    expect(JSON.stringify(r.body)).not.toContain(mariaId);
    const onlyVisits = await get(doc, `${FHIR}/Patient/${alexId}/$everything?_type=Appointment`);
    expect(new Set(onlyVisits.body.entry.map((e: any) => e.resource.resourceType))).toEqual(
      new Set(['Appointment']),
    );
    const alex = await t.login('alex@demo.clinic');
    const own = await get(alex, `${FHIR}/Patient/${alexId}/$everything`);
    expect(own.status).toBe(200);
    expect(own.body.entry.length).toBeGreaterThan(1);
    const others = await get(alex, `${FHIR}/Patient/${mariaId}/$everything`);
    expect(others.status).toBe(403);
    const denied = await t.handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('patient_id', '=', mariaId)
      .where('outcome', '=', 'denied')
      .where('resource_type', '=', 'fhir.Patient')
      .execute();
    expect(denied.length).toBeGreaterThan(0);
    expect((await get(doc, `${FHIR}/Patient/${alexId}/$everything?_since=soon`)).status).toBe(400);
  });

  it('lists $export and $everything in the CapabilityStatement', async () => {
    const cs = (await get(null, `${FHIR}/metadata`)).body;
    expect(cs.rest[0].operation).toEqual([
      { name: 'export', definition: 'http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export' },
    ]);
    const ops = (type: string) =>
      cs.rest[0].resource
        .find((r: { type: string }) => r.type === type)
        ?.operation?.map((o: { name: string }) => o.name);
    expect(ops('Patient')).toEqual(['export', 'everything']);
    expect(ops('Group')).toEqual(['export']);
  });
});
