import { beforeAll, describe, expect, it } from 'vitest';
import type { Dialog, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';
import { arriveForVisitViaApi, bookFollowUpViaApi, submitIntakeViaApi } from './support/api';
import {
  chooseTreatment,
  expectFocused,
  giveConsent,
  markFindingsByKeyboard,
  openEncounterFromHome,
  saveExam,
} from './support/encounter';

/** The next native dialog the page raises (confirm, beforeunload), answered by `answer`; fails after 15 s. */
function nextDialog(page: Page, answer: (d: Dialog) => Promise<void>): Promise<Dialog> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the page raised no dialog within 15 s')), 15_000);
    page.once('dialog', (d) => {
      clearTimeout(timer);
      void answer(d).then(() => resolve(d));
    });
  });
}

/**
 * Issue 9 items 2 and 8 in the browser: leaving with unsaved exam or treatment changes warns; a red flag
 * that arrives after a treatment keeps the note from being signed until the physician confirms the
 * treatment; signing asks in a dialog (keyboard only here) that names what is still empty; the note
 * says only what happened.
 */
describe('alex: unsaved changes warn, a later red flag waits for review, signing asks first', () => {
  const j = useJourney();
  let appointmentId = '';
  beforeAll(async () => {
    const appointment = await bookFollowUpViaApi(j.clinic.url, 'alex@demo.clinic');
    appointmentId = appointment.id;
    await arriveForVisitViaApi(j.clinic, appointment);
  });

  it('dr.still is warned before leaving unsaved exam and treatment changes', async () => {
    await j.as('dr.still@demo.clinic', async (page) => {
      await openEncounterFromHome(page, 'Alex Rivera');
      await markFindingsByKeyboard(page, 'Lumbar', ['Tenderness', 'Restriction']);
      const stay = nextDialog(page, (d) => d.dismiss());
      await page.getByRole('link', { name: '← Back to worklist and appointments' }).click();
      expect((await stay).message()).toContain('unsaved exam or treatment changes');
      await page.getByRole('heading', { level: 1, name: 'Encounter: Alex Rivera' }).waitFor();
      await saveExam(page);

      await chooseTreatment(page, 'lumbar', 'soft_tissue');
      await giveConsent(page);
      await page.getByLabel('Patient position').fill('prone');
      const unload = nextDialog(page, (d) => d.dismiss());
      await page.close({ runBeforeUnload: true });
      expect((await unload).type()).toBe('beforeunload');
      expect(page.isClosed()).toBe(false);
      await page.getByRole('button', { name: 'Record treatment' }).click();
      await page.getByTestId('treatment-row').filter({ hasText: 'Soft tissue' }).waitFor();
      // Everything is saved now: leaving asks nothing.
      await page.getByRole('link', { name: '← Back to worklist and appointments' }).click();
      await page.getByRole('button', { name: 'Open encounter for Alex Rivera' }).first().waitFor();
    });
  });

  it('an intake red flag after the treatment holds the signature until the treatment is confirmed', async () => {
    await submitIntakeViaApi(j.clinic.url, 'alex@demo.clinic', appointmentId, ['saddle_numbness']);
    await j.as('dr.still@demo.clinic', async (page) => {
      await openEncounterFromHome(page, 'Alex Rivera');
      const blockers = page.getByTestId('sign-blockers');
      await expect(blockers.textContent()).resolves.toMatch(/Review every red flag before signing/);
      await expect(blockers.textContent()).resolves.toMatch(/Confirm or withdraw each treatment/);
      await expect(page.getByRole('button', { name: 'Sign note' }).isDisabled()).resolves.toBe(true);
      const review = page.getByTestId('treatment-under-review');
      await expect(review.textContent()).resolves.toContain('Possible cauda equina syndrome');
      await expectNoAxeViolations(page, 'encounter (treatment under review)');

      for (const flag of await page.getByTestId('red-flag').all()) {
        await flag.getByRole('radio', { name: 'Cleared for OMT' }).check();
        await flag.getByLabel('What was decided and why').fill('Examined: saddle sensation intact.');
        await flag.getByRole('button', { name: /^Record decision/ }).click();
        await flag.getByText('Decision: Cleared for OMT').waitFor();
      }
      await review.getByRole('radio', { name: 'Treatment stands (confirm)' }).check();
      await review.getByLabel('What was decided and why').fill('Flag examined after treatment; it stands.');
      await review.getByRole('button', { name: /^Record decision/ }).click();
      await review.getByText('Decision: Treatment stands (confirm)').waitFor();
      await expect.poll(() => blockers.count()).toBe(0);
    });
  });

  it('signing asks in a dialog naming what is empty; Escape goes back, Enter signs', async () => {
    await j.as('dr.still@demo.clinic', async (page) => {
      await openEncounterFromHome(page, 'Alex Rivera');
      const sign = page.getByRole('button', { name: 'Sign note' });
      await sign.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Sign and lock this note?' });
      await dialog.waitFor();
      await expect(dialog.getByRole('listitem').allTextContents()).resolves.toEqual([
        'Tolerance',
        'Reassessment after treatment',
        'Aftercare instructions (not marked as given)',
      ]);
      await expectFocused(dialog.getByRole('button', { name: 'Go back' }));
      await expectNoAxeViolations(page, 'sign confirmation dialog');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByText('Draft — not signed').count()).toBe(1);

      await page.getByRole('radio', { name: 'Well' }).check();
      await sign.focus();
      await page.keyboard.press('Enter');
      await expect(dialog.getByRole('listitem').allTextContents()).resolves.toEqual([
        'Reassessment after treatment',
        'Aftercare instructions (not marked as given)',
      ]);
      await page.keyboard.press('Tab');
      await expectFocused(dialog.getByRole('button', { name: 'Sign now' }));
      await page.keyboard.press('Enter');
      const note = page.getByLabel('Note text');
      await note.waitFor();
      const text = (await note.textContent()) ?? '';
      expect(text).toContain('Tolerated treatment well.');
      expect(text).toContain('confirmed after a later red flag');
      expect(text).toContain('Post-treatment check-in offered in the patient portal.');
      expect(text).not.toContain('Aftercare instructions given');
      expect(text).not.toContain('check-in scheduled');
      await expectNoAxeViolations(page, 'encounter (signed after confirmation)');
    });
  });
});
