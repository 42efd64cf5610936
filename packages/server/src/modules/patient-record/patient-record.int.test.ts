import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PatientRecordExport } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, openEncounter, patientIdOf, treatRegions } from '../../test-support/factories';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

describe.each(TEST_DATABASES)("a patient's own record and data download on $name", (kind) => {
  let t: TestApp;
  let alex: string;
  let alexId: string;
  let mariaId: string;
  let signedEncounter: string;
  let draftEncounter: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    alex = await t.login('alex@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    mariaId = await patientIdOf(t, 'maria@demo.clinic');
    const desk = await t.login('frontdesk@demo.clinic');
    const upload = (patientId: string, title: string) =>
      t.call(desk, 'POST', `/api/patients/${patientId}/documents`, {
        title,
        category: 'referral_letter',
        contentBase64: PDF.toString('base64'),
      });
    expect((await upload(alexId, 'Referral from Dr. Primary')).status).toBe(201);
    expect((await upload(mariaId, 'Maria private letter')).status).toBe(201);
    const still = await t.login('dr.still@demo.clinic');

    // One signed visit with the lower back treated, one draft (never shown), one upcoming.
    const visit = await bookFollowUp(t, 'alex@demo.clinic');
    signedEncounter = await openEncounter(t, 'dr.still@demo.clinic', visit.id);
    await treatRegions(t, 'dr.still@demo.clinic', signedEncounter, ['lumbar']);
    expect((await t.call(still, 'POST', `/api/encounters/${signedEncounter}/sign`, {})).status).toBe(200);
    expect(
      (
        await t.call(alex, 'POST', `/api/encounters/${signedEncounter}/check-ins`, {
          soreness: 3,
          daysSore: 1,
          newSymptoms: [],
        })
      ).status,
    ).toBe(201);
    const draftVisit = await bookFollowUp(t, 'alex@demo.clinic');
    draftEncounter = await openEncounter(t, 'dr.still@demo.clinic', draftVisit.id);
    await treatRegions(t, 'dr.still@demo.clinic', draftEncounter, ['cervical']);
    await bookFollowUp(t, 'alex@demo.clinic');
    await bookFollowUp(t, 'maria@demo.clinic');
    expect(
      (
        await t.call(alex, 'POST', `/api/patients/${alexId}/consent/signatures`, {
          version: 1,
          typedName: 'Alex Rivera',
        })
      ).status,
    ).toBe(200);
  });
  afterAll(() => t.close());

  it('shows visits, signed-note summaries in plain words (never drafts), aftercare, check-ins, documents and consent', async () => {
    const r = await t.call(alex, 'GET', `/api/patients/${alexId}/record`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.patientName).toBe('Alex Rivera');
    expect(r.body.visits.length).toBeGreaterThanOrEqual(3);
    expect(r.body.visits.some((v: { upcoming: boolean }) => v.upcoming)).toBe(true);
    expect(r.body.notes.map((n: { encounterId: string }) => n.encounterId)).toEqual([signedEncounter]);
    const note = r.body.notes[0];
    expect(note).toMatchObject({
      providerName: 'Dr. Andrea Still',
      regions: ['Lower back'],
      techniques: ['Soft tissue'],
      checkIns: [expect.objectContaining({ soreness: 3, daysSore: 1 })],
    });
    expect(note.aftercare.length).toBeGreaterThan(0);
    expect(JSON.stringify(r.body)).not.toContain(draftEncounter);
    expect(JSON.stringify(r.body)).not.toContain('Neck');
    expect(r.body.documents.map((d: { title: string }) => d.title)).toEqual(['Referral from Dr. Primary']);
    expect(r.body.consent).toMatchObject({ status: 'signed' });
  });

  it('speaks Spanish when asked', async () => {
    const r = await t.call(alex, 'GET', `/api/patients/${alexId}/record?lang=es`);
    expect(r.body.notes[0]).toMatchObject({
      regions: ['Parte baja de la espalda'],
      techniques: ['Tejidos blandos'],
    });
    expect(r.body.lang).toBe('es');
  });

  /** "Download my data": queued, prepared by the job, then fetched (see record-export/). */
  const exportOf = async (token: string, patientId: string) => {
    const queued = await t.call(token, 'POST', `/api/patients/${patientId}/record/exports`, {});
    expect(queued.status).toBe(202);
    await t.jobs.runDueJobs();
    return t.app.inject({
      method: 'GET',
      url: `/api/exports/${queued.body.id}/file`,
      headers: { authorization: `Bearer ${token}` },
    });
  };

  it('is the patient’s own: another patient and staff are refused, audited', async () => {
    const maria = await t.login('maria@demo.clinic');
    expect((await t.call(maria, 'GET', `/api/patients/${alexId}/record`)).status).toBe(403);
    expect((await t.call(maria, 'POST', `/api/patients/${alexId}/record/exports`, {})).status).toBe(403);
    expect(
      (
        await t.call(
          await t.login('dr.still@demo.clinic'),
          'POST',
          `/api/patients/${alexId}/record/exports`,
          {},
        )
      ).status,
    ).toBe(403);
    expect((await t.call(alex, 'GET', '/api/patients/nobody/record')).status).toBe(404);
    const denied = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'role'])
      .where('patient_id', '=', alexId)
      .where('outcome', '=', 'denied')
      .where('resource_type', '=', 'record')
      .execute();
    expect(denied).toContainEqual({ action: 'record.export', role: 'patient' });
    expect(denied).toContainEqual({ action: 'record.export', role: 'physician' });
  });

  it('downloads the patient’s data as JSON with the documents in base64, only their own, audited', async () => {
    const res = await exportOf(alex, alexId);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="my-health-record-${t.clock.now.toISOString().slice(0, 10)}.json"`,
    );
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const data = PatientRecordExport.parse(JSON.parse(res.body));
    expect(data.patientId).toBe(alexId);
    expect(data.files).toHaveLength(1);
    expect(Buffer.from(data.files[0]?.contentBase64 ?? '', 'base64').equals(PDF)).toBe(true);
    expect(data.files[0]?.fileName).toBe('Referral-from-Dr-Primary.pdf');
    expect(res.body).not.toContain(mariaId);
    expect(res.body).not.toContain('Maria');
    expect(res.body).not.toContain(draftEncounter);
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('patient_id', '=', alexId)
      .where('resource_type', '=', 'record')
      .where('outcome', '=', 'allowed')
      .execute();
    expect(rows).toContainEqual({ action: 'record.export', outcome: 'allowed' });
  });

  it('a parent reads and downloads a child’s record, not another family’s', async () => {
    const sam = await t.login('sam.parent@demo.clinic');
    const noahId = await patientIdOf(t, 'sam.parent@demo.clinic');
    const r = await t.call(sam, 'GET', `/api/patients/${noahId}/record`);
    expect(r.status).toBe(200);
    expect(r.body.patientId).toBe(noahId);
    expect(r.body.consent.status).toBe('not_signed');
    expect((await exportOf(sam, noahId)).statusCode).toBe(200);
    expect((await t.call(sam, 'GET', `/api/patients/${alexId}/record`)).status).toBe(403);
  });

  it('the chart timeline lists documents (a removed one marked) and consent signatures for clinicians', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    const wrong = await t.call(desk, 'POST', `/api/patients/${alexId}/documents`, {
      title: 'Letter for someone else',
      category: 'other',
      contentBase64: PDF.toString('base64'),
    });
    expect(
      (await t.call(desk, 'POST', `/api/documents/${wrong.body.id}/remove`, { reason: 'Wrong patient' }))
        .status,
    ).toBe(200);
    const still = await t.login('dr.still@demo.clinic');
    const r = await t.call(still, 'GET', `/api/patients/${alexId}/timeline?limit=100`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const events = r.body.items as {
      kind: string;
      title: string;
      detail: string | null;
      status: string | null;
    }[];
    expect(events).toContainEqual(
      expect.objectContaining({
        kind: 'document',
        title: 'Referral letter added: Referral from Dr. Primary',
        status: null,
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        kind: 'document',
        title: 'Document added: Letter for someone else',
        status: 'removed',
        detail: 'Removed as entered in error: Wrong patient',
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        kind: 'consent',
        title: 'General treatment consent signed (version 1)',
        detail: 'By Alex Rivera, typed name “Alex Rivera”',
      }),
    );
    expect(JSON.stringify(events)).not.toContain('Maria private letter');
  });

  it('the OpenAPI document lists the document, consent and record routes', async () => {
    const paths = (await t.call(null, 'GET', '/api/openapi.json')).body.paths as Record<string, object>;
    expect(Object.keys(paths['/api/patients/{id}/documents'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/api/documents/{id}/content'] ?? {})).toEqual(['get']);
    expect(Object.keys(paths['/api/documents/{id}/remove'] ?? {})).toEqual(['post']);
    expect(Object.keys(paths['/api/consent-form'] ?? {})).toEqual(['get']);
    expect(Object.keys(paths['/api/consent-forms'] ?? {})).toEqual(['post']);
    expect(Object.keys(paths['/api/patients/{id}/consent'] ?? {})).toEqual(['get']);
    expect(Object.keys(paths['/api/patients/{id}/consent/signatures'] ?? {})).toEqual(['post']);
    expect(Object.keys(paths['/api/patients/{id}/record'] ?? {})).toEqual(['get']);
    expect(Object.keys(paths['/api/patients/{id}/record/exports'] ?? {})).toEqual(['post']);
  });
});
