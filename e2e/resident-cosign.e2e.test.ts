import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';
import { arriveForVisitViaApi, bookFollowUpViaApi } from './support/api';
import {
  chooseTreatment,
  giveConsent,
  markFindingsByKeyboard,
  openEncounterFromHome,
  signNote,
  saveExam,
} from './support/encounter';

/**
 * Product step 6: a resident documents and signs; the note waits for the supervising physician's
 * co-signature (another physician cannot co-sign); after co-signing an addendum is added and the
 * note is downloaded as a PDF.
 */
describe('resident documents, dr.still co-signs', () => {
  const j = useJourney();
  let encounterPath = '';
  beforeAll(async () => {
    const appointment = await bookFollowUpViaApi(j.clinic.url, 'alex@demo.clinic', 'Resident');
    await arriveForVisitViaApi(j.clinic, appointment);
  });

  const as = (email: string, run: (page: Page) => Promise<void>) => j.as(email, run);

  it('the resident documents the visit, sees the claim blockers, and signs → awaiting co-signature', async () => {
    await as('resident@demo.clinic', async (page) => {
      encounterPath = await openEncounterFromHome(page, 'Alex Rivera');
      await page.getByText('Author: Dr. Riley Resident').waitFor();
      await markFindingsByKeyboard(page, 'Lumbar', ['Tenderness', 'Asymmetry']);
      await saveExam(page);
      await chooseTreatment(page, 'lumbar', 'soft_tissue');
      await giveConsent(page);
      await page.getByLabel('Patient position').fill('prone');
      await page.getByLabel('Duration in minutes (optional)').fill('8');
      await page.getByRole('button', { name: 'Record treatment' }).click();
      await page.getByTestId('treatment-row').filter({ hasText: 'Soft tissue' }).waitFor();

      // Treating the sacrum without TART findings: the claim preview names it as a blocker.
      await chooseTreatment(page, 'sacral', 'soft_tissue');
      await page.getByLabel('Patient position').fill('prone');
      await page.getByRole('button', { name: 'Record treatment' }).click();
      await page.getByTestId('treatment-row').filter({ hasText: 'Sacral' }).waitFor();
      const claim = page.getByTestId('claim-summary');
      await claim.getByText('⚠ Not ready to bill: 1 blocker').waitFor();
      const blocker = claim.getByRole('listitem').filter({ hasText: 'Blocks billing' });
      await expect(blocker.textContent()).resolves.toMatch(/Sacral.*treated but no TART finding documented/);
      await expectNoAxeViolations(page, 'encounter (resident, draft with blocker)');

      // Document the sacral findings: the blocker goes and two regions count.
      await markFindingsByKeyboard(page, 'Sacral', ['Restriction']);
      await saveExam(page);
      await claim.getByText('✓ Ready to bill').waitFor();
      await expect(claim.textContent()).resolves.toMatch(/98925 — OMT, 1–2 body regions.*2 regions treated/);
      await claim.getByRole('row', { name: /M99\.04 Sacral/ }).waitFor();

      await page.getByText('As a resident, your supervising physician will co-sign this note.').waitFor();
      await page.getByRole('radio', { name: 'Fair' }).check();
      await page.getByLabel('Reassessment after treatment').fill('Lumbar and sacral motion improved.');
      await expect(signNote(page)).resolves.toEqual(['Aftercare instructions (not marked as given)']);
      await page.getByText('Awaiting co-signature', { exact: true }).waitFor();
      await page.getByText('Signed — awaiting co-signature').waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Co-sign' }).count()).toBe(0);
      await expect(page.getByLabel('Note text').textContent()).resolves.toContain(
        'Tolerated treatment fair.',
      );
      await expectNoAxeViolations(page, 'encounter (resident, awaiting co-signature)');
    });
  });

  it('dr.kim, not the supervisor, has no Co-sign button', async () => {
    await as('dr.kim@demo.clinic', async (page) => {
      await page.goto(encounterPath);
      await page.getByText('Awaiting co-signature', { exact: true }).waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Co-sign' }).count()).toBe(0);
      await expectNoAxeViolations(page, 'encounter (dr.kim, awaiting co-signature)');
    });
  });

  it('dr.still co-signs, adds an addendum and downloads the PDF', async () => {
    await as('dr.still@demo.clinic', async (page) => {
      await page.goto(encounterPath);
      await page.getByRole('button', { name: 'Co-sign' }).click();
      await page.getByRole('status').filter({ hasText: 'Note co-signed.' }).waitFor();
      await expect(page.getByTestId('cosigned').textContent()).resolves.toMatch(
        /Co-signed by Dr\. Andrea Still/,
      );
      await page.getByText('Signed and locked').waitFor();
      await expect.poll(() => page.getByText('Awaiting co-signature', { exact: true }).count()).toBe(0);

      await page.getByLabel('New addendum').fill('Patient called: soreness settled the next day.');
      await page.getByRole('button', { name: 'Add addendum' }).click();
      const addendum = page.getByTestId('addendum');
      await addendum.waitFor();
      await expect(addendum.textContent()).resolves.toMatch(
        /Addendum by Dr\. Andrea Still.*soreness settled the next day/,
      );
      await expectNoAxeViolations(page, 'encounter (co-signed, with addendum)');

      const href = await page.getByRole('link', { name: /Download the note as PDF/ }).getAttribute('href');
      const pdf = await page.request.get(href ?? '');
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    });
  });
});
