import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';

const NEW_TEXT_EN = `Consent to osteopathic care, revised. ${'We explain each technique and you may refuse or stop it at any time. '.repeat(3)}`;
const NEW_TEXT_ES = `Consentimiento revisado. ${'Le explicamos cada técnica y puede negarse o pararla en cualquier momento. '.repeat(3)}`;

describe.each(TEST_DATABASES)('the general treatment consent on $name', (kind) => {
  let t: TestApp;
  let alex: string;
  let alexId: string;
  let mariaId: string;
  let noahId: string;
  const sign = (token: string, patientId: string, body: object) =>
    t.call(token, 'POST', `/api/patients/${patientId}/consent/signatures`, body);

  beforeAll(async () => {
    t = await startTestApp(kind);
    alex = await t.login('alex@demo.clinic');
    alexId = await patientIdOf(t, 'alex@demo.clinic');
    mariaId = await patientIdOf(t, 'maria@demo.clinic');
    noahId = await patientIdOf(t, 'sam.parent@demo.clinic');
  });
  afterAll(() => t.close());

  it('the clinic starts with version 1 in English and Spanish: what OMT is, soreness, rare serious events, the right to stop', async () => {
    const r = await t.call(alex, 'GET', '/api/consent-form');
    expect(r.status).toBe(200);
    expect(r.body.version).toBe(1);
    for (const phrase of [
      'Osteopathic manipulative treatment',
      'soreness',
      'Rare serious events',
      'stop at any moment',
    ])
      expect(r.body.textEn).toContain(phrase);
    for (const phrase of ['dolor muscular', 'Eventos graves poco frecuentes', 'pare en cualquier momento'])
      expect(r.body.textEs).toContain(phrase);
    expect((await t.call(null, 'GET', '/api/consent-form')).status).toBe(401);
  });

  it('refuses a name that is not the patient’s, another patient, staff and an outdated version; nothing is signed', async () => {
    const wrong = await sign(alex, alexId, { version: 1, typedName: 'Alex' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ field: 'typedName', details: { rule: 'name_mismatch' } });
    expect(wrong.body.message).toContain('Alex Rivera');
    expect((await sign(alex, alexId, { version: 1, typedName: ' ' })).body.field).toBe('typedName');
    expect((await sign(alex, alexId, { version: 'one', typedName: 'Alex Rivera' })).body.field).toBe(
      'version',
    );
    const old = await sign(alex, alexId, { version: 7, typedName: 'Alex Rivera' });
    expect(old.status).toBe(409);
    expect(old.body.code).toBe('consent_form_changed');
    expect((await sign(alex, mariaId, { version: 1, typedName: 'Maria Lopez' })).status).toBe(403);
    expect(
      (await sign(await t.login('dr.still@demo.clinic'), alexId, { version: 1, typedName: 'Alex Rivera' }))
        .status,
    ).toBe(403);
    const summary = await t.call(alex, 'GET', `/api/patients/${alexId}/consent`);
    expect(summary.body).toMatchObject({ status: 'not_signed', signatures: [] });
  });

  it('the patient signs once (case and spaces ignored); signing the same version again changes nothing; staff see it', async () => {
    const first = await sign(alex, alexId, { version: 1, typedName: '  alex   RIVERA ' });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ status: 'signed', patientName: 'Alex Rivera' });
    expect(first.body.signatures).toEqual([
      {
        patientId: alexId,
        version: 1,
        typedName: 'alex   RIVERA',
        signerName: 'Alex Rivera',
        signerRelationship: 'self',
        signedAt: '2026-06-01T12:00:00Z',
      },
    ]);
    t.clock.now = new Date('2026-06-01T12:30:00Z');
    const again = await sign(alex, alexId, { version: 1, typedName: 'Alex Rivera' });
    expect(again.body.signatures).toEqual(first.body.signatures);

    for (const email of ['dr.still@demo.clinic', 'frontdesk@demo.clinic']) {
      const seen = await t.call(await t.login(email), 'GET', `/api/patients/${alexId}/consent`);
      expect(seen.status, email).toBe(200);
      expect(seen.body.status).toBe('signed');
    }
    expect(
      (await t.call(await t.login('maria@demo.clinic'), 'GET', `/api/patients/${alexId}/consent`)).status,
    ).toBe(403);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('resource_type', '=', 'consent')
      .where('patient_id', '=', alexId)
      .execute();
    expect(audit).toContainEqual({ action: 'consent.sign', outcome: 'allowed' });
    expect(audit).toContainEqual({ action: 'consent.sign', outcome: 'denied' });
    expect(audit).toContainEqual({ action: 'consent.read', outcome: 'allowed' });
  });

  it('a parent signs for a child with the parent’s own name', async () => {
    const sam = await t.login('sam.parent@demo.clinic');
    const asChild = await sign(sam, noahId, { version: 1, typedName: 'Noah Parent' });
    expect(asChild.status).toBe(400);
    expect(asChild.body.message).toContain('Sam Parent');
    const r = await sign(sam, noahId, { version: 1, typedName: 'sam parent' });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('signed');
    expect(r.body.signatures[0]).toMatchObject({ signerName: 'Sam Parent', signerRelationship: 'guardian' });
  });

  it('the admin publishes a new version; patients are asked again and an old version cannot be signed', async () => {
    expect(
      (await t.call(alex, 'POST', '/api/consent-forms', { textEn: NEW_TEXT_EN, textEs: NEW_TEXT_ES })).status,
    ).toBe(403);
    const admin = await t.login('admin@demo.clinic');
    const short = await t.call(admin, 'POST', '/api/consent-forms', {
      textEn: 'Too short',
      textEs: NEW_TEXT_ES,
    });
    expect(short.status).toBe(400);
    expect(short.body.field).toBe('textEn');
    const published = await t.call(admin, 'POST', '/api/consent-forms', {
      textEn: NEW_TEXT_EN,
      textEs: NEW_TEXT_ES,
    });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ version: 2, textEn: NEW_TEXT_EN.trim() });

    const asked = await t.call(alex, 'GET', `/api/patients/${alexId}/consent`);
    expect(asked.body).toMatchObject({ status: 'new_version', current: { version: 2 } });
    expect((await sign(alex, alexId, { version: 1, typedName: 'Alex Rivera' })).status).toBe(409);
    const signed = await sign(alex, alexId, { version: 2, typedName: 'Alex Rivera' });
    expect(signed.body.status).toBe('signed');
    expect(signed.body.signatures.map((s: { version: number }) => s.version)).toEqual([2, 1]);
  });
});
