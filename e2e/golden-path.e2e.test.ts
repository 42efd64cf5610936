import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';
import { answerIntakeQuestions, fillIntakeBasics } from './support/intake';

/**
 * The golden path from booking to aftercare in a real browser: a patient books and fills intake, the
 * front desk checks them in, the physician examines, treats and signs, the patient reads aftercare
 * and reports a bad check-in, and the physician's worklist shows it. axe scans every page visited.
 */
describe('golden path in Chromium', () => {
  const j = useJourney();
  let appointmentDay = '';
  let appointmentStart = '';
  const as = (email: string, run: (page: Page) => Promise<void>) => j.as(email, run);

  it('1. the patient books an OMT follow-up online, shown in the location zone', async () => {
    await as('alex@demo.clinic', async (page) => {
      await page.getByRole('heading', { name: 'My appointments' }).waitFor();
      await expectNoAxeViolations(page, 'portal home');
      await page.getByRole('main').getByRole('link', { name: 'Book a visit' }).click();
      await page
        .getByRole('region', { name: 'Choose your visit' })
        .getByRole('radio', { name: /OMT follow-up/ })
        .check();
      await page
        .getByRole('region', { name: 'Choose your visit' })
        .getByRole('radio', { name: /Cleveland/ })
        .check();
      await page.getByTestId('slot-button').first().click();
      await expectNoAxeViolations(page, 'booking');
      await page.getByRole('button', { name: 'Book', exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /booked/i })
        .waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'My appointments' }).click();
      const row = page.getByTestId('appointment-row').filter({ hasText: 'OMT follow-up' });
      await row.first().waitFor();
      // The browser runs in Los Angeles; the visit is shown in Cleveland's zone, named.
      await expect(row.first().textContent()).resolves.toMatch(/America\/New_York|Cleveland time/);
    });
    const appts = await j.clinic.handle.db
      .selectFrom('appointments')
      .selectAll()
      .where('visit_type', '=', 'omt-follow-up')
      .execute();
    expect(appts).toHaveLength(1);
    appointmentStart = appts[0]!.start_at;
    appointmentDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(
      new Date(appts[0]!.start_at),
    );
  });

  it('2. the patient fills in the intake questionnaire', async () => {
    await as('alex@demo.clinic', async (page) => {
      await page.getByRole('link', { name: /Fill in intake for OMT follow-up/ }).click();
      await fillIntakeBasics(page);
      // A missing answer is caught in the browser, shown next to its question and focused.
      await page.getByRole('button', { name: 'Submit intake' }).click();
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.closest('[data-field]')?.getAttribute('data-field')),
        )
        .toBe('phq-1');
      await answerIntakeQuestions(page);
      // The low-back safety questions appeared when "Lower back" was chosen; the neck ones did not.
      await expect
        .poll(() => page.getByRole('group', { name: 'Safety questions: your neck' }).count())
        .toBe(0);
      await expectNoAxeViolations(page, 'intake form');
      await page.getByRole('button', { name: 'Submit intake' }).click();
      await page.getByRole('status').filter({ hasText: 'your answers were sent to the clinic' }).waitFor();
      await expectNoAxeViolations(page, 'intake sent');
      await page.getByRole('link', { name: 'Back to my appointments' }).click();
      await expect(page.getByTestId('appointment-row').first().textContent()).resolves.toMatch(
        /Intake: done/,
      );
    });
  });

  it('3. the front desk checks the patient in', async () => {
    await as('frontdesk@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Day list' }).click();
      await page.getByLabel('Day').fill(appointmentDay);
      await page.getByRole('button', { name: 'Check in Alex Rivera' }).click();
      await page
        .getByTestId('appointment-row')
        .filter({ hasText: /Checked in/i })
        .waitFor();
      await expectNoAxeViolations(page, 'front desk day');
    });
  });

  it('4–6. the physician examines, records consent and treatment, signs, and gets the codes', async () => {
    j.clinic.travelTo(appointmentStart); // the visit has begun
    await as('dr.still@demo.clinic', async (page) => {
      await expectNoAxeViolations(page, 'clinician home');
      await page.getByRole('button', { name: 'Open encounter for Alex Rivera' }).first().click();
      await page
        .getByRole('heading', { name: /Alex Rivera/ })
        .first()
        .waitFor();
      await page.getByText('Low back pain for three months').first().waitFor();
      await page.getByRole('checkbox', { name: 'Lumbar: Tenderness' }).check();
      await page.getByRole('checkbox', { name: /Lumbar: Restriction/ }).check();
      await page.getByRole('button', { name: 'Save exam' }).click();
      await page.getByRole('status').filter({ hasText: /saved/i }).first().waitFor();
      await page.getByLabel('Region').selectOption('lumbar');
      await page.getByLabel('Technique').selectOption('soft_tissue');
      await page
        .getByText(/allowed/i)
        .first()
        .waitFor();
      await page.getByRole('button', { name: 'Consent given' }).click();
      await page.getByLabel('Patient position').fill('prone');
      await page.getByRole('button', { name: 'Record treatment' }).click();
      await page.getByRole('cell', { name: 'Soft tissue' }).first().waitFor();
      await expectNoAxeViolations(page, 'encounter (draft)');
      await page.getByRole('checkbox', { name: 'Aftercare instructions given to the patient' }).check();
      await page.getByRole('button', { name: 'Sign note' }).click();
      const confirm = page.getByRole('dialog', { name: 'Sign and lock this note?' });
      await confirm.getByRole('button', { name: 'Sign now' }).click();
      await page.getByText('98925').first().waitFor();
      await page.getByText('M99.03').first().waitFor();
      await expectNoAxeViolations(page, 'encounter (signed)');
    });
  });

  it('7–8. the patient reads aftercare (EN/ES) and a bad check-in reaches the worklist', async () => {
    await as('alex@demo.clinic', async (page) => {
      await page.getByRole('link', { name: 'Aftercare and check-in' }).click();
      await page.getByText(/water/i).first().waitFor();
      await expectNoAxeViolations(page, 'aftercare');
      // The aftercare's own language buttons, not the portal's language switch in the header.
      await page
        .getByRole('group', { name: 'Language and printing' })
        .getByRole('button', { name: 'Español' })
        .click();
      await page.getByText(/agua/i).first().waitFor();
      await page.getByLabel('Soreness now (0–10)').fill('8');
      await page.getByLabel('Days you have been sore').fill('4');
      await page.getByRole('button', { name: 'Send check-in' }).click();
      await page
        .getByText(/clinic will call you today/i)
        .first()
        .waitFor();
      // Sent: the form is empty again for a later check-in.
      await expect.poll(() => page.getByLabel('Soreness now (0–10)').inputValue()).toBe('');
      expect(await page.getByLabel('Days you have been sore').inputValue()).toBe('');
      await expectNoAxeViolations(page, 'check-in result');
      // The technique given today leads to its article in the health library; the library searches.
      await page
        .getByRole('navigation', { name: /techniques of this visit/ })
        .getByRole('link', { name: 'Soft tissue' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Soft tissue' }).waitFor();
      await page.getByText("Reviewed by the clinic's physicians. Last reviewed on").waitFor();
      await expectNoAxeViolations(page, 'education article');
      await page.getByRole('link', { name: '← All articles' }).click();
      await page.getByRole('heading', { level: 2, name: 'Techniques' }).waitFor();
      await page.getByLabel('Search the articles').fill('90 seconds');
      await page.getByLabel('Search the articles').press('Enter');
      await page.getByRole('status').filter({ hasText: 'Articles found for “90 seconds”' }).waitFor();
      await expectNoAxeViolations(page, 'education search');
      await page.getByRole('link', { name: 'Counterstrain' }).click();
      await page.getByRole('heading', { level: 1, name: 'Counterstrain' }).waitFor();
    });
    await as('dr.still@demo.clinic', async (page) => {
      const alert = page.getByTestId('alert-row').filter({ hasText: 'Alex Rivera' });
      await alert.first().waitFor();
      await page.getByRole('button', { name: 'Acknowledge Alex Rivera' }).click();
      await alert.getByRole('radio', { name: 'Called the patient' }).check();
      await alert.getByRole('button', { name: 'Save acknowledgement' }).click();
      await expect.poll(() => alert.count()).toBe(0);
    });
  });

  it('a visitor reads the health library in Spanish without logging in, from the keyboard', async () => {
    const context = await j.browser.newContext({ locale: 'es-US' });
    try {
      const page = await context.newPage();
      await page.goto(`${j.clinic.url}/education`);
      await page.getByRole('heading', { level: 1, name: 'Biblioteca de salud' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
      await page.getByLabel('Buscar en los artículos').focus();
      await page.keyboard.type('embarazo');
      await page.keyboard.press('Enter');
      const result = page.getByRole('link', { name: 'Dolor de espalda en el embarazo' });
      await result.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Dolor de espalda en el embarazo' }).waitFor();
      await page.getByRole('heading', { name: 'Fuentes' }).waitFor();
      await expectNoAxeViolations(page, 'public education article (es)');
    } finally {
      await context.close();
    }
  });

  it('the admin pages through the audit log of all this', async () => {
    await as('admin@demo.clinic', async (page) => {
      await page.getByRole('heading', { name: /audit/i }).first().waitFor();
      await page.getByRole('cell', { name: 'clinical.write' }).first().waitFor();
      await expectNoAxeViolations(page, 'audit log');
    });
  });
});
