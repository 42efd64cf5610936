import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';
import { arriveForVisitViaApi, bookFollowUpViaApi } from './support/api';
import {
  chooseTreatment,
  expectFocused,
  giveConsent,
  mapRegion,
  markFindingsByKeyboard,
  openEncounterFromHome,
  saveExam,
  signNote,
} from './support/encounter';

/**
 * Maria is 28 weeks pregnant. Product steps 4–7: the physician examines her lumbar region by keyboard
 * through the body map, sees why HVLA is a caution (reason and source), cannot record it without a
 * reason, records a safer technique after consent, and signs with tolerance and reassessment.
 */
describe('maria (pregnant, 28 weeks): technique safety, consent and treatment', () => {
  const j = useJourney();
  beforeAll(async () => {
    const appointment = await bookFollowUpViaApi(j.clinic.url, 'maria@demo.clinic');
    await arriveForVisitViaApi(j.clinic, appointment);
  });

  it('dr.still documents a safe treatment for maria', async () => {
    await j.as('dr.still@demo.clinic', async (page) => {
      await openEncounterFromHome(page, 'Maria Lopez');
      await page.getByText('Pregnant (28 weeks)').waitFor();
      await expectNoAxeViolations(page, 'encounter (maria, draft)');

      // Safety factors: pregnancy weeks are required while pregnant.
      await page.getByRole('button', { name: 'Edit factors' }).click();
      // Anticoagulants: the form asks for the last level check and says in plain words what counts.
      const anticoagulated = page.getByRole('checkbox', { name: /On anticoagulants/ });
      await anticoagulated.check();
      const levelCheck = page.getByRole('group', { name: 'Last anticoagulation level check' });
      await levelCheck.getByText(/in the last 7 days.*expert consensus/).waitFor();
      await levelCheck.getByLabel('Date of the check').waitFor();
      await levelCheck.getByRole('radio', { name: 'In range' }).waitFor();
      await expectNoAxeViolations(page, 'safety factors form (anticoagulation check)');
      await anticoagulated.uncheck();
      await page.getByLabel('Weeks of pregnancy (required)').fill('');
      await expectNoAxeViolations(page, 'safety factors form');
      await page.getByRole('button', { name: 'Save factors' }).click();
      const weeks = page.getByLabel('Weeks of pregnancy (required)');
      await page
        .locator('[data-field="pregnancyWeeks"] .field-error')
        .filter({ hasText: 'required when pregnant' })
        .waitFor();
      await expectFocused(weeks);
      await expect(weeks.getAttribute('aria-invalid')).resolves.toBe('true');
      await weeks.fill('28');
      await page.getByRole('button', { name: 'Save factors' }).click();
      await page.getByRole('status').filter({ hasText: 'Safety factors saved.' }).waitFor();

      // Exam by keyboard through the body map; a bad segment is shown next to the lumbar input.
      await markFindingsByKeyboard(page, 'Lumbar', ['Tenderness', 'Restriction']);
      await page.getByLabel('Lumbar: severity').selectOption('moderate');
      const segment = page.getByLabel('Lumbar: segment notation');
      await segment.fill('L9 FRrSr');
      await page.getByRole('button', { name: 'Save exam' }).click();
      await page
        .locator('#exam-segment-lumbar-error')
        .filter({ hasText: /out of range/ })
        .waitFor();
      await expectFocused(segment);
      await expect(segment.getAttribute('aria-invalid')).resolves.toBe('true');
      await segment.fill('l4 frrsr');
      await saveExam(page);
      await expect(segment.inputValue()).resolves.toBe('L4 FRrSr');
      await expect(mapRegion(page, 'Lumbar').getAttribute('aria-label')).resolves.toBe(
        'Lumbar: findings: tenderness, restriction; moderate; L4 FRrSr',
      );

      // Only techniques that can be applied to the region are offered: no thrust to the abdomen.
      await page.getByLabel('Region', { exact: true }).selectOption('abdomen');
      const offered = await page
        .getByLabel('Technique', { exact: true })
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(offered).toContain('visceral');
      expect(offered).not.toContain('hvla');

      // HVLA to the lumbar region: a caution with its reason and source; no reason → refused.
      await chooseTreatment(page, 'lumbar', 'hvla');
      const verdict = page.locator('.verdict');
      await verdict.getByText(/Caution: proceed only with a documented reason/).waitFor();
      await verdict.getByText(/Pregnancy is a relative contraindication to lumbar and rib HVLA/).waitFor();
      await verdict.getByText(/Source: Clinical reference CR-POP-1 — /).waitFor();
      await giveConsent(page);
      await page.getByLabel('Patient position').fill('left lateral recumbent');
      await expectNoAxeViolations(page, 'encounter (maria, HVLA caution)');
      await page.getByRole('button', { name: 'Record treatment' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: /give a reason to proceed despite the caution/ })
        .waitFor();
      await expectFocused(page.getByLabel('Reason to proceed despite the caution (required)'));
      await page.getByText('No treatment documented yet.').waitFor();

      // A safer technique, after consent, with duration and a discomfort event.
      await chooseTreatment(page, 'lumbar', 'muscle_energy');
      await page.getByText('Current: No consent recorded').waitFor();
      await giveConsent(page);
      await page.getByLabel('Patient position').fill('left lateral recumbent');
      await page.getByLabel('Duration in minutes (optional)').fill('12');
      await page
        .getByLabel('Reason to proceed despite the caution (required)')
        .fill('Side-lying only, no prolonged supine; comfortable');
      await page.getByRole('checkbox', { name: /reported pain or discomfort/ }).check();
      await page.getByLabel('What the patient felt (required)').fill('Sharp pull in the right buttock');
      await page
        .getByLabel('What was done about it (required)')
        .fill('Reduced force and repositioned; settled');
      await page.getByRole('button', { name: 'Record treatment' }).click();
      const row = page.getByTestId('treatment-row').filter({ hasText: 'Muscle energy' });
      await row.waitFor();
      await expect(row.textContent()).resolves.toMatch(
        /12 min.*Sharp pull in the right buttock.*Reduced force/,
      );

      // The claim summary before signing: CPT with its count, M99.03 tied to Lumbar, no modifier 25.
      const claim = page.getByTestId('claim-summary');
      await claim.getByRole('heading', { name: 'Claim summary (preview before signing)' }).waitFor();
      await claim.getByText('✓ Ready to bill').waitFor();
      await expect(claim.textContent()).resolves.toMatch(/98925 — OMT, 1–2 body regions.*1 region treated/);
      await claim
        .getByRole('row', { name: /M99\.03 Lumbar/ })
        .getByRole('link', { name: 'Lumbar' })
        .waitFor();
      await expect.poll(() => claim.getByText('Modifier', { exact: true }).count()).toBe(0);
      await expectNoAxeViolations(page, 'encounter (maria, treated)');

      await page.getByRole('radio', { name: 'Well' }).check();
      await page
        .getByLabel('Reassessment after treatment')
        .fill('Lumbar restriction improved; tenderness reduced.');
      await page.getByRole('checkbox', { name: 'Aftercare instructions given to the patient' }).check();
      await expect(signNote(page)).resolves.toEqual([]);
      const note = page.getByLabel('Note text');
      await note.waitFor();
      await expect(note.textContent()).resolves.toMatch(
        /Lumbar: tenderness, restriction of motion \(moderate, L4 FRrSr\)/,
      );
      await expect(note.textContent()).resolves.toMatch(/12 min.*discomfort: Sharp pull/);
      await expect(note.textContent()).resolves.toContain('Tolerated treatment well.');
      await expect(note.textContent()).resolves.toContain(
        'Reassessment: Lumbar restriction improved; tenderness reduced.',
      );
      await page.getByRole('heading', { name: 'Claim summary' }).waitFor();
      await expectNoAxeViolations(page, 'encounter (maria, signed)');
    });
  });
});
