import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import { CHECKIN_SYMPTOMS, developmentNotesIn, REGION_IDS, TECHNIQUE_IDS } from '@omt/domain';
import { LINK, phqLink } from '@omt/fhir';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { answer, bookFollowUp, openEncounter, submitIntake, yesTo } from '../../test-support/factories';

/**
 * What clinicians and patients read carries no development notes (UNCONFIRMED, file names, "chosen here",
 * section signs of the old reference): the API answers, the note and its PDF of a realistic visit of a
 * pregnant patient with red flags from the back, neck and headache screens.
 */
describe.each(TEST_DATABASES)('no development notes reach people on $name', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('intake, safety verdicts, red flags, note, PDF, aftercare and check-in speak plainly and cite rows', async () => {
    const shown: string[] = [];
    const keep = (label: string, body: unknown) => shown.push(`${label}: ${JSON.stringify(body)}`);
    const still = await t.login('dr.still@demo.clinic');
    const maria = await t.login('maria@demo.clinic');
    const appt = await bookFollowUp(t, 'maria@demo.clinic');

    const questionnaire = await t.call(maria, 'GET', `/api/appointments/${appt.id}/intake/questionnaire`);
    keep('questionnaire', questionnaire.body);
    const intake = await submitIntake(t, maria, appt.id, {
      [LINK.painRegions]: answer.regions('lumbar', 'cervical', 'head'),
      [phqLink(1)]: answer.phq(2),
      [phqLink(2)]: answer.phq(2),
      [phqLink(9)]: answer.phq(1),
      ...yesTo('low-back', 'cancer_history'),
      ...yesTo('neck', 'fever'),
      ...yesTo('headache', 'pattern_change'),
    });
    keep('intake', intake.body);

    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    const opened = await t.call(still, 'GET', `/api/encounters/${enc}`);
    expect(opened.status).toBe(200);
    expect((opened.body.redFlags as unknown[]).length).toBeGreaterThan(2);
    keep('encounter', opened.body);
    keep('worklist', (await t.call(still, 'GET', '/api/worklist')).body);

    let cautions = 0;
    for (const technique of TECHNIQUE_IDS)
      for (const region of REGION_IDS) {
        const safety = await t.call(
          still,
          'GET',
          `/api/encounters/${enc}/safety?technique=${technique}&region=${region}`,
        );
        if (safety.status !== 200) continue;
        for (const reason of safety.body.reasons as { source: string }[]) {
          expect(reason.source).toMatch(/^Clinical reference CR-[A-Z]+-\d+ — /);
          cautions += 1;
        }
        keep(`safety ${technique} ${region}`, safety.body);
      }
    expect(cautions).toBeGreaterThan(50);

    for (const flag of opened.body.redFlags as { id: string }[])
      await t.call(still, 'POST', `/api/encounters/${enc}/red-flag-reviews`, {
        flagId: flag.id,
        decision: 'cleared_for_omt',
        note: 'Examined today; no concerning findings.',
      });
    await t.call(still, 'PUT', `/api/encounters/${enc}/exam`, {
      regions: [
        { region: 'lumbar', tenderness: true, asymmetry: false, restriction: true, tissueTexture: false },
      ],
    });
    await t.call(still, 'POST', `/api/encounters/${enc}/consents`, {
      technique: 'soft_tissue',
      decision: 'given',
      method: 'verbal',
    });
    const treated = await t.call(still, 'POST', `/api/encounters/${enc}/treatments`, {
      region: 'lumbar',
      technique: 'soft_tissue',
      position: 'left side-lying',
      response: 'improved',
      cautionReason: 'Side-lying with pillows; brief, gentle work.',
    });
    expect(treated.status).toBe(201);
    keep('treatment', treated.body);
    const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {
      separateEmDocumented: false,
      aftercareGiven: true,
      tolerance: 'well',
      reassessment: 'Lumbar tenderness eased.',
    });
    expect(signed.status).toBe(200);
    keep('signed', signed.body);

    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/encounters/${enc}/note.pdf`,
      headers: { authorization: `Bearer ${still}` },
    });
    expect(pdf.statusCode).toBe(200);
    shown.push(`pdf: ${(await new PDFParse({ data: pdf.rawPayload }).getText()).text}`);

    for (const lang of ['en', 'es'])
      keep(
        `aftercare ${lang}`,
        (await t.call(maria, 'GET', `/api/encounters/${enc}/aftercare?lang=${lang}`)).body,
      );
    const checkIn = await t.call(maria, 'POST', `/api/encounters/${enc}/check-ins`, {
      soreness: 8,
      daysSore: 4,
      newSymptoms: CHECKIN_SYMPTOMS.map((s) => s.id),
    });
    expect(checkIn.status).toBe(201);
    keep('check-in', checkIn.body);
    keep('worklist after', (await t.call(still, 'GET', '/api/worklist')).body);

    const found = shown.flatMap((text) =>
      developmentNotesIn(text).map((word) => `${word} in ${text.slice(0, 60)}`),
    );
    expect(found).toEqual([]);
  });
});
