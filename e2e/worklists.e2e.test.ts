import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';
import { apiCall, apiLogin, openEncounterViaApi } from './support/api';

const SHOTS = process.env.E2E_SHOTS_DIR;

/** A screenshot for a person to look at, when E2E_SHOTS_DIR names a folder. */
async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** A visit of Alex's with the given provider, documented (lumbar soft tissue) and signed through the API. */
async function signedVisit(
  clinic: { url: string; travelTo(instant: string): void },
  providerName: string,
  providerEmail: string,
): Promise<string> {
  const { encounterId: enc, token } = await openEncounterViaApi(clinic, {
    name: providerName,
    email: providerEmail,
  });
  await apiCall(clinic.url, token, 'PUT', `/api/encounters/${enc}/exam`, {
    regions: [
      { region: 'lumbar', tenderness: true, asymmetry: false, restriction: true, tissueTexture: false },
    ],
  });
  await apiCall(clinic.url, token, 'POST', `/api/encounters/${enc}/consents`, {
    technique: 'soft_tissue',
    decision: 'given',
    method: 'verbal',
  });
  await apiCall(clinic.url, token, 'POST', `/api/encounters/${enc}/treatments`, {
    region: 'lumbar',
    technique: 'soft_tissue',
    position: 'prone',
    response: 'improved',
  });
  await apiCall(clinic.url, token, 'POST', `/api/encounters/${enc}/sign`, {});
  return enc;
}

/**
 * Issue 11, worklists: a supervisor works the co-sign queue; a check-in alert is assigned to the treating
 * physician (who acknowledges it with an outcome) and shown read-only to another clinician; once acknowledged it
 * leaves both open pages live, without a reload.
 */
