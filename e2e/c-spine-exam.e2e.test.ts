import { beforeAll, describe, expect, it } from 'vitest';
import { LINK, REGION_CODE_SYSTEM, redFlagLink } from '@omt/fhir';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';
import { arriveForVisitViaApi, bookFollowUpViaApi, submitIntakeViaApi } from './support/api';
import { openEncounterFromHome } from './support/encounter';

/**
 * Alex reported neck pain after a fall at intake. The physician completes the Canadian C-spine rule at the
 * exam (clinical-reference CR-NECK-6) by keyboard: unable to rotate 45° → an imaging flag to acknowledge.
 * Then records a further condition (vertigo) in the safety factors' grouped checklist.
 */
describe('alex after neck trauma: Canadian C-spine rule at the exam', () => {
  const j = useJourney();
  beforeAll(async () => {
    const appt = await bookFollowUpViaApi(j.clinic.url, 'alex@demo.clinic');
    await submitIntakeViaApi(j.clinic.url, 'alex@demo.clinic', appt.id, [], {
      [LINK.painRegions]: [{ valueCoding: { system: REGION_CODE_SYSTEM, code: 'cervical' } }],
      [redFlagLink('neck', 'significant_trauma')]: [{ valueBoolean: true }],
    });
    await arriveForVisitViaApi(j.clinic, appt);
  });

  it('dr.still records steps 2 and 3; imaging is required and holds OMT', async () => {
    await j.as('dr.still@demo.clinic', async (page) => {
      await openEncounterFromHome(page, 'Alex Rivera');
      const panel = page.getByRole('region', { name: /Canadian C-spine rule/ });
      await panel.waitFor();
      await expectNoAxeViolations(page, 'encounter (neck trauma, C-spine rule not completed)');

      await panel.getByRole('checkbox', { name: 'Sitting position in the clinic' }).focus();
      await page.keyboard.press('Space');
      await panel.getByRole('radio', { name: 'Unable' }).focus();
      await page.keyboard.press('Space');
      await panel.getByRole('button', { name: 'Record C-spine rule' }).focus();
      await page.keyboard.press('Enter');
      await panel.getByRole('status').filter({ hasText: 'Step 3: imaging required' }).waitFor();

      const flag = page
        .getByTestId('red-flag')
        .filter({ has: page.getByRole('heading', { name: 'Canadian C-spine rule: imaging required' }) });
      await expect(flag.textContent()).resolves.toContain('cervical spine radiographs / CT');
      await expect.poll(() => page.getByTestId('red-flag').count()).toBe(1);
      await page.getByTestId('omt-hold-banner').waitFor();
      await expectNoAxeViolations(page, 'encounter (C-spine rule: imaging required)');
    });
  });

  it('dr.still ticks "Vertigo or dizziness" in the grouped checklist of other conditions', async () => {
    await j.as('dr.still@demo.clinic', async (page) => {
      await openEncounterFromHome(page, 'Alex Rivera');
      await page.getByRole('button', { name: 'Edit factors' }).click();
      const group = page.getByRole('group', { name: 'Nerves and spinal cord' });
      await group.getByRole('checkbox', { name: 'Vertigo or dizziness' }).focus();
      await page.keyboard.press('Space');
      await expectNoAxeViolations(page, 'safety factors form with other conditions');
      await page.getByRole('button', { name: 'Save factors' }).click();
      await page.getByRole('status').filter({ hasText: 'Safety factors saved.' }).waitFor();
      await page.locator('.tag').filter({ hasText: 'Vertigo or dizziness' }).waitFor();
    });
  });
});
