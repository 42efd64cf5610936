import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob, insertExport } from '@omt/db';
import { PatientRecordExport } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';
import { purgeExports } from './record-export-job';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe.each(TEST_DATABASES)('record exports as background jobs on $name', (kind) => {
  let t: TestApp;
  let alex: string;
  let alexId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    alex = await t.login('alex@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    const desk = await t.login('frontdesk@demo.clinic');
    const doc = await t.call(desk, 'POST', `/api/patients/${alexId}/documents`, {
      title: 'MRI report',
      category: 'imaging_report',
      fileName: 'mri.pdf',
      contentBase64: PDF.toString('base64'),
    });
    expect(doc.status).toBe(201);
  });
  afterAll(() => t.close());

  const download = (token: string, id: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/exports/${id}/file`,
      headers: { authorization: `Bearer ${token}` },
    });
  const exportAudits = (outcome: string) =>
    t.handle.db
      .selectFrom('audit_log')
      .select(['role', 'resource_type'])
      .where('patient_id', '=', alexId)
      .where('action', '=', 'record.export')
      .where('outcome', '=', outcome)
      .execute();

  it('queues the export, prepares it in the background, then hands over the file', async () => {
    const queued = await t.call(alex, 'POST', `/api/patients/${alexId}/record/exports`, { lang: 'es' });
    expect(queued.status).toBe(202);
    expect(queued.body).toMatchObject({
      patientId: alexId,
      status: 'preparing',
      fileName: null,
      readyAt: null,
    });
    await t.jobs.runDueJobs();
    const ready = await t.call(alex, 'GET', `/api/exports/${queued.body.id}`);
    expect(ready.body).toMatchObject({ status: 'ready', fileName: 'my-health-record-2026-06-01.json' });
    const res = await download(alex, queued.body.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="my-health-record-2026-06-01.json"',
    );
    const data = PatientRecordExport.parse(JSON.parse(res.body));
    expect(data).toMatchObject({ patientId: alexId, lang: 'es' });
    expect(Buffer.from(data.files[0]?.contentBase64 ?? '', 'base64').equals(PDF)).toBe(true);
    // Audited when asked for and again when the job read the record as the person who asked.
    expect((await exportAudits('allowed')).filter((r) => r.role === 'patient').length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('answers 409 while the file is being prepared', async () => {
    const id = 'export-in-progress';
    await insertExport(t.handle.db, {
      id,
      kind: 'record-export',
      patient_id: alexId,
      requested_by: await t.userId('alex@demo.clinic'),
      lang: 'en',
      created_at: '2026-06-01T12:00:00Z',
      expires_at: '2026-06-02T12:00:00Z',
    });
    expect((await t.call(alex, 'GET', `/api/exports/${id}`)).body.status).toBe('preparing');
    const res = await download(alex, id);
    expect({ status: res.statusCode, code: JSON.parse(res.body).code }).toEqual({
      status: 409,
      code: 'export_not_ready',
    });
  });

  it('says so when its job failed for good (tries used up), instead of preparing for ever', async () => {
    const id = 'export-whose-job-failed';
    await insertExport(t.handle.db, {
      id,
      kind: 'record-export',
      patient_id: alexId,
      requested_by: await t.userId('alex@demo.clinic'),
      lang: 'en',
      created_at: '2026-06-01T12:00:00Z',
      expires_at: '2026-06-02T12:00:00Z',
    });
    // Its job, failed: written due in a year, so this app's runner never takes it first.
    await enqueueJob(t.handle.db, {
      kind: 'record-export',
      key: `record-export:${id}`,
      payload: { exportId: id },
      runAt: '2027-06-01T00:00:00Z',
      maxAttempts: 1,
      now: '2026-06-01T12:00:00Z',
    });
    await t.handle.db
      .updateTable('jobs')
      .set({ state: 'failed' })
      .where('key', '=', `record-export:${id}`)
      .execute();
    expect((await t.call(alex, 'GET', `/api/exports/${id}`)).body.status).toBe('failed');
    const res = await download(alex, id);
    expect({ status: res.statusCode, code: JSON.parse(res.body).code }).toEqual({
      status: 422,
      code: 'export_failed',
    });
  });

  it('is the patient’s own: another patient, a parent of someone else and staff are refused, audited', async () => {
    const queued = await t.call(alex, 'POST', `/api/patients/${alexId}/record/exports`, {});
    await t.jobs.runDueJobs();
    for (const email of [
      'maria@demo.clinic',
      'sam.parent@demo.clinic',
      'dr.still@demo.clinic',
      'frontdesk@demo.clinic',
    ]) {
      const token = await t.login(email);
      expect((await t.call(token, 'POST', `/api/patients/${alexId}/record/exports`, {})).status).toBe(403);
      expect((await t.call(token, 'GET', `/api/exports/${queued.body.id}`)).status).toBe(403);
      expect((await download(token, queued.body.id)).statusCode).toBe(403);
    }
    expect((await t.call(null, 'GET', `/api/exports/${queued.body.id}`)).status).toBe(401);
    expect((await t.call(alex, 'GET', '/api/exports/nope')).status).toBe(404);
    const denied = await exportAudits('denied');
    expect(denied.map((r) => r.role)).toEqual(expect.arrayContaining(['patient', 'physician', 'front_desk']));
    expect(denied.map((r) => r.resource_type)).toEqual(expect.arrayContaining(['record', 'export']));
  });

  it('a parent exports their child’s record', async () => {
    const sam = await t.login('sam.parent@demo.clinic');
    const noahId = await patientIdOf(t, 'sam.parent@demo.clinic');
    const queued = await t.call(sam, 'POST', `/api/patients/${noahId}/record/exports`, {});
    expect(queued.status).toBe(202);
    await t.jobs.runDueJobs();
    const res = await download(sam, queued.body.id);
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body).patientId).toBe(noahId);
  });

  it('forgets the file after its retention time (24 h)', async () => {
    const queued = await t.call(alex, 'POST', `/api/patients/${alexId}/record/exports`, {});
    await t.jobs.runDueJobs();
    expect((await download(alex, queued.body.id)).statusCode).toBe(200);
    const before = t.clock.now;
    t.clock.now = new Date(before.getTime() + 25 * 3_600_000);
    try {
      expect((await download(alex, queued.body.id)).statusCode).toBe(404);
      expect(await purgeExports(t.deps)).toBeGreaterThan(0);
      const left = await t.handle.db
        .selectFrom('exports')
        .select('id')
        .where('id', '=', queued.body.id)
        .execute();
      expect(left).toEqual([]);
    } finally {
      t.clock.now = before;
    }
  });
});