describe('worklists: the co-sign queue and alerts assigned to the treating physician', () => {
  const j = useJourney();
  let residentNote = '';
  let kimNote = '';
  beforeAll(async () => {
    residentNote = await signedVisit(j.clinic, 'Resident', 'resident@demo.clinic');
    kimNote = await signedVisit(j.clinic, 'Kim', 'dr.kim@demo.clinic');
  });

  it("dr.still opens the resident's note from the co-sign queue and co-signs it", async () => {
    await j.as('dr.still@demo.clinic', async (page) => {
      await page.goto('/clinician');
      const queue = page.getByRole('region', { name: 'Notes awaiting your co-signature' });
      const row = queue.getByTestId('cosign-row').filter({ hasText: 'Alex Rivera' });
      await row.waitFor();
      await row.getByText('Dr. Riley Resident').waitFor();
      await page
        .getByRole('region', { name: 'My unsigned notes' })
        .getByText('All your notes are signed.')
        .waitFor();
      await expectNoAxeViolations(page, 'clinician home with the co-sign queue');
      await shot(page, 'worklists-cosign-queue');

      // Keyboard: the link to the note is reachable and opens it.
      const link = row.getByRole('link', { name: 'Open the note of Alex Rivera' });
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/clinician/encounters/${residentNote}`);
      await page.getByRole('button', { name: 'Co-sign' }).click();
      await page.getByRole('status').filter({ hasText: 'Note co-signed.' }).waitFor();

      await page.goto('/clinician');
      await queue.getByText('No notes are waiting for your co-signature.').waitFor();
      expect(await queue.getByTestId('cosign-row').count()).toBe(0);
    });
  });

  it('an escalating check-in reaches dr.kim (acknowledge) and dr.still (read only); acknowledged, it leaves both live', async () => {
    await j.as('dr.kim@demo.clinic', async (kim) => {
      await j.as('dr.still@demo.clinic', async (still) => {
        await kim.goto('/clinician');
        await still.goto('/clinician');
        // Both pages listen to the server's event stream before anything happens.
        await kim.getByTestId('live-state').getByText('Updates live.').waitFor();
        await still.getByTestId('live-state').getByText('Updates live.').waitFor();
        const kimRow = kim.getByTestId('alert-row').filter({ hasText: 'Alex Rivera' });
        const stillRow = still.getByTestId('alert-row').filter({ hasText: 'Alex Rivera' });
        expect(await kimRow.count()).toBe(0);

        // Alex answers the check-in with an escalating answer: both open pages show it without a reload.
        const alex = await apiLogin(j.clinic.url, 'alex@demo.clinic');
        const checkIn = await apiCall(j.clinic.url, alex, 'POST', `/api/encounters/${kimNote}/check-ins`, {
          soreness: 9,
          daysSore: 5,
          newSymptoms: [],
        });
        expect(checkIn.alert).toBe(true);
        await kimRow.waitFor({ timeout: 10_000 });
        await stillRow.waitFor({ timeout: 10_000 });
        await kimRow.getByText('Assigned to you').waitFor();
        await stillRow.getByText('Assigned to Dr. Daniel Kim (read only)').waitFor();
        await stillRow.getByText('Read only', { exact: true }).waitFor();
        expect(await stillRow.getByRole('button').count()).toBe(0);
        await expectNoAxeViolations(still, 'worklist with an alert assigned to another physician');
        await shot(still, 'worklists-alert-read-only');

        // The treating physician acknowledges: "Other" needs a note, the server says so on the field.
        await kimRow.getByRole('button', { name: 'Acknowledge Alex Rivera' }).click();
        await kimRow.getByRole('button', { name: 'Save acknowledgement' }).click();
        await kimRow.getByText('Choose what was done.').waitFor();
        await kimRow.getByRole('radio', { name: 'Other' }).check();
        await kimRow.getByRole('button', { name: 'Save acknowledgement' }).click();
        await kimRow.getByText('Describe what was done when the outcome is "Other".').waitFor();
        await expectNoAxeViolations(kim, 'acknowledgement form with a refused note');
        await shot(kim, 'worklists-acknowledge-form');
        await kimRow.getByLabel(/Note/).fill('Left a message; patient called back, advised rest and ice.');
        await kimRow.getByRole('button', { name: 'Save acknowledgement' }).click();
        await expect.poll(() => kimRow.count()).toBe(0);

        // dr.still's page never reloaded: the event stream brought the change.
        await expect.poll(() => stillRow.count(), { timeout: 10_000 }).toBe(0);
        const history = still.getByRole('region', { name: 'Recently acknowledged' });
        await history
          .getByTestId('acknowledged-item')
          .filter({ hasText: 'Other: Left a message; patient called back, advised rest and ice.' })
          .filter({ hasText: 'Dr. Daniel Kim' })
          .waitFor();
        await expectNoAxeViolations(still, 'worklist after the acknowledgement');
        await shot(still, 'worklists-after-acknowledgement');
      });
    });
  });

  it("dr.kim's own draft waits on 'My unsigned notes' and is marked 'Over 24 hours' a day after the visit", async () => {
    const { appointment, encounterId: draft } = await openEncounterViaApi(j.clinic, {
      name: 'Kim',
      email: 'dr.kim@demo.clinic',
    });
    const notes = (page: Page) => page.getByRole('region', { name: 'My unsigned notes' });
    await j.as('dr.kim@demo.clinic', async (page) => {
      await page.goto('/clinician');
      const item = notes(page).getByTestId('unsigned-note').filter({ hasText: 'Alex Rivera' });
      await item.waitFor();
      expect(await item.getByText('Over 24 hours').count()).toBe(0);
    });
    j.clinic.travelTo(new Date(Date.parse(appointment.start) + 25 * 3_600_000).toISOString());
    await j.as('dr.kim@demo.clinic', async (page) => {
      await page.goto('/clinician');
      const item = notes(page).getByTestId('unsigned-note').filter({ hasText: 'Alex Rivera' });
      await item.getByText('Over 24 hours').waitFor();
      await expectNoAxeViolations(page, 'my unsigned notes with an overdue note');
      await shot(page, 'worklists-unsigned-overdue');
      await item.getByRole('link', { name: 'Alex Rivera' }).click();
      await page.waitForURL(`**/clinician/encounters/${draft}`);
    });
  });
});
