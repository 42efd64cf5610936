import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK } from '@omt/fhir';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, openEncounter, submitIntake, treatRegions } from '../../test-support/factories';

describe.each(TEST_DATABASES)('the signed note reads cleanly on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('a chief complaint typed with its own full stop is not followed by a second one', async () => {
    t.clock.now = TEST_NOW;
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const alex = await t.login('alex@demo.clinic');
    const intake = await submitIntake(t, alex, appt.id, {
      [LINK.chiefComplaint]: [{ valueString: 'Low back pain, worse sitting..  ' }],
    });
    expect(intake.status, JSON.stringify(intake.body)).toBe(201);
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    const still = await t.login('dr.still@demo.clinic');
    const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {});
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    const note = String(signed.body.note);
    expect(note).toContain('S: Low back pain, worse sitting. Pain 6/10 in ');
    expect(note).not.toMatch(/\.\./);
  });
});
