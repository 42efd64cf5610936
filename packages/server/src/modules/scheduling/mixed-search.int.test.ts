import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots, type OpenSlots, type Slot } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';

// One search across any mix of visit types, locations and providers (comma-separated lists).
describe.each(TEST_DATABASES)('availability across a mix on $name', (kind) => {
  let t: TestApp;
  let desk: string;
  let still: string;
  let kim: string;
  let resident: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    desk = await t.login('frontdesk@demo.clinic');
    still = await t.userId('dr.still@demo.clinic');
    kim = await t.userId('dr.kim@demo.clinic');
    resident = await t.userId('resident@demo.clinic');
  });
  afterAll(() => t.close());

  const search = async (params: Record<string, string>) => {
    const qs = new URLSearchParams({ from: '2026-06-01T12:00:00Z', to: '2026-06-03T12:00:00Z', ...params });
    return t.call(desk, 'GET', `/api/availability?${qs.toString()}`);
  };

  it('mixes visit types, locations and providers, each slot saying its visit type, in one order', async () => {
    const r = await search({
      visitType: 'omt-follow-up,infant-omt',
      location: 'loc-cleveland,loc-phoenix',
      provider: `${still},${kim},${resident}`,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    // One group per provider, location and visit type, in that order, with the visit's length and its starts in
    // time order.
    const { groups } = r.body as OpenSlots;
    const order = groups.map((g) => [g.providerId, g.locationId, g.visitType].join('|'));
    expect(order).toEqual([...new Set(order)].sort());
    for (const g of groups) {
      expect(g.minutes).toBe(30); // both visit types last 30 minutes (demo seed)
      expect(g.starts).toEqual([...new Set(g.starts)].sort());
    }
    const slots = expandSlots(r.body);
    const pairs = new Set(slots.map((s) => `${s.visitType}|${s.providerId}|${s.locationId}`));
    expect(pairs).toContain(`omt-follow-up|${still}|loc-cleveland`);
    expect(pairs).toContain(`omt-follow-up|${kim}|loc-phoenix`);
    expect(pairs).toContain(`omt-follow-up|${resident}|loc-cleveland`);
    expect(pairs).toContain(`infant-omt|${still}|loc-cleveland`);
    // Infant OMT is for the physicians only (demo seed): never offered with the resident.
    expect(pairs).not.toContain(`infant-omt|${resident}|loc-cleveland`);
    const sorted = [...slots].sort(
      (a, b) =>
        Date.parse(a.start) - Date.parse(b.start) ||
        (a.providerId < b.providerId ? -1 : a.providerId > b.providerId ? 1 : 0) ||
        (a.visitType < b.visitType ? -1 : 1),
    );
    expect(slots).toEqual(sorted);
    // The same search per visit type gives exactly the same slots.
    const single = async (visitType: string) =>
      (
        await search({
          visitType,
          location: 'loc-cleveland,loc-phoenix',
          provider: `${still},${kim},${resident}`,
        })
      ).body as OpenSlots;
    const apart: Slot[] = [
      ...expandSlots(await single('omt-follow-up')),
      ...expandSlots(await single('infant-omt')),
    ];
    expect(new Set(apart.map((s) => JSON.stringify(s)))).toEqual(
      new Set(slots.map((s) => JSON.stringify(s))),
    );
  });

  it('narrows to the locations asked for', async () => {
    const r = await search({ visitType: 'omt-follow-up', location: 'loc-phoenix' });
    expect(new Set(expandSlots(r.body).map((s) => s.locationId))).toEqual(new Set(['loc-phoenix']));
  });

  it('names the field of a bad list', async () => {
    const unknown = await search({ visitType: 'omt-follow-up,nope' });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ field: 'visitType' });
    expect(unknown.body.message).toContain('nope');
    const tooMany = await search({ visitType: Array.from({ length: 11 }, () => 'consultation').join(',') });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.field).toBe('visitType');
  });
});
