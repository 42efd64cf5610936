import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');

const upload = (content: Buffer, patch: object = {}) => ({
  title: 'MRI report (lumbar)',
  category: 'imaging_report',
  fileName: 'mri.pdf',
  contentBase64: content.toString('base64'),
  ...patch,
});

describe.each(TEST_DATABASES)('patient documents on $name', (kind) => {
  let t: TestApp;
  let desk: string;
  let alex: string;
  let alexId: string;
  let mariaId: string;
  let noahId: string;

  const documentsOf = (token: string, patientId: string) =>
    t.call(token, 'GET', `/api/patients/${patientId}/documents`);
  const content = (token: string, id: string, query = '') =>
    t.app.inject({
      method: 'GET',
      url: `/api/documents/${id}/content${query}`,
      headers: { authorization: `Bearer ${token}` },
    });
  const auditRows = (resourceId: string) =>
    t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'role', 'patient_id', 'detail'])
      .where('resource_type', '=', 'document')
      .where('resource_id', '=', resourceId)
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    t = await startTestApp(kind);
    desk = await t.login('frontdesk@demo.clinic');
    alex = await t.login('alex@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    mariaId = await patientIdOf(t, 'maria@demo.clinic');
    noahId = await patientIdOf(t, 'sam.parent@demo.clinic');
  });
  afterAll(() => t.close());

  it('staff upload a PDF; it is listed, shown inline with safe headers and downloaded byte for byte', async () => {
    const r = await t.call(desk, 'POST', `/api/patients/${alexId}/documents`, upload(PDF));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      patientId: alexId,
      title: 'MRI report (lumbar)',
      category: 'imaging_report',
      fileName: 'mri.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      uploadedBy: 'Finn Desk',
      removedAt: null,
    });
    const list = await documentsOf(await t.login('dr.still@demo.clinic'), alexId);
    expect(list.status).toBe(200);
    expect(list.body.map((d: { id: string }) => d.id)).toContain(r.body.id);

    const inline = await content(desk, r.body.id);
    expect(inline.statusCode).toBe(200);
    expect(inline.headers['content-type']).toBe('application/pdf');
    expect(inline.headers['x-content-type-options']).toBe('nosniff');
    expect(inline.headers['content-disposition']).toBe('inline; filename="MRI-report-lumbar.pdf"');
    expect(String(inline.headers['content-security-policy'])).toContain("default-src 'none'");
    expect(String(inline.headers['content-security-policy'])).not.toContain('script-src');
    expect(inline.rawPayload.equals(PDF)).toBe(true);

    const download = await content(desk, r.body.id, '?disposition=attachment');
    expect(download.headers['content-disposition']).toBe('attachment; filename="MRI-report-lumbar.pdf"');
    expect(download.rawPayload.equals(PDF)).toBe(true);

    const audit = await auditRows(r.body.id);
    expect(audit.map((a) => [a.action, a.outcome, a.detail])).toEqual([
      ['document.write', 'allowed', 'upload'],
      ['document.read', 'allowed', 'view'],
      ['document.read', 'allowed', 'download'],
    ]);
  });

  it('reads the type from the content: a PNG named .pdf is kept as a PNG', async () => {
    const r = await t.call(
      desk,
      'POST',
      `/api/patients/${alexId}/documents`,
      upload(PNG, { title: 'Knee photo', category: 'other' }),
    );
    expect(r.status).toBe(201);
    expect(r.body.mediaType).toBe('image/png');
    const shown = await content(desk, r.body.id);
    expect(shown.headers['content-type']).toBe('image/png');
    expect(shown.headers['content-disposition']).toBe('inline; filename="Knee-photo.png"');
  });

  it('refuses HTML named .pdf (415) and a file over 10 MB (413), storing nothing', async () => {
    const before = (await documentsOf(desk, alexId)).body.length as number;
    const html = await t.call(desk, 'POST', `/api/patients/${alexId}/documents`, upload(HTML));
    expect(html.status).toBe(415);
    expect(html.body).toMatchObject({ code: 'unsupported_document_type', field: 'contentBase64' });
    expect(html.body.message).toContain('must be a PDF, PNG or JPEG');

    const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await t.call(desk, 'POST', `/api/patients/${alexId}/documents`, upload(big));
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toMatchObject({ code: 'document_too_large', field: 'contentBase64' });
    expect(tooBig.body.message).toMatch(/the file must be at most 10 MB \(this one is 10\.0 MB\)$/);
    // Far over the limit the body itself is refused before it is read: still a 413 in plain words.
    const huge = Buffer.concat([PDF, Buffer.alloc(13 * 1024 * 1024)]);
    const tooHuge = await t.call(desk, 'POST', `/api/patients/${alexId}/documents`, upload(huge));
    expect(tooHuge.status).toBe(413);
    expect(tooHuge.body.message).toBe('Request body is too large');
    expect((await documentsOf(desk, alexId)).body).toHaveLength(before);
  });

  it.each([
    ['title', { title: '  ' }],
    ['category', { category: 'selfie' }],
    ['contentBase64', { contentBase64: '' }],
    ['contentBase64', { contentBase64: '<html>' }],
    ['contentBase64', { contentBase64: undefined }],
    ['colour', { colour: 'red' }],
  ])('refuses a bad %s (400 naming it)', async (field, patch) => {
    const r = await t.call(desk, 'POST', `/api/patients/${alexId}/documents`, upload(PDF, patch));
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.field).toBe(field);
  });

  it('patients read only their own and their children’s documents; they cannot upload; admin cannot read', async () => {
    const mine = (await t.call(desk, 'POST', `/api/patients/${alexId}/documents`, upload(PDF))).body
      .id as string;
    const marias = (
      await t.call(
        desk,
        'POST',
        `/api/patients/${mariaId}/documents`,
        upload(PDF, { title: 'Maria referral' }),
      )
    ).body.id as string;
    const noahs = (
      await t.call(
        desk,
        'POST',
        `/api/patients/${noahId}/documents`,
        upload(PNG, { title: 'Noah growth chart' }),
      )
    ).body.id as string;

    const own = await documentsOf(alex, alexId);
    expect(own.status).toBe(200);
    expect(own.body.every((d: { patientId: string }) => d.patientId === alexId)).toBe(true);
    expect((await content(alex, mine)).statusCode).toBe(200);

    expect((await documentsOf(alex, mariaId)).status).toBe(403);
    const cross = await content(alex, marias);
    expect(cross.statusCode).toBe(403);
    expect(cross.body).not.toContain('%PDF');
    expect(await auditRows(marias)).toContainEqual(
      expect.objectContaining({ action: 'document.read', outcome: 'denied', role: 'patient' }),
    );

    const sam = await t.login('sam.parent@demo.clinic');
    expect((await documentsOf(sam, noahId)).body.map((d: { id: string }) => d.id)).toEqual([noahs]);
    expect((await content(sam, noahs)).statusCode).toBe(200);
    expect((await content(sam, mine)).statusCode).toBe(403);

    expect((await t.call(alex, 'POST', `/api/patients/${alexId}/documents`, upload(PDF))).status).toBe(403);
    const admin = await t.login('admin@demo.clinic');
    expect((await documentsOf(admin, alexId)).status).toBe(403);
    expect((await content(admin, mine)).statusCode).toBe(403);
    expect((await documentsOf(desk, 'no-such-patient')).status).toBe(404);
    expect((await content(desk, 'no-such-document')).statusCode).toBe(404);
    expect((await t.call(null, 'GET', `/api/patients/${alexId}/documents`)).status).toBe(401);
  });

  it('removes a document entered in error with a reason: kept and marked for staff, gone for the patient, audited', async () => {
    const id = (
      await t.call(
        desk,
        'POST',
        `/api/patients/${alexId}/documents`,
        upload(PDF, { title: 'Wrong patient letter' }),
      )
    ).body.id as string;
    expect((await t.call(alex, 'POST', `/api/documents/${id}/remove`, { reason: 'not mine' })).status).toBe(
      403,
    );
    const short = await t.call(desk, 'POST', `/api/documents/${id}/remove`, { reason: ' x ' });
    expect(short.status).toBe(400);
    expect(short.body.field).toBe('reason');

    const removed = await t.call(desk, 'POST', `/api/documents/${id}/remove`, {
      reason: 'Filed to the wrong patient',
    });
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ id, removedReason: 'Filed to the wrong patient' });
    expect(removed.body.removedAt).toEqual(expect.any(String));
    const again = await t.call(desk, 'POST', `/api/documents/${id}/remove`, {
      reason: 'Filed to the wrong patient',
    });
    expect(again.status).toBe(409);

    const staffList = (await documentsOf(desk, alexId)).body as { id: string; removedAt: string | null }[];
    expect(staffList.find((d) => d.id === id)?.removedAt).toEqual(expect.any(String));
    expect((await content(desk, id)).statusCode).toBe(200);
    expect(((await documentsOf(alex, alexId)).body as { id: string }[]).map((d) => d.id)).not.toContain(id);
    expect((await content(alex, id)).statusCode).toBe(404);

    expect(await auditRows(id)).toContainEqual(
      expect.objectContaining({
        action: 'document.write',
        outcome: 'allowed',
        detail: 'removed as entered in error: Filed to the wrong patient',
      }),
    );
    // Never deleted: the row and its bytes stay.
    const row = await t.handle.db
      .selectFrom('patient_documents')
      .select('size_bytes')
      .where('id', '=', id)
      .executeTakeFirst();
    expect(row?.size_bytes).toBe(PDF.length);
  });
});
