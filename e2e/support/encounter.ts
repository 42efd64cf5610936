import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

const FINDINGS = ['Tenderness', 'Asymmetry', 'Restriction', 'Tissue texture'] as const;
export type FindingName = (typeof FINDINGS)[number];

/** From the clinician home, opens the encounter of the patient's appointment; returns its path. */
export async function openEncounterFromHome(page: Page, patientName: string): Promise<string> {
  await page
    .getByRole('button', { name: `Open encounter for ${patientName}` })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: `Encounter: ${patientName}` }).waitFor();
  await page.getByRole('heading', { name: /^(\d\. )?Exam/ }).waitFor();
  return new URL(page.url()).pathname;
}

export async function expectFocused(locator: Locator): Promise<void> {
  await expect.poll(() => locator.evaluate((el) => el === document.activeElement)).toBe(true);
}

/** The body-map button of a region (its accessible name starts with the region's name). */
export function mapRegion(page: Page, regionName: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^${regionName}: `) });
}

/**
 * Keyboard only: Enter on the region in the body map jumps to its row in the exam table, Space ticks
 * each finding wanted and Tab moves along the row.
 */
export async function markFindingsByKeyboard(
  page: Page,
  regionName: string,
  findings: FindingName[],
): Promise<void> {
  await mapRegion(page, regionName).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => mapRegion(page, regionName).getAttribute('aria-pressed')).toBe('true');
  await expectFocused(page.getByRole('checkbox', { name: `${regionName}: Tenderness` }));
  for (const [i, finding] of FINDINGS.entries()) {
    if (findings.includes(finding)) await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: `${regionName}: ${finding}` }).isChecked()).resolves.toBe(
      findings.includes(finding),
    );
    if (i < FINDINGS.length - 1) await page.keyboard.press('Tab');
  }
}

export async function saveExam(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save exam' }).click();
  await page.getByRole('status').filter({ hasText: 'Exam saved.' }).waitFor();
}

export async function chooseTreatment(page: Page, region: string, technique: string): Promise<void> {
  await page.getByLabel('Region', { exact: true }).selectOption(region);
  await page.getByLabel('Technique', { exact: true }).selectOption(technique);
  await page.locator('.verdict').waitFor();
}

/** Records consent given (verbal) for the technique chosen and waits until the screen shows it. */
export async function giveConsent(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Consent given' }).click();
  await page.getByText(/Current: Consent given \(verbal\)/).waitFor();
}

/**
 * Signs from the encounter page: "Sign note" opens the confirmation dialog, which names what is still
 * empty; returns those names after confirming with "Sign now".
 */
export async function signNote(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Sign note' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign and lock this note?' });
  await dialog.waitFor();
  const empty = await dialog.getByTestId('sign-confirm-empty').getByRole('listitem').allTextContents();
  await dialog.getByRole('button', { name: 'Sign now' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return empty;
}
