import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { LINK } from '@omt/fhir';
import { answer, bookFollowUp, buildIntake, submitIntake, yesTo } from '../../test-support/factories';

function linkIds(items: { linkId: string; item?: unknown[] }[] = []): string[] {
  return items.flatMap((i) => [i.linkId, ...linkIds(i.item as { linkId: string }[] | undefined)]);
}

describe.each(TEST_DATABASES)('intake as a FHIR Questionnaire on $name', (kind) => {
  let t: TestApp;
  let alex: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    alex = await t.login('alex@demo.clinic');
  });
  afterAll(() => t.close());

  it('tailors the Questionnaire: infant section for Noah, pregnancy for Maria, neither for Alex', async () => {
    const sections = async (email: string) => {
      const appt = await bookFollowUp(t, email);
      const r = await t.call(
        await t.login(email),
        'GET',
        `/api/appointments/${appt.id}/intake/questionnaire`,
      );
      expect(r.status).toBe(200);
      expect(r.body.resourceType).toBe('Questionnaire');
      return linkIds(r.body.item);
    };
    const noah = await sections('sam.parent@demo.clinic');
    expect(noah).toEqual(
      expect.arrayContaining(['infant', 'infant-feeding', 'infant-crying-hours', 'infant-sleep-hours']),
    );
    expect(noah).not.toContain('pregnancy');
    expect(noah).not.toContain('mental-health');
    const maria = await sections('maria@demo.clinic');
    expect(maria).toEqual(
      expect.arrayContaining(['pregnancy', 'pregnant', 'pregnancy-weeks', 'mental-health', 'peg']),
    );
    expect(maria).not.toContain('infant');
    const alexIds = await sections('alex@demo.clinic');
    expect(alexIds).toEqual(
      expect.arrayContaining([
        'pain-now',
        'peg',
        'mental-health',
        'red-flags-low-back',
        'red-flags-neck',
        'red-flags-headache',
      ]),
    );
    expect(alexIds).not.toContain('pregnancy');
    expect(alexIds).not.toContain('infant');
  });

  it('stores the QuestionnaireResponse with PHQ-2, PEG, pain and a summary; physician reads it, front desk cannot', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const r = await submitIntake(t, alex, appt.id);
    expect(r.status).toBe(201);
    expect(r.body.phq2).toEqual({ score: 1, positive: false });
    expect(r.body.phq9).toBeNull();
    expect(r.body.peg).toEqual({ score: 5, items: [6, 5, 4] });
    expect(r.body.redFlags).toEqual([]);
    expect(r.body.safetyTaskId).toBeNull();
    expect(r.body.summary).toMatchObject({
      chiefComplaint: 'Low back pain for three months',
      regions: ['lumbar'],
      painScore: 6,
      pregnant: null,
      infantFeeding: null,
    });
    expect(r.body.questionnaireResponse).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      subject: { reference: `Patient/${appt.patientId}` },
    });
    const seen = await t.call(
      await t.login('dr.still@demo.clinic'),
      'GET',
      `/api/appointments/${appt.id}/intake`,
    );
    expect(seen.body.summary.painScore).toBe(6);
    const desk = await t.login('frontdesk@demo.clinic');
    expect((await t.call(desk, 'GET', `/api/appointments/${appt.id}/intake`)).status).toBe(403);
    expect((await t.call(desk, 'GET', `/api/appointments/${appt.id}/intake/questionnaire`)).status).toBe(403);
    // Until the note is signed, a new submission replaces the answers (the same intake, its id kept).
    const again = await submitIntake(t, alex, appt.id, { [LINK.painNow]: answer.int(3) });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(r.body.id);
    expect(again.body.summary.painScore).toBe(3);
  });

  it('rejects a missing required answer, a value out of range and an answer to a question not asked, by linkId, saving nothing', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const url = `/api/appointments/${appt.id}/intake`;
    const body = await buildIntake(t, alex, appt.id);
    body.questionnaireResponse.item = body.questionnaireResponse.item?.filter(
      (i) => i.linkId !== 'chief-complaint',
    );
    const missing = await t.call(alex, 'POST', url, body);
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({
      code: 'validation_failed',
      field: 'chief-complaint',
      message: 'Chief complaint: an answer is required.',
    });
    const high = await t.call(
      alex,
      'POST',
      url,
      await buildIntake(t, alex, appt.id, { 'pain-now': answer.int(11) }),
    );
    expect(high.body).toMatchObject({ field: 'pain-now' });
    expect(high.body.message).toMatch(/must be at most 10/);
    const notAsked = await buildIntake(t, alex, appt.id);
    notAsked.questionnaireResponse.item?.push({
      linkId: 'red-flags-headache',
      item: [{ linkId: 'headache.seizure', answer: answer.no }],
    });
    const r = await t.call(alex, 'POST', url, notAsked);
    expect(r.body.field).toBe('headache.seizure');
    expect((await t.call(alex, 'GET', url)).status).toBe(404);
  });

  it('PHQ-2 of 3 makes PHQ-9 items 3–9 required, and scores the PHQ-9 with its severity', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const positive = { 'phq-1': answer.phq(2), 'phq-2': answer.phq(1) };
    const body = await buildIntake(t, alex, appt.id, positive);
    const mood = body.questionnaireResponse.item?.find((i) => i.linkId === 'mental-health');
    const withoutRest = {
      questionnaireResponse: {
        ...body.questionnaireResponse,
        item: body.questionnaireResponse.item?.map((i) =>
          i === mood ? { ...i, item: i.item?.slice(0, 2) } : i,
        ),
      },
    };
    const missing = await t.call(alex, 'POST', `/api/appointments/${appt.id}/intake`, withoutRest);
    expect(missing.status).toBe(400);
    expect(missing.body.field).toBe('phq-3');
    const r = await submitIntake(t, alex, appt.id, {
      ...positive,
      'phq-3': answer.phq(3),
      'phq-4': answer.phq(3),
      'phq-5': answer.phq(2),
    });
    expect(r.status).toBe(201);
    expect(r.body.phq2).toEqual({ score: 3, positive: true });
    expect(r.body.phq9).toEqual({ score: 11, severity: 'moderate', item9Positive: false });
    expect(r.body.safetyTaskId).toBeNull();
  });

  it('neck pain after a dangerous injury raises the Canadian C-spine imaging flag', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const r = await submitIntake(t, alex, appt.id, {
      'pain-regions': answer.regions('cervical'),
      ...yesTo('neck', 'significant_trauma'),
      ...yesTo('c-spine', 'dangerous_mechanism'),
    });
    expect(r.status).toBe(201);
    const flags = r.body.redFlags as { id: string; action: string }[];
    expect(flags).toContainEqual(expect.objectContaining({ id: 'neck_c_spine_imaging', action: 'imaging' }));
    expect(flags).toContainEqual(expect.objectContaining({ id: 'neck_trauma', action: 'omt_hold' }));
  });

  it('a thunderclap headache routes to emergency referral', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const r = await submitIntake(t, alex, appt.id, {
      'pain-regions': answer.regions('head'),
      ...yesTo('headache', 'sudden_severe_onset'),
    });
    expect(r.status).toBe(201);
    expect(r.body.redFlags).toContainEqual(
      expect.objectContaining({ id: 'snoop_sudden_onset', action: 'emergency_referral' }),
    );
  });

  it('keeps the population answers: Noah (infant) and Maria (pregnancy)', async () => {
    const sam = await t.login('sam.parent@demo.clinic');
    const noahAppt = await bookFollowUp(t, 'sam.parent@demo.clinic');
    const noah = await submitIntake(t, sam, noahAppt.id, {
      'pain-regions': answer.regions('abdomen'),
      'infant-crying-hours': [{ valueDecimal: 4.5 }],
      'infant-sleep-hours': [{ valueDecimal: 13 }],
    });
    expect(noah.status).toBe(201);
    expect(noah.body.phq2).toBeNull();
    expect(noah.body.peg).toBeNull();
    expect(noah.body.summary).toMatchObject({
      infantFeeding: 'breast',
      infantCryingHoursPerDay: 4.5,
      infantSleepHoursPerDay: 13,
      painScore: null,
    });
    const maria = await t.login('maria@demo.clinic');
    const mariaAppt = await bookFollowUp(t, 'maria@demo.clinic');
    const r = await submitIntake(t, maria, mariaAppt.id, {
      pregnant: answer.yes,
      'pregnancy-weeks': answer.int(28),
    });
    expect(r.status).toBe(201);
    expect(r.body.summary).toMatchObject({
      pregnant: true,
      pregnancyWeeks: 28,
      pregnancyComplications: false,
    });
  });
});
