import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '@omt/contracts';
import { aftercareFor } from '@omt/domain';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import {
  arriveForVisit,
  bookFollowUp,
  openEncounter,
  submitIntake,
  treatRegions,
  yesTo,
} from '../../test-support/factories';

describe.each(TEST_DATABASES)('no signing over a hold on $name', (kind) => {
  let t: TestApp;
  let still: string;
  let alex: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    still = await t.login('dr.still@demo.clinic');
    alex = await t.login('alex@demo.clinic');
  });
  afterAll(() => t.close());

  const sign = (enc: string, token = still) => t.call(token, 'POST', `/api/encounters/${enc}/sign`, {});
  const review = (enc: string, flagId: string, decision: string) =>
    t.call(still, 'POST', `/api/encounters/${enc}/red-flag-reviews`, {
      flagId,
      decision,
      note: 'Examined at the visit: decision recorded.',
    });

  it('refuses to sign while a red flag is unreviewed (red_flags_unreviewed); a referral with no OMT is signed', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    await submitIntake(t, alex, appt.id, yesTo('low-back', 'saddle_numbness'));
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    const opened = await t.call(still, 'GET', `/api/encounters/${enc}`);
    expect(opened.body.signBlockers.map((b: { code: string }) => b.code)).toEqual(['red_flags_unreviewed']);
    const unreviewed = await sign(enc);
    expect(unreviewed.status).toBe(422);
    expect(unreviewed.body.code).toBe('red_flags_unreviewed');
    expect(unreviewed.body.message).toContain('Possible cauda equina syndrome');
    const flags = opened.body.redFlags as { id: string }[];
    for (const f of flags) await review(enc, f.id, 'referred_emergency');
    // The referral itself must be documented: a note that records no OMT signs under the hold.
    const signed = await sign(enc);
    expect(signed.status).toBe(200);
    expect(signed.body.status).toBe('signed');
    expect(signed.body.treatments).toEqual([]);
  });

  it('refuses to sign a note documenting OMT while OMT is on hold (omt_on_hold) until the treatment is withdrawn or confirmed', async () => {
    for (const decision of ['withdrawn', 'confirmed'] as const) {
      const appt = await bookFollowUp(t, 'alex@demo.clinic');
      await submitIntake(t, alex, appt.id, yesTo('low-back', 'saddle_numbness'));
      const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
      const flags = (await t.call(still, 'GET', `/api/encounters/${enc}`)).body.redFlags as { id: string }[];
      for (const f of flags) await review(enc, f.id, 'cleared_for_omt');
      await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
      // The physician then changes the decision: OMT deferred at this visit.
      for (const f of flags) await review(enc, f.id, 'omt_deferred');
      const held = await sign(enc);
      expect(held.status).toBe(422);
      expect(held.body.code).toBe('omt_on_hold');
      const seen = await t.call(still, 'GET', `/api/encounters/${enc}`);
      expect(seen.body.signBlockers.map((b: { code: string }) => b.code)).toContain('omt_on_hold');
      const treatment = seen.body.treatments[0] as { id: string };
      const decided = await t.call(
        still,
        'POST',
        `/api/encounters/${enc}/treatments/${treatment.id}/review`,
        {
          decision,
          note: 'Decision on the treatment after the hold.',
        },
      );
      expect(decided.status).toBe(200);
      const signed = await sign(enc);
      expect(signed.status).toBe(200);
      expect(signed.body.coding.cpt ?? null).toBe(decision === 'withdrawn' ? null : '98925');
    }
  });

  it('a flag raised after a treatment puts it under review: signing waits for the decision (treatment_under_review)', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    // In the waiting room, after the treatment was recorded, the intake arrives with a red flag.
    expect((await submitIntake(t, alex, appt.id, yesTo('low-back', 'saddle_numbness'))).status).toBe(201);
    const seen = await t.call(still, 'GET', `/api/encounters/${enc}`);
    const treatment = seen.body.treatments[0] as { id: string; flagsAfter: { label: string }[] };
    expect(treatment.flagsAfter.map((f) => f.label)).toContain('Possible cauda equina syndrome');
    for (const f of seen.body.redFlags as { id: string }[]) await review(enc, f.id, 'cleared_for_omt');
    const waiting = await sign(enc);
    expect(waiting.status).toBe(422);
    expect(waiting.body.code).toBe('treatment_under_review');

    const url = `/api/encounters/${enc}/treatments/${treatment.id}/review`;
    const byResident = await t.call(await t.login('resident@demo.clinic'), 'POST', url, {
      decision: 'confirmed',
      note: 'Reviewed the flag; treatment stands.',
    });
    expect(byResident.status).toBe(403);
    const noNote = await t.call(still, 'POST', url, { decision: 'confirmed', note: '' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.field).toBe('note');
    const confirmed = await t.call(still, 'POST', url, {
      decision: 'confirmed',
      note: 'Saddle sensation intact on exam; soft tissue appropriate',
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.treatments[0]).toMatchObject({ flagsAfter: [], review: { decision: 'confirmed' } });
    const audited = await t.handle.db
      .selectFrom('audit_log')
      .select(['outcome', 'action'])
      .where('resource_type', '=', 'treatment-review')
      .where('resource_id', '=', treatment.id)
      .execute();
    expect(audited).toContainEqual({ outcome: 'allowed', action: 'clinical.write' });
    const signed = await sign(enc);
    expect(signed.status).toBe(200);
    expect(signed.body.note).toContain(
      'confirmed after a later red flag — Saddle sensation intact on exam; soft tissue appropriate',
    );
  });

  it('an intake updated in the waiting room with a red flag puts the earlier treatment under review', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    expect((await submitIntake(t, alex, appt.id)).status).toBe(201);
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    const updated = await submitIntake(t, alex, appt.id, yesTo('low-back', 'saddle_numbness'));
    expect(updated.status).toBe(201);
    const seen = await t.call(still, 'GET', `/api/encounters/${enc}`);
    expect(seen.body.treatments[0].flagsAfter.map((f: { id: string }) => f.id)).toEqual(
      seen.body.redFlags.map((f: { id: string }) => f.id),
    );
    for (const f of seen.body.redFlags as { id: string }[]) await review(enc, f.id, 'cleared_for_omt');
    expect((await sign(enc)).body.code).toBe('treatment_under_review');
  });

  it('a treatment withdrawn after a later flag leaves the note and the claim', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    await submitIntake(t, alex, appt.id, yesTo('low-back', 'saddle_numbness'));
    const seen = await t.call(still, 'GET', `/api/encounters/${enc}`);
    for (const f of seen.body.redFlags as { id: string }[]) await review(enc, f.id, 'cleared_for_omt');
    const id = seen.body.treatments[0].id as string;
    const notUnderReview = await t.call(still, 'POST', `/api/encounters/${enc}/treatments/nope/review`, {
      decision: 'withdrawn',
      note: 'entered in error',
    });
    expect(notUnderReview.status).toBe(404);
    const withdrawn = await t.call(still, 'POST', `/api/encounters/${enc}/treatments/${id}/review`, {
      decision: 'withdrawn',
      note: 'Recorded ahead of time; not given after the new flag',
    });
    expect(withdrawn.body.coding.cpt).toBeNull();
    const signed = await sign(enc);
    expect(signed.status).toBe(200);
    expect(signed.body.note).toContain('No OMT given.');
    expect(signed.body.note).toContain('Soft tissue withdrawn after a later red flag');
    const aftercare = await t.call(alex, 'GET', `/api/encounters/${enc}/aftercare`);
    expect(aftercare.body.items.map((i: { id: string }) => i.id)).toEqual(
      aftercareFor({ techniques: [], regions: [], lang: 'en' }).map((i) => i.id),
    );
  });

  it('a treatment recorded with its flags already known needs no decision', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    await submitIntake(t, alex, appt.id, yesTo('low-back', 'saddle_numbness'));
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    const seen = await t.call(still, 'GET', `/api/encounters/${enc}`);
    for (const f of seen.body.redFlags as { id: string }[]) await review(enc, f.id, 'cleared_for_omt');
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    const id = (await t.call(still, 'GET', `/api/encounters/${enc}`)).body.treatments[0].id as string;
    const needless = await t.call(still, 'POST', `/api/encounters/${enc}/treatments/${id}/review`, {
      decision: 'confirmed',
      note: 'nothing to review',
    });
    expect(needless.status).toBe(409);
    expect(needless.body.code).toBe('treatment_not_under_review');
    expect((await sign(enc)).status).toBe(200);
  });
});

