import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { firstSlot, patientIdOf } from '../../test-support/factories';
import { fieldLabel } from '../../http/plain-messages';

/** A complete walk-in registration; override any field. */
function walkIn(overrides: Record<string, unknown> = {}) {
  return {
    givenName: 'Jordan',
    familyName: 'Walker',
    birthDate: '1990-04-15',
    sex: 'female',
    email: 'jordan.walker@example.com',
    phone: '(216) 555-0188',
    preferredLanguage: 'es',
    address: { lines: ['12 Euclid Ave', 'Apt 3'], city: 'Cleveland', state: 'OH', postalCode: '44106' },
    emergencyContact: { name: 'Pat Walker', phone: '216-555-0199', relationship: 'spouse' },
    insurance: { payer: 'Medical Mutual', memberId: 'MM123456', groupId: 'G-77' },
    guardians: [],
    ...overrides,
  };
}

describe.each(TEST_DATABASES)('front-desk registration on $name', (kind) => {
  let t: TestApp;
  let desk: string;
  const count = async () =>
    Number(
      (
        await t.handle.db
          .selectFrom('patients')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const auditOf = (patientId: string) =>
    t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('patient_id', '=', patientId)
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    t = await startTestApp(kind);
    desk = await t.login('frontdesk@demo.clinic');
  });
  afterAll(() => t.close());

  it('registers a walk-in (201) with every field, reads it back, and audits the write', async () => {
    const r = await t.call(desk, 'POST', '/api/patients', walkIn());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      name: 'Jordan Walker',
      birthDate: '1990-04-15',
      sex: 'female',
      email: 'jordan.walker@example.com',
      phone: '(216) 555-0188',
      preferredLanguage: 'es',
      address: { lines: ['12 Euclid Ave', 'Apt 3'], city: 'Cleveland', state: 'OH', postalCode: '44106' },
      emergencyContact: { name: 'Pat Walker', phone: '216-555-0199', relationship: 'spouse' },
      insurance: { payer: 'Medical Mutual', memberId: 'MM123456', groupId: 'G-77' },
      guardians: [],
      version: 0,
      active: true,
    });
    const read = await t.call(desk, 'GET', `/api/patients/${r.body.id}`);
    expect(read.body).toEqual(r.body);
    const audit = await auditOf(r.body.id);
    expect(audit).toContainEqual(
      expect.objectContaining({ action: 'demographics.write', outcome: 'allowed', detail: null }),
    );
  });

  it.each([
    ['givenName', { givenName: '  ' }],
    ['familyName', { familyName: undefined }],
    ['birthDate', { birthDate: '1990-02-30' }],
    ['birthDate', { birthDate: '2026-06-02' }],
    ['birthDate', { birthDate: '1899-12-31' }],
    ['sex', { sex: 'x' }],
    ['email', { email: 'not-an-email' }],
    ['phone', { phone: '555-01' }],
    ['phone', { phone: '216 555 0188 ext. 4' }],
    ['preferredLanguage', { preferredLanguage: 'fr' }],
    ['address.lines', { address: { lines: [], city: 'Cleveland', state: 'OH', postalCode: '44106' } }],
    [
      'address.postalCode',
      { address: { lines: ['1 Main'], city: 'Cleveland', state: 'OH', postalCode: '#' } },
    ],
    ['emergencyContact.phone', { emergencyContact: { name: 'Pat', phone: 'none', relationship: 'spouse' } }],
    ['insurance.memberId', { insurance: { payer: 'Aetna', memberId: '' } }],
    ['guardians', { birthDate: '2015-01-01' }],
    ['guardians.0.relationship', { guardians: [{ name: 'Sam', relationship: 'uncle' }] }],
    [
      'guardians.0.portalAccountEmail',
      {
        birthDate: '2015-01-01',
        guardians: [{ name: 'Sam', relationship: 'parent', portalAccountEmail: 'nobody@example.com' }],
      },
    ],
    ['nickname', { nickname: 'JJ' }],
  ])('refuses a bad %s with 400 naming it, and saves nothing', async (field, overrides) => {
    const before = await count();
    const r = await t.call(desk, 'POST', '/api/patients', walkIn({ givenName: 'Refused', ...overrides }));
    expect(r.status).toBe(400);
    expect(r.body.field).toBe(field);
    expect(r.body.message.slice(0, fieldLabel(field).length)).toBe(fieldLabel(field));
    expect(await count()).toBe(before);
  });

  it('a patient login may not register anyone (403, nothing saved)', async () => {
    const before = await count();
    const r = await t.call(
      await t.login('alex@demo.clinic'),
      'POST',
      '/api/patients',
      walkIn({ email: null, phone: null, givenName: 'Nope' }),
    );
    expect(r.status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('warns of possible duplicates (409 with masked matches) and registers with a reason, audited', async () => {
    const first = await t.call(
      desk,
      'POST',
      '/api/patients',
      walkIn({ givenName: 'Casey', familyName: 'Moreno', email: 'casey@example.com', phone: '440 555 0123' }),
    );
    expect(first.status).toBe(201);
    const before = await count();
    const cases = [
      [{ givenName: 'CASEY', familyName: 'moreno', email: null, phone: null }, 'name_and_birth_date'],
      [{ givenName: 'K', familyName: 'Other', email: ' Casey@Example.com', phone: null }, 'email'],
      [{ givenName: 'K', familyName: 'Other', email: null, phone: '+1 (440) 555-0123' }, 'phone'],
    ] as const;
    for (const [overrides, matchedOn] of cases) {
      const r = await t.call(desk, 'POST', '/api/patients', walkIn(overrides));
      expect(r.status).toBe(409);
      expect(r.body.code).toBe('possible_duplicate');
      expect(r.body.field).toBe('duplicateReason');
      expect(r.body.details.matches).toEqual([
        {
          id: first.body.id,
          name: 'Casey Moreno',
          birthDate: '1990-04-15',
          email: 'c***@example.com',
          phone: '***-***-0123',
          matchedOn: [matchedOn],
        },
      ]);
    }
    expect(await count()).toBe(before);
    const short = await t.call(
      desk,
      'POST',
      '/api/patients',
      walkIn({ ...cases[0][0], duplicateReason: 'no' }),
    );
    expect(short.status).toBe(400);
    expect(short.body.field).toBe('duplicateReason');
    const anyway = await t.call(
      desk,
      'POST',
      '/api/patients',
      walkIn({ ...cases[0][0], duplicateReason: 'Twin sister, different insurance' }),
    );
    expect(anyway.status).toBe(201);
    expect(await count()).toBe(before + 1);
    expect(await auditOf(anyway.body.id)).toContainEqual(
      expect.objectContaining({
        action: 'demographics.write',
        outcome: 'allowed',
        detail: `registered despite possible duplicates ${first.body.id}: Twin sister, different insurance`,
      }),
    );
  });

  it('a minor is registered with a guardian, whose portal login may then act for the child', async () => {
    const r = await t.call(
      desk,
      'POST',
      '/api/patients',
      walkIn({
        givenName: 'Lily',
        familyName: 'Parent',
        birthDate: '2020-03-01',
        email: null,
        phone: null,
        guardians: [
          {
            name: 'Sam Parent',
            relationship: 'parent',
            phone: '216 555 0100',
            portalAccountEmail: 'SAM.PARENT@demo.clinic',
          },
        ],
      }),
    );
    expect(r.status).toBe(201);
    expect(r.body.guardians).toEqual([
      {
        name: 'Sam Parent',
        relationship: 'parent',
        phone: '216 555 0100',
        email: null,
        portalAccount: { userId: await t.userId('sam.parent@demo.clinic'), email: 'sam.parent@demo.clinic' },
      },
    ]);
    const sam = await t.call(await t.login('sam.parent@demo.clinic'), 'GET', `/api/patients/${r.body.id}`);
    expect(sam.status).toBe(200);
  });

  it('an edit carries the version it read: the second of two edits from one read is a 409 stale_patient', async () => {
    const created = await t.call(
      desk,
      'POST',
      '/api/patients',
      walkIn({ givenName: 'Robin', familyName: 'Edits', email: 'robin@example.com', phone: null }),
    );
    const { id, version } = created.body;
    const edit = (body: object) =>
      t.call(desk, 'PUT', `/api/patients/${id}`, {
        ...walkIn({ givenName: 'Robin', familyName: 'Edits', email: 'robin@example.com', phone: null }),
        ...body,
      });
    const first = await edit({ version, phone: '216-555-0142', preferredLanguage: 'en' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      phone: '216-555-0142',
      preferredLanguage: 'en',
      version: version + 1,
    });
    const stale = await edit({ version, familyName: 'Lost' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'stale_patient', field: 'version' });
    expect((await t.call(desk, 'GET', `/api/patients/${id}`)).body.familyName).toBe('Edits');
    const bad = await edit({ version: version + 1, email: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('email');
    // The edit keeps the search keys current.
    expect(
      (await t.call(desk, 'GET', '/api/patients?q=2165550142')).body.map((p: { id: string }) => p.id),
    ).toEqual([id]);
  });

  it('editing Noah keeps his guardian portal link (a minor needs no guardian typed in when one is linked)', async () => {
    const noah = await patientIdOf(t, 'sam.parent@demo.clinic');
    const read = (await t.call(desk, 'GET', `/api/patients/${noah}`)).body;
    const r = await t.call(desk, 'PUT', `/api/patients/${noah}`, {
      givenName: read.givenName,
      familyName: read.familyName,
      birthDate: read.birthDate,
      sex: read.sex,
      phone: '216 555 0100',
      version: read.version,
    });
    expect(r.status).toBe(200);
    expect(
      (await t.call(await t.login('sam.parent@demo.clinic'), 'GET', `/api/patients/${noah}`)).status,
    ).toBe(200);
  });

  it('a deactivated patient keeps their record but cannot be booked (422)', async () => {
    const created = await t.call(
      desk,
      'POST',
      '/api/patients',
      walkIn({ givenName: 'Drew', familyName: 'Gone', email: 'drew@example.com', phone: null }),
    );
    const id = created.body.id as string;
    const noReason = await t.call(desk, 'POST', `/api/patients/${id}/deactivate`, { reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.field).toBe('reason');
    const r = await t.call(desk, 'POST', `/api/patients/${id}/deactivate`, { reason: 'Moved out of state' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      active: false,
      deactivationReason: 'Moved out of state',
      deactivatedAt: '2026-06-01T12:00:00Z',
    });
    expect(
      (await t.call(desk, 'POST', `/api/patients/${id}/deactivate`, { reason: 'again please' })).status,
    ).toBe(409);
    const slot = await firstSlot(t, desk, 'consultation');
    const book = await t.call(desk, 'POST', '/api/appointments', {
      patientId: id,
      visitType: 'consultation',
      providerId: slot.providerId,
      locationId: slot.locationId,
      start: slot.start,
    });
    expect(book.status).toBe(422);
    expect(book.body).toMatchObject({ code: 'patient_inactive', field: 'patientId' });
    const series = await t.call(desk, 'POST', '/api/appointments/series', {
      patientId: id,
      visitType: 'consultation',
      providerId: slot.providerId,
      locationId: slot.locationId,
      start: slot.start,
      count: 2,
    });
    expect(series.status).toBe(422);
    expect(series.body.code).toBe('patient_inactive');
    const waitlist = await t.call(desk, 'POST', '/api/waitlist', {
      patientId: id,
      visitType: 'consultation',
      locationId: slot.locationId,
      notBefore: '2026-06-02T12:00:00Z',
      notAfter: '2026-06-05T23:00:00Z',
    });
    expect(waitlist.status).toBe(422);
    expect(waitlist.body.code).toBe('patient_inactive');
    expect((await t.call(desk, 'GET', `/api/patients/${id}`)).body.active).toBe(false);
  });

  it('a physician may not register, edit or deactivate (403, audited as denied)', async () => {
    const still = await t.login('dr.still@demo.clinic');
    const alex = await patientIdOf(t, 'alex@demo.clinic');
    const r = await t.call(still, 'POST', `/api/patients/${alex}/deactivate`, { reason: 'not mine to do' });
    expect(r.status).toBe(403);
    expect(await auditOf(alex)).toContainEqual(
      expect.objectContaining({ action: 'demographics.write', outcome: 'denied' }),
    );
    expect((await t.call(still, 'GET', `/api/patients/${alex}`)).body.active).toBe(true);
  });
});
