import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';
import { answerIntakeQuestions, fillIntakeBasics } from './support/intake';

const SADDLE_QUESTION =
  'Do you have new numbness in your groin, buttocks or inner thighs (the area you sit on)?';
import { arriveForVisitViaApi, bookFollowUpViaApi, submitIntakeViaApi } from './support/api';
import {
  chooseTreatment,
  giveConsent,
  markFindingsByKeyboard,
  openEncounterFromHome,
  saveExam,
} from './support/encounter';

/** Each red flag on the screen: the physician clears it for OMT with a note (radio, note, Record decision). */
async function decide(page: Page, flagLabel: string, decision: string, note: string): Promise<void> {
  const flag = page.getByTestId('red-flag').filter({ has: page.getByRole('heading', { name: flagLabel }) });
  await flag.getByRole('radio', { name: decision }).check();
  await flag.getByLabel('What was decided and why').fill(note);
  await flag.getByRole('button', { name: /^Record decision/ }).click();
  await flag.getByText(`Decision: ${decision}`).waitFor();
}

/**
 * Product step 3 → 6: a red flag from the intake puts OMT on hold. The encounter says why, "Record
 * treatment" is refused until the physician has cleared every flag for OMT, then it is recorded.
 */
describe('alex with a red flag: OMT on hold until every flag is cleared', () => {
  const j = useJourney();
  beforeAll(async () => {
    const appointment = await bookFollowUpViaApi(j.clinic.url, 'alex@demo.clinic');
    await arriveForVisitViaApi(j.clinic, appointment);
  });

  it('alex reports new saddle numbness in the intake questionnaire', async () => {
    await j.as('alex@demo.clinic', async (page) => {
      await page.getByRole('link', { name: /Fill in intake for OMT follow-up/ }).click();
      await fillIntakeBasics(page);
      await answerIntakeQuestions(page, [SADDLE_QUESTION]);
      await page.getByRole('button', { name: 'Submit intake' }).click();
      // Saddle numbness is an emergency flag: the patient reads its own instruction at once.
      await page.getByRole('alert').filter({ hasText: 'Get emergency care now' }).waitFor();
      await expectNoAxeViolations(page, 'intake sent with a red flag');
    });
  });

  it('dr.still sees the hold, is refused, reviews each flag, then records the treatment', async () => {
    await j.as('dr.still@demo.clinic', async (page) => {
      await openEncounterFromHome(page, 'Alex Rivera');
      const banner = page.getByTestId('omt-hold-banner');
      await banner.getByText('OMT on hold.').waitFor();
      await expect(banner.textContent()).resolves.toMatch(
        /“Possible cauda equina syndrome” has not been reviewed yet/,
      );
      const flags = page.getByTestId('red-flag');
      const labels = await flags.getByRole('heading').allTextContents();
      expect(labels).toContain('Possible cauda equina syndrome');
      await expectNoAxeViolations(page, 'encounter (alex, red flag, on hold)');

      await markFindingsByKeyboard(page, 'Lumbar', ['Tenderness', 'Tissue texture']);
      await saveExam(page);
      await chooseTreatment(page, 'lumbar', 'soft_tissue');
      await page.getByTestId('hold-notice').waitFor();
      await giveConsent(page);
      await page.getByLabel('Patient position').fill('prone');
      await page.getByRole('button', { name: 'Record treatment' }).click();
      const refusal = page
        .getByRole('alert')
        .filter({ hasText: 'OMT is on hold, so no treatment can be recorded.' });
      await refusal.waitFor();
      await expect(refusal.textContent()).resolves.toContain(
        '“Possible cauda equina syndrome” has not been reviewed yet.',
      );
      await page.getByText('No treatment documented yet.').waitFor();
      await expectNoAxeViolations(page, 'encounter (alex, treatment refused)');

      for (const label of labels)
        await decide(
          page,
          label,
          'Cleared for OMT',
          'Examined: no saddle anaesthesia, normal tone; cleared.',
        );
      await page.getByRole('status').filter({ hasText: 'Every red flag is cleared for OMT.' }).waitFor();
      await expect.poll(() => banner.count()).toBe(0);
      await expect.poll(() => page.getByTestId('hold-notice').count()).toBe(0);

      await page.getByRole('button', { name: 'Record treatment' }).click();
      await page.getByTestId('treatment-row').filter({ hasText: 'Soft tissue' }).waitFor();
      await page.getByTestId('claim-summary').getByText('98925').waitFor();
      await expectNoAxeViolations(page, 'encounter (alex, cleared and treated)');
    });
  });

  it('with several flags, a decision other than "cleared" keeps the hold and says why', async () => {
    const appointment = await bookFollowUpViaApi(j.clinic.url, 'alex@demo.clinic');
    await submitIntakeViaApi(j.clinic.url, 'alex@demo.clinic', appointment.id, [
      'saddle_numbness',
      'weight_loss',
    ]);
    await arriveForVisitViaApi(j.clinic, appointment);
    await j.as('dr.still@demo.clinic', async (page) => {
      await page.goto('/clinician');
      // The second booking is the later of alex's two appointments.
      const rows = page.getByTestId('appointment-row').filter({ hasText: 'Alex Rivera' });
      await rows.last().waitFor();
      await rows.last().getByRole('button', { name: 'Open encounter for Alex Rivera' }).click();
      await page.getByTestId('omt-hold-banner').waitFor();
      await expect.poll(() => page.getByTestId('red-flag').count()).toBeGreaterThanOrEqual(2);
      await decide(
        page,
        'Possible cauda equina syndrome',
        'Cleared for OMT',
        'Examined: normal saddle sensation.',
      );
      await decide(page, 'Possible malignancy', 'Imaging ordered', 'Lumbar MRI ordered before OMT.');
      const banner = page.getByTestId('omt-hold-banner');
      await expect(banner.textContent()).resolves.toMatch(
        /“Possible malignancy” was reviewed as imaging ordered, not cleared for OMT/,
      );
      await expect(banner.textContent()).resolves.not.toMatch(/cauda equina/);
      await expectNoAxeViolations(page, 'encounter (several flags, one holding)');

      const malignancy = page.getByTestId('red-flag').filter({ hasText: 'Possible malignancy' });
      await malignancy.getByRole('button', { name: /^Change decision/ }).click();
      await decide(page, 'Possible malignancy', 'Cleared for OMT', 'MRI reviewed: no lesion; cleared.');
      await expect.poll(() => banner.count()).toBe(0);
    });
  });
});
