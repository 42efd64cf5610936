import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { firstSlot, patientIdOf } from '../../test-support/factories';
import { localDateTime, zonedToInstant } from '@omt/domain';

describe.each(TEST_DATABASES)('visit types fit the patient on $name', (kind) => {
  let t: TestApp;
  let desk: string;
  let still: string;
  const ids: Record<'alex' | 'maria' | 'noah', string> = { alex: '', maria: '', noah: '' };
  beforeAll(async () => {
    t = await startTestApp(kind);
    desk = await t.login('frontdesk@demo.clinic');
    still = await t.login('dr.still@demo.clinic');
    ids.alex = await patientIdOf(t, 'alex@demo.clinic');
    ids.maria = await patientIdOf(t, 'maria@demo.clinic');
    ids.noah = await patientIdOf(t, 'sam.parent@demo.clinic');
  });
  afterAll(() => t.close());

  const offered = async (token: string, patientId: string) =>
    ((await t.call(token, 'GET', `/api/visit-types?patientId=${patientId}`)).body as { id: string }[]).map(
      (v) => v.id,
    );
  const book = async (token: string, patientId: string, visitType: string) => {
    const slot = await firstSlot(t, desk, visitType, { provider: await t.userId('dr.still@demo.clinic') });
    return t.call(token, 'POST', '/api/appointments', {
      patientId,
      visitType,
      providerId: slot.providerId,
      locationId: slot.locationId,
      start: slot.start,
    });
  };

  it('the list for a patient offers only what fits: pregnancy OMT to Maria, infant OMT to Noah, neither to Alex', async () => {
    expect(await offered(desk, ids.maria)).toContain('pregnancy-omt');
    expect(await offered(desk, ids.maria)).not.toContain('infant-omt');
    expect(await offered(desk, ids.noah)).toContain('infant-omt');
    expect(await offered(desk, ids.noah)).not.toContain('pregnancy-omt');
    const alex = await offered(await t.login('alex@demo.clinic'), ids.alex);
    expect(alex).not.toContain('pregnancy-omt');
    expect(alex).not.toContain('infant-omt');
    expect(alex).toContain('omt-follow-up');
    const all = (await t.call(desk, 'GET', '/api/visit-types')).body as {
      id: string;
      eligibility: unknown;
    }[];
    expect(all.find((v) => v.id === 'pregnancy-omt')?.eligibility).toEqual({
      minAgeDays: null,
      maxAgeDays: null,
      requiresPregnancy: true,
    });
  });

  it('another family cannot list visit types for a patient not theirs', async () => {
    const r = await t.call(
      await t.login('alex@demo.clinic'),
      'GET',
      `/api/visit-types?patientId=${ids.noah}`,
    );
    expect(r.status).toBe(403);
  });

  it.each([
    [
      'pregnancy OMT for a patient not recorded pregnant (desk)',
      'alex',
      'pregnancy-omt',
      'recorded as pregnant',
    ],
    ['infant and child OMT for an adult (desk)', 'alex', 'infant-omt', 'younger than 18 years'],
    ['pregnancy OMT for an infant (desk)', 'noah', 'pregnancy-omt', 'recorded as pregnant'],
  ] as const)('booking %s is a 422 visit_type_not_eligible', async (_name, who, visitType, why) => {
    const r = await book(desk, ids[who], visitType);
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'visit_type_not_eligible', field: 'visitType' });
    expect(r.body.message).toContain(why);
  });

  it('the patient booking in the portal is refused the same way', async () => {
    const r = await book(await t.login('alex@demo.clinic'), ids.alex, 'pregnancy-omt');
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('visit_type_not_eligible');
  });

  it('joining the waitlist for a visit type that does not fit is refused the same way', async () => {
    const from = new Date(t.clock.now.getTime() + 86_400_000).toISOString();
    const to = new Date(t.clock.now.getTime() + 8 * 86_400_000).toISOString();
    const r = await t.call(await t.login('alex@demo.clinic'), 'POST', '/api/waitlist', {
      patientId: ids.alex,
      visitType: 'infant-omt',
      notBefore: from,
      notAfter: to,
    });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('visit_type_not_eligible');
  });

  it('a series of pregnancy OMT for a patient not pregnant is refused, and nothing is booked', async () => {
    const slot = await firstSlot(t, desk, 'pregnancy-omt');
    const r = await t.call(desk, 'POST', '/api/appointments/series', {
      patientId: ids.alex,
      visitType: 'pregnancy-omt',
      providerId: slot.providerId,
      locationId: slot.locationId,
      start: slot.start,
      count: 3,
    });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('visit_type_not_eligible');
    const appts = await t.handle.db
      .selectFrom('appointments')
      .select('id')
      .where('patient_id', '=', ids.alex)
      .where('visit_type', '=', 'pregnancy-omt')
      .execute();
    expect(appts).toEqual([]);
  });

  it('fitting patients book: Maria pregnancy OMT, Noah infant OMT; moving Maria once no longer pregnant is refused', async () => {
    expect((await book(desk, ids.noah, 'infant-omt')).status).toBe(201);
    const maria = await book(desk, ids.maria, 'pregnancy-omt');
    expect(maria.status, JSON.stringify(maria.body)).toBe(201);
    const p = (await t.call(still, 'GET', `/api/patients/${ids.maria}`)).body;
    const cleared = await t.call(still, 'PUT', `/api/patients/${ids.maria}/factors`, {
      ...p.factors,
      pregnant: false,
      pregnancyWeeks: null,
      version: p.factorsVersion,
    });
    expect(cleared.status).toBe(200);
    const later = new Date(Date.parse(maria.body.start) + 7 * 86_400_000).toISOString().replace('.000Z', 'Z');
    const moved = await t.call(desk, 'POST', `/api/appointments/${maria.body.id}/reschedule`, {
      start: later,
    });
    expect(moved.status).toBe(422);
    expect(moved.body.code).toBe('visit_type_not_eligible');
  });

  it('the admin sets who a visit type is for; bookings follow at once, and a range upside down is a 400', async () => {
    const admin = await t.login('admin@demo.clinic');
    const current = ((await t.call(admin, 'GET', '/api/visit-types')).body as Record<string, unknown>[]).find(
      (v) => v.id === 'omt-follow-up',
    ) as Record<string, unknown>;
    const { id: _id, ...rules } = current;
    const bad = await t.call(admin, 'PUT', '/api/visit-types/omt-follow-up', {
      ...rules,
      eligibility: { minAgeDays: 800, maxAgeDays: 700, requiresPregnancy: false },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('eligibility.minAgeDays');
    const r = await t.call(admin, 'PUT', '/api/visit-types/omt-follow-up', {
      ...rules,
      eligibility: { minAgeDays: 730, maxAgeDays: null, requiresPregnancy: false },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.eligibility).toEqual({ minAgeDays: 730, maxAgeDays: null, requiresPregnancy: false });
    const noah = await book(desk, ids.noah, 'omt-follow-up');
    expect(noah.status).toBe(422);
    expect(noah.body.message).toContain('2 years or more');
    expect(await offered(desk, ids.noah)).not.toContain('omt-follow-up');
  });

  it("the age counts on the visit's local day: a baby at the maximum age books a 20:00 Phoenix visit (already the next day in UTC)", async () => {
    const admin = await t.login('admin@demo.clinic');
    const phoenix = (
      (await t.call(desk, 'GET', '/api/locations')).body as { id: string; timeZone: string }[]
    ).find((l) => l.timeZone === 'America/Phoenix');
    if (!phoenix) throw new Error('no Phoenix location in the demo clinic');
    const day = localDateTime(
      new Date(t.clock.now.getTime() + 3 * 86_400_000).toISOString(),
      phoenix.timeZone,
    ).date;
    const birth = (await t.call(still, 'GET', `/api/patients/${ids.noah}`)).body.birthDate as string;
    const ageOnDay = Math.round((Date.parse(day) - Date.parse(birth)) / 86_400_000);
    const current = ((await t.call(admin, 'GET', '/api/visit-types')).body as Record<string, unknown>[]).find(
      (v) => v.id === 'omt-follow-up',
    ) as Record<string, unknown>;
    const { id: _id, ...rules } = current;
    const set = await t.call(admin, 'PUT', '/api/visit-types/omt-follow-up', {
      ...rules,
      eligibility: { minAgeDays: null, maxAgeDays: ageOnDay, requiresPregnancy: false },
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);

    const evening = zonedToInstant(day, '20:00', phoenix.timeZone);
    expect(evening.slice(0, 10)).not.toBe(day); // the UTC date is already the next day
    const kim = await t.userId('dr.kim@demo.clinic');
    const at = (start: string) => ({
      patientId: ids.noah,
      visitType: 'omt-follow-up',
      providerId: kim,
      locationId: phoenix.id,
      start,
      override: { reason: 'evening visit agreed with the family' },
    });
    const booked = await t.call(desk, 'POST', '/api/appointments', at(evening));
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);

    const nextMorning = zonedToInstant(
      localDateTime(new Date(Date.parse(evening) + 86_400_000).toISOString(), phoenix.timeZone).date,
      '09:00',
      phoenix.timeZone,
    );
    const tooOld = await t.call(desk, 'POST', '/api/appointments', at(nextMorning));
    expect(tooOld.status).toBe(422);
    expect(tooOld.body.code).toBe('visit_type_not_eligible');

    const waitlist = await t.call(await t.login('sam.parent@demo.clinic'), 'POST', '/api/waitlist', {
      patientId: ids.noah,
      visitType: 'omt-follow-up',
      locationId: phoenix.id,
      notBefore: zonedToInstant(day, '19:00', phoenix.timeZone),
      notAfter: zonedToInstant(day, '21:00', phoenix.timeZone),
    });
    expect(waitlist.status, JSON.stringify(waitlist.body)).toBe(201);
  });

  it('a waitlist entry for an unknown location is a 400 naming locationId', async () => {
    const r = await t.call(await t.login('sam.parent@demo.clinic'), 'POST', '/api/waitlist', {
      patientId: ids.noah,
      visitType: 'infant-omt',
      locationId: 'nowhere',
      notBefore: new Date(t.clock.now.getTime() + 86_400_000).toISOString(),
      notAfter: new Date(t.clock.now.getTime() + 2 * 86_400_000).toISOString(),
    });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({
      field: 'locationId',
      message: expect.stringContaining('unknown location'),
    });
  });
});
