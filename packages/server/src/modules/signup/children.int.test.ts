import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { firstSlot, patientIdOf } from '../../test-support/factories';

const CHILD = { givenName: 'Lily', familyName: 'Rivera', birthDate: '2019-09-14', sex: 'female' };

describe.each(TEST_DATABASES)('a parent adds a child on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const patientCount = async () => (await t.handle.db.selectFrom('patients').select('id').execute()).length;

  it('records the child with the parent as guardian (audited), who sees the child and books for them', async () => {
    const parent = await t.login('alex@demo.clinic');
    const r = await t.call(parent, 'POST', '/api/me/children', CHILD);
    expect(r.status).toBe(201);
    const child = r.body.user.patients.find((p: { name: string }) => p.name === 'Lily Rivera');
    expect(child).toMatchObject({ relationship: 'guardian', birthDate: '2019-09-14' });
    const access = await t.handle.db
      .selectFrom('patient_access')
      .selectAll()
      .where('patient_id', '=', child.id)
      .execute();
    expect(access).toEqual([
      { user_id: await t.userId('alex@demo.clinic'), patient_id: child.id, relationship: 'guardian' },
    ]);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('patient_id', '=', child.id)
      .execute();
    expect(audit[0]).toMatchObject({
      action: 'registration.self',
      outcome: 'allowed',
      detail: 'added by a parent in the portal',
    });
    const record = await t.call(parent, 'GET', `/api/patients/${child.id}`);
    expect(record.status).toBe(200);
    expect(record.body.guardians).toEqual([
      expect.objectContaining({
        name: 'Alex Rivera',
        relationship: 'parent',
        portalAccount: { userId: await t.userId('alex@demo.clinic'), email: 'alex@demo.clinic' },
      }),
    ]);
    const slot = await firstSlot(t, parent, 'consultation');
    const booked = await t.call(parent, 'POST', '/api/appointments', {
      patientId: child.id,
      visitType: 'consultation',
      providerId: slot.providerId,
      locationId: slot.locationId,
      start: slot.start,
    });
    expect(booked.status).toBe(201);
    expect(booked.body.patientName).toBe('Lily Rivera');
  });

  it("lets the guardian see their child's record and no other patient's", async () => {
    const sam = await t.login('sam.parent@demo.clinic');
    const r = await t.call(sam, 'POST', '/api/me/children', {
      ...CHILD,
      givenName: 'Ava',
      familyName: 'Parent',
    });
    expect(r.status).toBe(201);
    const ava = r.body.user.patients.find((p: { name: string }) => p.name === 'Ava Parent');
    expect((await t.call(sam, 'GET', `/api/patients/${ava.id}`)).status).toBe(200);
    const maria = await patientIdOf(t, 'maria@demo.clinic');
    expect((await t.call(sam, 'GET', `/api/patients/${maria}`)).status).toBe(403);
    const alex = await t.login('alex@demo.clinic');
    expect((await t.call(alex, 'GET', `/api/patients/${ava.id}`)).status).toBe(403);
  });

  it('refuses a "child" of 18 or more, a bad field, and staff, saving nothing', async () => {
    const parent = await t.login('maria@demo.clinic');
    const before = await patientCount();
    for (const [body, field, rule] of [
      [{ ...CHILD, birthDate: '2008-06-01' }, 'birthDate', 'under 18'],
      [{ ...CHILD, birthDate: '2027-01-01' }, 'birthDate', 'future'],
      [{ ...CHILD, givenName: '' }, 'givenName', 'is required'],
      [{ ...CHILD, sex: 'boy' }, 'sex', 'female, male'],
      [{ ...CHILD, email: 'kid@example.org' }, 'email', ''],
    ] as const) {
      const r = await t.call(parent, 'POST', '/api/me/children', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body).toMatchObject({ code: 'validation_failed', field });
      expect(r.body.message).toContain(rule);
    }
    const desk = await t.login('frontdesk@demo.clinic');
    expect((await t.call(desk, 'POST', '/api/me/children', CHILD)).status).toBe(403);
    expect((await t.call(null, 'POST', '/api/me/children', CHILD)).status).toBe(401);
    expect(await patientCount()).toBe(before);
  });

  it('flags a child matching a registered patient by name and birth date for the desk', async () => {
    const desk = await t.login('frontdesk@demo.clinic');
    const noah = (await t.call(desk, 'GET', '/api/patients?q=Noah Parent')).body[0];
    const maria = await t.login('maria@demo.clinic');
    const r = await t.call(maria, 'POST', '/api/me/children', {
      givenName: 'Noah',
      familyName: 'Parent',
      birthDate: noah.birthDate,
      sex: 'male',
    });
    expect(r.status).toBe(201);
    const added = r.body.user.patients.find((p: { relationship?: string }) => p.relationship === 'guardian');
    expect(added.id).not.toBe(noah.id);
    const seen = (await t.call(desk, 'GET', `/api/patients/${added.id}`)).body;
    expect(seen.duplicateReview.matchIds).toEqual([noah.id]);
  });
});
