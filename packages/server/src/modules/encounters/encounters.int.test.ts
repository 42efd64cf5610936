import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import { REGION_IDS, regionById } from '@omt/domain';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, openEncounter, submitIntake, treatRegions, yesTo } from '../../test-support/factories';

describe.each(TEST_DATABASES)('the clinical path on $name', (kind) => {
  let t: TestApp;
  let still: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    still = await t.login('dr.still@demo.clinic');
  });
  afterAll(() => t.close());

  it('walks exam → consent → treatment → sign → codes, then locks the note', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    const noConsent = await t.call(still, 'PUT', `/api/encounters/${enc}/exam`, {
      regions: [
        { region: 'lumbar', tenderness: true, asymmetry: true, restriction: true, tissueTexture: false },
      ],
    });
    expect(noConsent.status).toBe(200);
    const unconsented = await t.call(still, 'POST', `/api/encounters/${enc}/treatments`, {
      region: 'lumbar',
      technique: 'muscle_energy',
      position: 'seated',
      response: 'improved',
    });
    expect(unconsented.status).toBe(422);
    expect(unconsented.body.code).toBe('consent_required');
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar', 'sacral', 'thoracic']);
    const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {
      separateEmDocumented: false,
    });
    expect(signed.status).toBe(200);
    expect(signed.body.status).toBe('signed');
    expect(signed.body.coding.cpt).toBe('98926');
    expect(signed.body.coding.diagnoses.map((d: { icd10: string }) => d.icd10).sort()).toEqual([
      'M99.02',
      'M99.03',
      'M99.04',
    ]);
    expect(signed.body.coding.emModifier25).toBe(false);
    expect(signed.body.note).toContain('M99.03');
    const change = await t.call(still, 'PUT', `/api/encounters/${enc}/exam`, { regions: [] });
    expect(change.status).toBe(409);
    expect(change.body.code).toBe('encounter_signed');
    const resign = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {});
    expect(resign.status).toBe(409);
    const addendum = await t.call(still, 'POST', `/api/encounters/${enc}/addenda`, {
      text: 'Patient called: pain eased by evening.',
    });
    expect(addendum.status).toBe(201);
    expect(addendum.body.addenda).toEqual([
      expect.objectContaining({
        authorName: 'Dr. Andrea Still',
        text: 'Patient called: pain eased by evening.',
      }),
    ]);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/encounters/${enc}/note.pdf`,
      headers: { authorization: `Bearer ${still}` },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await new PDFParse({ data: pdf.rawPayload }).getText()).text;
    expect(text).toContain('M99.03');
    expect(text).toContain('98926');
    expect(text).toContain('Patient called: pain eased by evening.');
    const after = await t.call(still, 'GET', `/api/encounters/${enc}`);
    expect(after.body.exam).toHaveLength(3);
    expect(after.body.note).toBe(signed.body.note);
    expect(after.body.signedAt).toBe(signed.body.signedAt);
  });

  it('holds OMT until the physician clears each red flag from intake', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const alex = await t.login('alex@demo.clinic');
    await submitIntake(t, alex, appt.id, yesTo('low-back', 'saddle_numbness'));
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    const opened = await t.call(still, 'GET', `/api/encounters/${enc}`);
    expect(opened.body.omtOnHold).toBe(true);
    const flagId = opened.body.redFlags[0].id as string;
    expect(opened.body.redFlags[0].review).toBeNull();
    await t.call(still, 'POST', `/api/encounters/${enc}/consents`, {
      technique: 'soft_tissue',
      decision: 'given',
      method: 'verbal',
    });
    const treat = () =>
      t.call(still, 'POST', `/api/encounters/${enc}/treatments`, {
        region: 'lumbar',
        technique: 'soft_tissue',
        position: 'prone',
        response: 'improved',
      });
    const held = await treat();
    expect(held.status).toBe(422);
    expect(held.body.code).toBe('omt_on_hold');
    expect(held.body.message).toContain(flagId);
    const byResident = await t.call(
      await t.login('resident@demo.clinic'),
      'POST',
      `/api/encounters/${enc}/red-flag-reviews`,
      {
        flagId,
        decision: 'cleared_for_omt',
        note: 'examined, no deficit',
      },
    );
    expect(byResident.status).toBe(403);
    const unknown = await t.call(still, 'POST', `/api/encounters/${enc}/red-flag-reviews`, {
      flagId: 'nope',
      decision: 'cleared_for_omt',
      note: 'x y z',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.field).toBe('flagId');
    const referred = await t.call(still, 'POST', `/api/encounters/${enc}/red-flag-reviews`, {
      flagId,
      decision: 'imaging_ordered',
      note: 'MRI lumbar spine ordered',
    });
    expect(referred.body.omtOnHold).toBe(true);
    expect((await treat()).status).toBe(422);
    let cleared = referred;
    for (const f of opened.body.redFlags as { id: string }[]) {
      expect(cleared.body.omtOnHold).toBe(true);
      cleared = await t.call(still, 'POST', `/api/encounters/${enc}/red-flag-reviews`, {
        flagId: f.id,
        decision: 'cleared_for_omt',
        note: 'MRI normal; saddle sensation intact on exam',
      });
    }
    expect(cleared.body.omtOnHold).toBe(false);
    expect(cleared.body.redFlags[0].review.decision).toBe('cleared_for_omt');
    expect((await treat()).status).toBe(201);
  });

  it('records severity, segment notation, duration, discomfort and tolerance into the note', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    const lumbar = {
      region: 'lumbar',
      tenderness: true,
      asymmetry: false,
      restriction: true,
      tissueTexture: true,
      severity: 'moderate',
    };
    const bad = await t.call(still, 'PUT', `/api/encounters/${enc}/exam`, {
      regions: [{ ...lumbar, segment: 'L9 XYZ' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('regions.0.segment');
    const dup = await t.call(still, 'PUT', `/api/encounters/${enc}/exam`, { regions: [lumbar, lumbar] });
    expect(dup.status).toBe(400);
    expect(dup.body.field).toBe('regions.1.region');
    const exam = await t.call(still, 'PUT', `/api/encounters/${enc}/exam`, {
      regions: [{ ...lumbar, segment: 'L4 FRrSr' }],
    });
    expect(exam.body.exam[0]).toMatchObject({ severity: 'moderate', segment: expect.stringMatching(/^L4/) });
    await t.call(still, 'POST', `/api/encounters/${enc}/consents`, {
      technique: 'muscle_energy',
      decision: 'given',
      method: 'written',
    });
    const treated = await t.call(still, 'POST', `/api/encounters/${enc}/treatments`, {
      region: 'lumbar',
      technique: 'muscle_energy',
      position: 'seated',
      response: 'improved',
      durationMinutes: 8,
      discomfort: { description: 'sharp pain on contraction', actionTaken: 'reduced force, repositioned' },
    });
    expect(treated.status).toBe(201);
    const tooLong = await t.call(still, 'POST', `/api/encounters/${enc}/treatments`, {
      region: 'lumbar',
      technique: 'muscle_energy',
      position: 'seated',
      response: 'improved',
      durationMinutes: 90,
    });
    expect(tooLong.body.field).toBe('durationMinutes');
    const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {
      tolerance: 'well',
      reassessment: 'lumbar ROM improved',
    });
    expect(signed.body.tolerance).toBe('well');
    expect(signed.body.note).toContain('8 min');
    expect(signed.body.note).toContain(
      'discomfort: sharp pain on contraction; action: reduced force, repositioned',
    );
    expect(signed.body.note).toContain('Tolerated treatment well.');
    expect(signed.body.note).toContain('moderate, L4');
  });

  it.each([
    [1, '98925'],
    [2, '98925'],
    [3, '98926'],
    [4, '98926'],
    [5, '98927'],
    [6, '98927'],
    [7, '98928'],
    [8, '98928'],
    [9, '98929'],
    [10, '98929'],
  ])(
    'codes %i treated region(s) with somatic dysfunction as CPT %s (clinical-reference CR-REG-1)',
    async (n, cpt) => {
      const regions = REGION_IDS.slice(0, n);
      const appt = await bookFollowUp(t, 'alex@demo.clinic');
      const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
      await treatRegions(t, 'dr.still@demo.clinic', enc, [...regions]);
      const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {});
      expect(signed.body.coding.cpt).toBe(cpt);
      expect(signed.body.coding.regionCount).toBe(n);
      expect(signed.body.coding.diagnoses.map((d: { icd10: string }) => d.icd10)).toEqual(
        regions.map((r) => regionById(r).icd10),
      );
      expect(JSON.stringify(signed.body.coding)).not.toMatch(/97140|9894\d/);
    },
  );

  it("refuses a blocked technique for maria (pregnant) with the reason's source", async () => {
    const appt = await bookFollowUp(t, 'maria@demo.clinic');
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    const safety = await t.call(still, 'GET', `/api/encounters/${enc}/safety?technique=hvla&region=lumbar`);
    expect(safety.status).toBe(200);
    expect(safety.body.verdict).not.toBe('allowed');
    expect(safety.body.reasons[0].source).toMatch(/^Clinical reference CR-[A-Z]+-\d+ — /);
    await t.call(still, 'POST', `/api/encounters/${enc}/consents`, {
      technique: 'hvla',
      decision: 'given',
      method: 'verbal',
    });
    const r = await t.call(still, 'POST', `/api/encounters/${enc}/treatments`, {
      region: 'lumbar',
      technique: 'hvla',
      position: 'side-lying',
      response: 'improved',
    });
    expect(r.status).toBe(422);
    expect(['technique_blocked', 'caution_reason_required']).toContain(r.body.code);
  });

  it('treats a refusal of consent as an absolute block', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    await t.call(still, 'POST', `/api/encounters/${enc}/consents`, {
      technique: 'counterstrain',
      decision: 'refused',
      method: 'verbal',
    });
    const safety = await t.call(
      still,
      'GET',
      `/api/encounters/${enc}/safety?technique=counterstrain&region=cervical`,
    );
    expect(safety.body.verdict).toBe('blocked');
    const r = await t.call(still, 'POST', `/api/encounters/${enc}/treatments`, {
      region: 'cervical',
      technique: 'counterstrain',
      position: 'supine',
      response: 'improved',
    });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('technique_blocked');
  });

  it("keeps a resident's note unsigned until the supervising physician co-signs", async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic', 'resident@demo.clinic');
    const enc = await openEncounter(t, 'resident@demo.clinic', appt.id);
    await treatRegions(t, 'resident@demo.clinic', enc, ['cervical']);
    const resident = await t.login('resident@demo.clinic');
    const signed = await t.call(resident, 'POST', `/api/encounters/${enc}/sign`, {});
    expect(signed.body.status).toBe('awaiting_cosign');
    expect(signed.body.requiresCosign).toBe(true);
    expect(signed.body.canCosign).toBe(false);
    expect((await t.call(still, 'GET', `/api/encounters/${enc}`)).body.canCosign).toBe(true);
    const kim = await t.call(
      await t.login('dr.kim@demo.clinic'),
      'POST',
      `/api/encounters/${enc}/cosign`,
      {},
    );
    expect(kim.status).toBe(403);
    const byResident = await t.call(resident, 'POST', `/api/encounters/${enc}/cosign`, {});
    expect(byResident.status).toBe(403);
    const cosigned = await t.call(still, 'POST', `/api/encounters/${enc}/cosign`, {});
    expect(cosigned.status).toBe(200);
    expect(cosigned.body).toMatchObject({
      status: 'signed',
      cosignedBy: await t.userId('dr.still@demo.clinic'),
    });
  });

  it('adds modifier 25 only with a documented separate E/M', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    const noNote = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, { separateEmDocumented: true });
    expect(noNote.status).toBe(400);
    expect(noNote.body.field).toBe('emNote');
    const signed = await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {
      separateEmDocumented: true,
      emNote: 'New hypertension evaluated; medication started.',
      emCode: '99213',
    });
    expect(signed.body.coding).toMatchObject({ cpt: '98925', emModifier25: true, emCode: '99213' });
  });

  it('shows aftercare to the patient and escalates a severe check-in to the worklist', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar']);
    const alex = await t.login('alex@demo.clinic');
    expect((await t.call(alex, 'GET', `/api/encounters/${enc}/aftercare`)).status).toBe(409);
    await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {});
    const en = await t.call(alex, 'GET', `/api/encounters/${enc}/aftercare?lang=en`);
    expect(en.status).toBe(200);
    expect(en.body.items.map((i: { text: string }) => i.text).join(' ')).toMatch(/water/i);
    expect(en.body.techniques).toEqual(['soft_tissue']); // each links to its article in the education library
    const es = await t.call(alex, 'GET', `/api/encounters/${enc}/aftercare?lang=es`);
    expect(es.body.items.map((i: { text: string }) => i.text).join(' ')).toMatch(/agua/i);
    const maria = await t.login('maria@demo.clinic');
    expect((await t.call(maria, 'GET', `/api/encounters/${enc}/aftercare`)).status).toBe(403);
    expect((await t.call(alex, 'GET', `/api/encounters/${enc}`)).status).toBe(403);

    const mild = await t.call(alex, 'POST', `/api/encounters/${enc}/check-ins`, {
      soreness: 2,
      daysSore: 1,
      newSymptoms: [],
    });
    expect(mild.status).toBe(201);
    expect(mild.body.alert).toBe(false);
    const severe = await t.call(alex, 'POST', `/api/encounters/${enc}/check-ins`, {
      soreness: 8,
      daysSore: 4,
      newSymptoms: [],
    });
    expect(severe.body.alert).toBe(true);
    const work = await t.call(still, 'GET', '/api/worklist');
    expect(work.body.alerts.map((a: { id: string }) => a.id)).toContain(severe.body.id);
    expect(work.body.alerts.map((a: { id: string }) => a.id)).not.toContain(mild.body.id);
    const ack = await t.call(still, 'POST', `/api/check-ins/${severe.body.id}/acknowledge`, {
      outcome: 'called_patient',
    });
    expect(ack.body.acknowledgedBy).toBe(await t.userId('dr.still@demo.clinic'));
    const after = await t.call(still, 'GET', '/api/worklist');
    expect(after.body.alerts.map((a: { id: string }) => a.id)).not.toContain(severe.body.id);
    const badSymptom = await t.call(alex, 'POST', `/api/encounters/${enc}/check-ins`, {
      soreness: 2,
      daysSore: 1,
      newSymptoms: ['x'],
    });
    expect(badSymptom.status).toBe(400);
    expect(badSymptom.body.field).toBe('newSymptoms.0');
  });

  it('lets only admins read the audit log, which records reads and writes', async () => {
    expect((await t.call(still, 'GET', '/api/audit')).status).toBe(403);
    const page = await t.call(await t.login('admin@demo.clinic'), 'GET', '/api/audit?pageSize=5');
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(5);
    expect(page.body.total).toBeGreaterThan(20);
    const all = await t.call(await t.login('admin@demo.clinic'), 'GET', '/api/audit?pageSize=200');
    const actions = new Set(all.body.items.map((i: { action: string }) => i.action));
    for (const a of ['clinical.write', 'clinical.read', 'intake.write', 'checkin.write'])
      expect(actions).toContain(a);
  });
});