describe.each(TEST_DATABASES)('intake and timing follow the visit on $name', (kind) => {
  let t: TestApp;
  let still: string;
  let alex: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    t.clock.now = new Date('2026-10-30T12:00:00Z'); // sessions start in the days before the change
    still = await t.login('dr.still@demo.clinic');
    alex = await t.login('alex@demo.clinic');
  });
  afterAll(() => t.close());

  /** Books Dr. Still's first follow-up on Monday 2 November 2026, the day after New York falls back. */
  async function bookAfterFallBack() {
    t.clock.now = new Date('2026-10-30T12:00:00Z');
    const qs = new URLSearchParams({
      visitType: 'omt-follow-up',
      provider: await t.userId('dr.still@demo.clinic'),
      from: '2026-11-02T05:00:00Z',
      to: '2026-11-03T05:00:00Z',
    });
    const [slot] = expandSlots((await t.call(alex, 'GET', `/api/availability?${qs.toString()}`)).body);
    if (!slot) throw new Error('no slot on 2 November');
    const me = await t.call(alex, 'GET', '/api/me');
    const r = await t.call(alex, 'POST', '/api/appointments', {
      patientId: me.body.user.patients[0].id,
      visitType: 'omt-follow-up',
      providerId: await t.userId('dr.still@demo.clinic'),
      locationId: slot.locationId,
      start: slot.start,
    });
    if (r.status !== 201) throw new Error(`book → ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as { id: string; start: string };
  }
  const open = (id: string) => t.call(still, 'POST', `/api/appointments/${id}/encounter`, {});

  it('opens an encounter only on the visit day in the location zone, across the DST change', async () => {
    const appt = await bookAfterFallBack();
    const early = await open(appt.id);
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('encounter_not_visit_day');
    expect(early.body.message).toContain('2026-11-02');
    // 23:30 on 1 November in Cleveland (EST, UTC−5 since the change); it would be 00:30 on 2 November in EDT.
    t.clock.now = new Date('2026-11-02T04:30:00Z');
    expect((await open(appt.id)).body.code).toBe('encounter_not_visit_day');
    // Midnight EST on 2 November: the visit's day has begun.
    t.clock.now = new Date('2026-11-02T05:00:00Z');
    const opened = await open(appt.id);
    expect(opened.status).toBe(200);
    expect(opened.body.signBlockers.map((b: { code: string }) => b.code)).toEqual(['visit_not_started']);
  });

  it('signs only once the visit started and the patient checked in; signing completes the visit', async () => {
    const appt = await bookAfterFallBack();
    t.clock.now = new Date(Date.parse(appt.start) - 3_600_000);
    const enc = (await open(appt.id)).body.id as string;
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    const early = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {});
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('visit_not_started');
    t.clock.now = new Date(appt.start);
    const notArrived = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {});
    expect(notArrived.status).toBe(422);
    expect(notArrived.body.code).toBe('patient_not_checked_in');
    await arriveForVisit(t, appt.id);
    const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {});
    expect(signed.status).toBe(200);
    expect(signed.body.note).toContain('— 2026-11-02 —');
    const visit = await t.call(still, 'GET', `/api/appointments/${appt.id}`);
    expect(visit.body.status).toBe('completed');
  });

  it('accepts the intake after check-in until the note is signed, then refuses it (409 encounter_signed)', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id); // checks alex in
    expect((await t.call(still, 'GET', `/api/appointments/${appt.id}`)).body.status).toBe('checked_in');
    expect((await submitIntake(t, alex, appt.id)).status).toBe(201);
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    expect((await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {})).status).toBe(200);
    const other = await bookFollowUp(t, 'alex@demo.clinic');
    const otherEnc = await openEncounter(t, 'dr.still@demo.clinic', other.id);
    await treatRegions(t, 'dr.still@demo.clinic', otherEnc, ['lumbar']);
    expect((await t.call(still, 'POST', `/api/encounters/${otherEnc}/sign`, {})).status).toBe(200);
    const late = await submitIntake(t, alex, other.id);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('encounter_signed');
  });
});

describe.each(TEST_DATABASES)('the note says only what happened on $name', (kind) => {
  let t: TestApp;
  let still: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    still = await t.login('dr.still@demo.clinic');
  });
  afterAll(() => t.close());

  it('mentions aftercare only when given and the check-in only when OMT was given', async () => {
    const treated = await bookFollowUp(t, 'alex@demo.clinic');
    const a = await openEncounter(t, 'dr.still@demo.clinic', treated.id);
    await treatRegions(t, 'dr.still@demo.clinic', a, ['lumbar']);
    const withAftercare = await t.call(still, 'POST', `/api/encounters/${a}/sign`, { aftercareGiven: true });
    expect(withAftercare.body.note).toContain('Aftercare instructions given.');
    expect(withAftercare.body.note).toContain('Post-treatment check-in offered in the patient portal.');
    expect(withAftercare.body.note).not.toContain('check-in scheduled');

    const silent = await bookFollowUp(t, 'alex@demo.clinic');
    const b = await openEncounter(t, 'dr.still@demo.clinic', silent.id);
    await treatRegions(t, 'dr.still@demo.clinic', b, ['lumbar']);
    const noAftercare = await t.call(still, 'POST', `/api/encounters/${b}/sign`, {});
    expect(noAftercare.body.note).not.toContain('Aftercare');
    expect(noAftercare.body.note).toContain('Post-treatment check-in offered');

    const untreated = await bookFollowUp(t, 'alex@demo.clinic');
    const c = await openEncounter(t, 'dr.still@demo.clinic', untreated.id);
    const noOmt = await t.call(still, 'POST', `/api/encounters/${c}/sign`, { aftercareGiven: true });
    expect(noOmt.body.note).toContain('No OMT given.');
    expect(noOmt.body.note).not.toMatch(/Aftercare|check-in/);
  });
});

describe.each(TEST_DATABASES)('the running demo on $name', (kind) => {
  it('gives Dr. Still a visit today that opens, signs and completes', async () => {
    const t = await startTestApp(kind, {}, {}, { visitToday: true });
    try {
      const still = await t.login('dr.still@demo.clinic');
      const visit = await t.handle.db
        .selectFrom('appointments')
        .select(['id'])
        .where('status', '=', 'checked_in')
        .executeTakeFirstOrThrow();
      const opened = await t.call(still, 'POST', `/api/appointments/${visit.id}/encounter`, {});
      expect(opened.status).toBe(200);
      expect(opened.body.signBlockers).toEqual([]);
      await treatRegions(t, 'dr.still@demo.clinic', opened.body.id as string, ['lumbar']);
      expect((await t.call(still, 'POST', `/api/encounters/${opened.body.id}/sign`, {})).status).toBe(200);
      expect((await t.call(still, 'GET', `/api/appointments/${visit.id}`)).body.status).toBe('completed');
    } finally {
      await t.close();
    }
  });
});
