import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, openEncounter } from '../../test-support/factories';

describe.each(TEST_DATABASES)('techniques only where they apply on $name', (kind) => {
  let t: TestApp;
  let still: string;
  let encounterId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    still = await t.login('dr.still@demo.clinic');
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    encounterId = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
  });
  afterAll(() => t.close());

  const safety = (technique: string, region: string) =>
    t.call(still, 'GET', `/api/encounters/${encounterId}/safety?technique=${technique}&region=${region}`);

  it.each([
    ['hvla', 'head', 'CR-APPLY-1'],
    ['hvla', 'abdomen', 'CR-APPLY-1'],
    ['cranial', 'lower_extremities', 'CR-APPLY-4'],
    ['visceral', 'cervical', 'CR-APPLY-8'],
  ])(
    'the safety check refuses %s to the %s with 422 technique_not_applicable citing %s',
    async (tech, region, row) => {
      const r = await safety(tech, region);
      expect(r.status).toBe(422);
      expect(r.body).toMatchObject({ code: 'technique_not_applicable', field: 'technique' });
      expect(r.body.message).toContain(row);
    },
  );

  it('pairs that apply still get their verdict', async () => {
    expect((await safety('hvla', 'lumbar')).status).toBe(200);
    expect((await safety('cranial', 'head')).status).toBe(200);
    expect((await safety('lymphatic_pump', 'lower_extremities')).status).toBe(200);
  });

  it('recording HVLA to the abdomen is refused with 422 technique_not_applicable; nothing is recorded', async () => {
    await t.call(still, 'POST', `/api/encounters/${encounterId}/consents`, {
      technique: 'hvla',
      decision: 'given',
      method: 'verbal',
    });
    const r = await t.call(still, 'POST', `/api/encounters/${encounterId}/treatments`, {
      region: 'abdomen',
      technique: 'hvla',
      position: 'supine',
      response: 'improved',
    });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('technique_not_applicable');
    const enc = await t.call(still, 'GET', `/api/encounters/${encounterId}`);
    expect(enc.body.treatments).toEqual([]);
  });
});
