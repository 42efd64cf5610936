import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';

describe.each(TEST_DATABASES)('chart lists: entries, versions, roles and audit on $name', (kind) => {
  let t: TestApp;
  let still: string;
  let alex: string;
  let maria: string;
  let noah: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    still = await t.login('dr.still@demo.clinic');
    alex = await patientIdOf(t, 'alex@demo.clinic');
    maria = await patientIdOf(t, 'maria@demo.clinic');
    noah = await patientIdOf(t, 'sam.parent@demo.clinic');
  });
  afterAll(() => t.close());

  const chart = (token: string, id: string) => t.call(token, 'GET', `/api/patients/${id}/chart`);
  const add = (id: string, body: Record<string, unknown>, token = still) =>
    t.call(token, 'POST', `/api/patients/${id}/chart/entries`, body);
  const audits = (patientId: string, resourceType: string) =>
    t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'role', 'detail'])
      .where('patient_id', '=', patientId)
      .where('resource_type', '=', resourceType)
      .orderBy('id')
      .execute();

  it('a new chart says "allergies not recorded"; "no known allergies" is only what was recorded', async () => {
    const first = await chart(still, maria);
    expect(first.status).toBe(200);
    expect(first.body.header.allergies).toEqual({ state: 'not_recorded', active: [] });
    expect(first.body.entries).toEqual([]);
    const nka = await t.call(still, 'PUT', `/api/patients/${maria}/chart/allergy-status`, {
      noKnownAllergies: true,
      version: first.body.allergyStatus.version,
    });
    expect(nka.status, JSON.stringify(nka.body)).toBe(200);
    expect(nka.body.header.allergies.state).toBe('none_known');
    // The same save again was made from an older read.
    const stale = await t.call(still, 'PUT', `/api/patients/${maria}/chart/allergy-status`, {
      noKnownAllergies: true,
      version: first.body.allergyStatus.version,
    });
    expect([stale.status, stale.body.code, stale.body.field]).toEqual([
      409,
      'stale_allergy_status',
      'version',
    ]);
    // An allergy added later ends "no known allergies".
    const pen = await add(maria, {
      kind: 'allergy',
      substance: 'Penicillin',
      reaction: 'Hives',
      severity: 'moderate',
    });
    expect(pen.status, JSON.stringify(pen.body)).toBe(201);
    expect(pen.body.header.allergies).toEqual({
      state: 'recorded',
      active: [{ substance: 'Penicillin', reaction: 'Hives', severity: 'moderate' }],
    });
    expect(pen.body.allergyStatus.noKnownAllergies).toBe(false);
    const again = await t.call(still, 'PUT', `/api/patients/${maria}/chart/allergy-status`, {
      noKnownAllergies: true,
      version: pen.body.allergyStatus.version,
    });
    expect([again.status, again.body.code]).toEqual([409, 'allergies_recorded']);
  });

  it('adds each kind, shows active problems in the header, and edits with the version read (409 when stale)', async () => {
    const p = await add(alex, {
      kind: 'problem',
      name: 'Chronic low back pain',
      onset: '2024-03',
      icd10: 'm54.50',
    });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    await add(alex, { kind: 'medication', name: 'Ibuprofen', dose: '400 mg', frequency: 'twice a day' });
    await add(alex, { kind: 'medical_history', description: 'Asthma', year: 1998 });
    const s = await add(alex, { kind: 'surgical_history', description: 'Appendectomy', year: 2015 });
    expect(s.body.entries.map((e: { kind: string }) => e.kind).sort()).toEqual([
      'medical_history',
      'medication',
      'problem',
      'surgical_history',
    ]);
    expect(s.body.header.activeProblems).toEqual([{ name: 'Chronic low back pain', icd10: 'M54.50' }]);
    const problem = s.body.entries.find((e: { kind: string }) => e.kind === 'problem');
    const resolved = await t.call(still, 'PUT', `/api/patients/${alex}/chart/entries/${problem.id}`, {
      kind: 'problem',
      name: problem.name,
      onset: problem.onset,
      icd10: problem.icd10,
      status: 'resolved',
      version: problem.version,
    });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body.header.activeProblems).toEqual([]);
    expect(resolved.body.entries.find((e: { id: string }) => e.id === problem.id)).toMatchObject({
      status: 'resolved',
      version: problem.version + 1,
    });
    const stale = await t.call(still, 'PUT', `/api/patients/${alex}/chart/entries/${problem.id}`, {
      kind: 'problem',
      name: 'Low back pain',
      status: 'active',
      version: problem.version,
    });
    expect([stale.status, stale.body.code, stale.body.field]).toEqual([409, 'stale_chart_entry', 'version']);
    expect(
      (await chart(still, alex)).body.entries.find((e: { id: string }) => e.id === problem.id),
    ).toMatchObject({
      name: 'Chronic low back pain',
      status: 'resolved',
    });
  });

  it('shows the safety factors as recorded and points out an anticoagulant the factors do not record', async () => {
    const r = await add(alex, { kind: 'medication', name: 'Apixaban', dose: '5 mg', anticoagulant: true });
    expect(r.body.header.factors.anticoagulated).toBe(false);
    expect(r.body.header.anticoagulationMismatch).toBe('medication_not_in_factors');
  });

  it.each([
    [{ kind: 'problem', name: 'Back pain', icd10: 'BACK1' }, 'icd10', 'ICD-10-CM'],
    [{ kind: 'problem', name: '  ' }, 'name', 'required'],
    [{ kind: 'problem', name: 'Back pain', onset: '2999' }, 'onset', 'after today'],
    [{ kind: 'problem', name: 'Back pain', onset: '03/2024' }, 'onset', 'YYYY'],
    [{ kind: 'allergy', substance: 'Latex', severity: 'deadly' }, 'severity', 'mild, moderate or severe'],
    [{ kind: 'medication', name: 'Aspirin', status: 'paused' }, 'status', 'active or stopped'],
    [{ kind: 'surgical_history', description: 'Knee', year: 15 }, 'year', '1900'],
    [{ kind: 'surgical_history', description: 'Knee', year: 2099 }, 'year', 'after this year'],
    [{ kind: 'diagnosis', name: 'x' }, 'kind', 'problem, medication'],
    [{ kind: 'allergy', substance: 'Latex', colour: 'red' }, 'colour', ''],
  ])('refuses %j with 400 naming %s', async (body, field, words) => {
    const r = await add(alex, body);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.field).toBe(field);
    expect(r.body.message).toContain(words);
  });

  it('an edit cannot change the kind, nor reach another patient’s entry', async () => {
    const entries = (await chart(still, alex)).body.entries as {
      id: string;
      kind: string;
      version: number;
    }[];
    const med = entries.find((e) => e.kind === 'medication')!;
    const kindChange = await t.call(still, 'PUT', `/api/patients/${alex}/chart/entries/${med.id}`, {
      kind: 'allergy',
      substance: 'Ibuprofen',
      version: med.version,
    });
    expect([kindChange.status, kindChange.body.field]).toEqual([400, 'kind']);
    const crossed = await t.call(still, 'PUT', `/api/patients/${maria}/chart/entries/${med.id}`, {
      kind: 'medication',
      name: 'Ibuprofen',
      version: med.version,
    });
    expect(crossed.status).toBe(404);
  });

  it('desk reads the header only; patients read their own and their children’s lists; nobody else writes', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    const d = await chart(desk, maria);
    expect(d.status).toBe(200);
    expect(d.body.header.allergies.state).toBe('recorded');
    expect([d.body.entries, d.body.fromIntake]).toEqual([null, null]);
    expect((await add(maria, { kind: 'allergy', substance: 'Latex' }, desk)).status).toBe(403);
    const mariaLogin = await t.login('maria@demo.clinic');
    const own = await chart(mariaLogin, maria);
    expect(own.status).toBe(200);
    expect(own.body.entries.map((e: { substance?: string }) => e.substance)).toEqual(['Penicillin']);
    expect([own.body.fromIntake, own.body.header.openFlags]).toEqual([null, []]);
    expect((await add(maria, { kind: 'allergy', substance: 'Latex' }, mariaLogin)).status).toBe(403);
    expect((await chart(mariaLogin, alex)).status).toBe(403);
    const sam = await t.login('sam.parent@demo.clinic');
    expect((await chart(sam, noah)).status).toBe(200);
    expect((await chart(sam, maria)).status).toBe(403);
    expect((await t.call(sam, 'GET', `/api/patients/${noah}/timeline`)).status).toBe(403);
    const admin = await t.login('admin@demo.clinic');
    expect((await chart(admin, maria)).status).toBe(403);
  });

  it('writes an audit row for every read and write, allowed or refused', async () => {
    const header = await audits(maria, 'chart-header');
    expect(header).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'front_desk', action: 'chart.header.read', outcome: 'allowed' }),
        expect.objectContaining({ role: 'patient', action: 'chart.header.read', outcome: 'allowed' }),
        expect.objectContaining({ role: 'admin', action: 'chart.header.read', outcome: 'denied' }),
      ]),
    );
    const writes = await audits(maria, 'chart-entry');
    expect(writes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          role: 'physician',
          action: 'chart.write',
          outcome: 'allowed',
          detail: 'add allergy',
        }),
        expect.objectContaining({ role: 'front_desk', action: 'chart.write', outcome: 'denied' }),
        expect.objectContaining({ role: 'patient', action: 'chart.write', outcome: 'denied' }),
      ]),
    );
    expect(await audits(maria, 'chart-allergy-status')).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'chart.write', outcome: 'allowed' })]),
    );
  });
});
