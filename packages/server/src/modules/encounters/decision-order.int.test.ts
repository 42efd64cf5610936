import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, openEncounter, submitIntake, yesTo } from '../../test-support/factories';

/** Decisions recorded in the same second (the clock stands still here): the later one always wins. */
describe.each(TEST_DATABASES)('decision histories ordered by sequence on $name', (kind) => {
  let t: TestApp;
  let still: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    still = await t.login('dr.still@demo.clinic');
  });
  afterAll(() => t.close());

  it('20 back-to-back given→refused pairs are always refused; refused→given always allowed', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    const consent = (decision: 'given' | 'refused') =>
      t.call(still, 'POST', `/api/encounters/${enc}/consents`, {
        technique: 'soft_tissue',
        decision,
        method: 'verbal',
      });
    const verdict = async () =>
      (await t.call(still, 'GET', `/api/encounters/${enc}/safety?technique=soft_tissue&region=lumbar`)).body
        .verdict as string;
    for (let i = 0; i < 20; i++) {
      expect((await consent('given')).status).toBe(201);
      expect((await consent('refused')).status).toBe(201);
      expect(await verdict(), `given→refused pair ${i}`).toBe('blocked');
      expect((await consent('given')).status).toBe(201);
      expect(await verdict(), `refused→given pair ${i}`).toBe('allowed');
    }
    const shown = (await t.call(still, 'GET', `/api/encounters/${enc}`)).body.consents as {
      decision: string;
    }[];
    expect(shown).toHaveLength(60);
    expect(shown.map((c) => c.decision).slice(0, 3)).toEqual(['given', 'refused', 'given']);
  });

  it('a treatment is refused after given→refused and recorded after refused→given, 20 times over', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    const consent = (decision: 'given' | 'refused') =>
      t.call(still, 'POST', `/api/encounters/${enc}/consents`, {
        technique: 'muscle_energy',
        decision,
        method: 'verbal',
      });
    const treat = () =>
      t.call(still, 'POST', `/api/encounters/${enc}/treatments`, {
        region: 'lumbar',
        technique: 'muscle_energy',
        position: 'seated',
        response: 'improved',
      });
    for (let i = 0; i < 20; i++) {
      await consent('given');
      await consent('refused');
      const refused = await treat();
      expect(refused.status, `given→refused pair ${i}`).toBe(422);
      expect(refused.body.code).toBe('technique_blocked');
      await consent('given');
      expect((await treat()).status, `refused→given pair ${i}`).toBe(201);
    }
  });

  it('the latest red-flag review wins, 20 times over in the same second', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    await submitIntake(t, await t.login('alex@demo.clinic'), appt.id, yesTo('low-back', 'saddle_numbness'));
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    const flagId = (await t.call(still, 'GET', `/api/encounters/${enc}`)).body.redFlags[0].id as string;
    const review = (decision: string) =>
      t.call(still, 'POST', `/api/encounters/${enc}/red-flag-reviews`, {
        flagId,
        decision,
        note: 'Examined at the visit.',
      });
    for (let i = 0; i < 20; i++) {
      expect((await review('cleared_for_omt')).body.omtOnHold, `cleared→deferred ${i}`).toBe(false);
      expect((await review('omt_deferred')).body.omtOnHold, `cleared→deferred ${i}`).toBe(true);
    }
  });
});
