import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';

// Who may perform a visit type: the demo seeds infant and child OMT for the two physicians only.
describe.each(TEST_DATABASES)('who performs a visit type on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  let desk: string;
  let resident: string;
  let still: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.login('admin@demo.clinic');
    desk = await t.login('frontdesk@demo.clinic');
    resident = await t.userId('resident@demo.clinic');
    still = await t.userId('dr.still@demo.clinic');
  });
  afterAll(() => t.close());

  const providersOffering = async (visitType: string, provider?: string) => {
    const qs = new URLSearchParams({
      visitType,
      from: '2026-06-01T12:00:00Z',
      to: '2026-06-03T12:00:00Z',
      ...(provider ? { provider } : {}),
    });
    const r = await t.call(desk, 'GET', `/api/availability?${qs.toString()}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return new Set(expandSlots(r.body).map((s) => s.providerId));
  };

  it('offers a visit type only with the providers who perform it', async () => {
    const types = (await t.call(desk, 'GET', '/api/visit-types')).body as {
      id: string;
      performerIds: string[];
    }[];
    expect(types.find((v) => v.id === 'infant-omt')?.performerIds).toContain(still);
    expect(types.find((v) => v.id === 'omt-follow-up')?.performerIds).toEqual([]);
    expect(await providersOffering('omt-follow-up')).toContain(resident);
    const infant = await providersOffering('infant-omt');
    expect(infant).toContain(still);
    expect(infant).not.toContain(resident);
    expect((await providersOffering('infant-omt', resident)).size).toBe(0);
  });

  it('refuses to book it with anyone else, naming the provider field, even as a staff override', async () => {
    const noah = await patientIdOf(t, 'sam.parent@demo.clinic');
    for (const override of [undefined, { reason: 'parent asked for the resident' }]) {
      const r = await t.call(desk, 'POST', '/api/appointments', {
        patientId: noah,
        visitType: 'infant-omt',
        providerId: resident,
        locationId: 'loc-cleveland',
        start: '2026-06-02T14:00:00Z',
        ...(override ? { override } : {}),
      });
      expect(r.status).toBe(422);
      expect(r.body).toMatchObject({ code: 'provider_not_qualified', field: 'providerId' });
    }
  });

  it('lets the admin name the performers, checking each is a provider; left out, they stay', async () => {
    const current = (await t.call(admin, 'GET', '/api/visit-types')).body as Record<string, unknown>[];
    const followUp = current.find((v) => v.id === 'omt-follow-up') as Record<string, unknown>;
    const { id: _id, performerIds: _p, ...rules } = followUp;
    const bad = await t.call(admin, 'PUT', '/api/visit-types/omt-follow-up', {
      ...rules,
      performerIds: [still, 'not-a-provider'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('performerIds.1');
    const set = await t.call(admin, 'PUT', '/api/visit-types/omt-follow-up', {
      ...rules,
      performerIds: [still],
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.performerIds).toEqual([still]);
    expect(await providersOffering('omt-follow-up')).toEqual(new Set([still]));
    const unchanged = await t.call(admin, 'PUT', '/api/visit-types/omt-follow-up', rules);
    expect(unchanged.body.performerIds).toEqual([still]);
    const everyone = await t.call(admin, 'PUT', '/api/visit-types/omt-follow-up', {
      ...rules,
      performerIds: [],
    });
    expect(everyone.body.performerIds).toEqual([]);
    expect(await providersOffering('omt-follow-up')).toContain(resident);
  });
});
