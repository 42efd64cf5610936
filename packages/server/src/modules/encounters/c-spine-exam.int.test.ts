import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import {
  answer,
  bookFollowUp,
  openEncounter,
  patientIdOf,
  submitIntake,
  treatRegions,
  yesTo,
} from '../../test-support/factories';
import { NO_C_SPINE_FINDINGS } from '@omt/domain';

const NO_FINDINGS = NO_C_SPINE_FINDINGS;

describe.each(TEST_DATABASES)('Canadian C-spine rule completed at the exam on $name', (kind) => {
  let t: TestApp;
  let still: string;
  let alex: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    still = await t.login('dr.still@demo.clinic');
    alex = await t.login('alex@demo.clinic');
  });
  afterAll(() => t.close());

  /** A visit whose intake reported neck pain after trauma (plus any more answers); returns the encounter id. */
  async function visit(answers: Parameters<typeof submitIntake>[3] = {}) {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const intake = await submitIntake(t, alex, appt.id, {
      'pain-regions': answer.regions('cervical'),
      ...yesTo('neck', 'significant_trauma'),
      ...answers,
    });
    expect(intake.status).toBe(201);
    return openEncounter(t, 'dr.still@demo.clinic', appt.id);
  }
  const record = (enc: string, body: object, token = still) =>
    t.call(token, 'PUT', `/api/encounters/${enc}/c-spine-exam`, body);
  const flagIds = (body: { redFlags: { id: string }[] }) => body.redFlags.map((f) => f.id).sort();

  it('CR-NECK-6 step 3 unable to rotate: an imaging flag replaces the neck-trauma hold and must be acknowledged', async () => {
    const enc = await visit();
    const before = await t.call(still, 'GET', `/api/encounters/${enc}`);
    expect(flagIds(before.body)).toEqual(['neck_trauma']);
    expect(before.body.cSpine).toEqual({ intakeAnswers: expect.any(Object), exam: null });

    const r = await record(enc, { ...NO_FINDINGS, sittingPosition: true, canRotate45BothWays: false });
    expect(r.status).toBe(200);
    expect(flagIds(r.body)).toEqual(['neck_c_spine_imaging']);
    expect(r.body.redFlags[0]).toMatchObject({
      action: 'imaging',
      imaging: 'cervical spine radiographs / CT',
      message: expect.stringContaining('Unable to actively rotate 45°'),
      source: expect.stringContaining('CR-NECK-6'),
      review: null,
    });
    expect(r.body.cSpine.exam).toMatchObject({ imaging: true, step: 3, sittingPosition: true });
    expect(r.body.omtOnHold).toBe(true);
    await expect(treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar'])).rejects.toThrow(
      /omt_on_hold.*neck_c_spine_imaging/,
    );

    const ack = await t.call(still, 'POST', `/api/encounters/${enc}/red-flag-reviews`, {
      flagId: 'neck_c_spine_imaging',
      decision: 'cleared_for_omt',
      note: 'Radiographs reviewed today: no fracture; cleared.',
    });
    expect(ack.status).toBe(200);
    expect(ack.body.omtOnHold).toBe(false);
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
  });

  it('CR-NECK-6 step 3 rotates 45° both ways: no imaging, and the neck-trauma hold is resolved', async () => {
    const enc = await visit();
    const r = await record(enc, { ...NO_FINDINGS, noMidlineTenderness: true, canRotate45BothWays: true });
    expect(r.status).toBe(200);
    expect(r.body.redFlags).toEqual([]);
    expect(r.body.omtOnHold).toBe(false);
    expect(r.body.cSpine.exam).toMatchObject({ imaging: false, step: 3 });
  });

  it('CR-NECK-6 step 2 no low-risk factor → imaging; recording rotation then is a 400 naming the field', async () => {
    const enc = await visit();
    const bad = await record(enc, { ...NO_FINDINGS, canRotate45BothWays: true });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'validation_failed', field: 'canRotate45BothWays' });
    expect(bad.body.message).toContain('step 2');
    const r = await record(enc, NO_FINDINGS);
    expect(r.body.cSpine.exam).toMatchObject({ imaging: true, step: 2 });
    expect(flagIds(r.body)).toEqual(['neck_c_spine_imaging']);
  });

  it('CR-NECK-6 step 1 at intake: the intake imaging flag stays (with its decision) whatever the exam says', async () => {
    const enc = await visit(yesTo('c-spine', 'dangerous_mechanism'));
    await t.call(still, 'POST', `/api/encounters/${enc}/red-flag-reviews`, {
      flagId: 'neck_c_spine_imaging',
      decision: 'imaging_ordered',
      note: 'CT cervical spine ordered.',
    });
    const r = await record(enc, { ...NO_FINDINGS, sittingPosition: true });
    expect(r.status).toBe(200);
    expect(r.body.cSpine.exam).toMatchObject({ imaging: true, step: 1 });
    expect(flagIds(r.body)).toEqual(['neck_c_spine_imaging']);
    expect(r.body.redFlags[0].review).toMatchObject({ decision: 'imaging_ordered' });
    expect(r.body.omtOnHold).toBe(true);
  });

  it('only physicians record it, only after neck trauma, only on a draft; every attempt is audited', async () => {
    const enc = await visit();
    const resident = await record(enc, NO_FINDINGS, await t.login('resident@demo.clinic'));
    expect(resident.status).toBe(403);
    const missing = await record(enc, { ...NO_FINDINGS, sittingPosition: 'yes' });
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('sittingPosition');

    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    await submitIntake(t, alex, appt.id);
    const noTrauma = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    expect((await t.call(still, 'GET', `/api/encounters/${noTrauma}`)).body.cSpine).toBeNull();
    const refused = await record(noTrauma, NO_FINDINGS);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('no_neck_trauma');

    await record(enc, { ...NO_FINDINGS, sittingPosition: true, canRotate45BothWays: true });
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['cervical']);
    const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {});
    expect(signed.body.note).toContain('Canadian C-spine rule (step 3)');
    expect((await record(enc, NO_FINDINGS)).status).toBe(409);

    const audit = await t.call(
      await t.login('admin@demo.clinic'),
      'GET',
      `/api/audit?patientId=${await patientIdOf(t, 'alex@demo.clinic')}&pageSize=200`,
    );
    expect(audit.body.items).toContainEqual(
      expect.objectContaining({ action: 'clinical.write', resourceType: 'encounter', resourceId: enc }),
    );
  });
});
