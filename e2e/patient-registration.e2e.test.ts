import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';

/** The desk registers a walk-in, finds them from the header search and books their consultation. */
describe('front-desk registration in Chromium', () => {
  const j = useJourney();

  it('the desk registers a walk-in, finds them from the header and books a consultation', async () => {
    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Register patient' }).click();
      await page.getByRole('heading', { name: 'Register a patient' }).waitFor();
      await expectNoAxeViolations(page, 'register form');
      await page.getByLabel('Given name (required)').fill('Jordan');
      await page.getByLabel('Family name (required)').fill('Walker');
      await page.getByLabel('Date of birth (required)').fill('2099-04-15');
      await page.getByLabel('Sex').selectOption('female');
      await page.getByLabel('Preferred language').selectOption('es');
      await page
        .getByRole('group', { name: 'Contact', exact: true })
        .getByLabel('Phone')
        .fill('(216) 555-0188');
      await page
        .getByRole('group', { name: 'Contact', exact: true })
        .getByLabel('Email')
        .fill('jordan.walker@example.com');
      await page.getByLabel('Address line 1').fill('12 Euclid Ave');
      await page.getByLabel('City').fill('Cleveland');
      await page.getByLabel('State').fill('OH');
      await page.getByLabel('ZIP code').fill('44106');
      await page.getByLabel('Payer').fill('Medical Mutual');
      await page.getByLabel('Member ID').fill('MM123456');
      await page.getByRole('button', { name: 'Register patient' }).click();
      // The refusal is shown at its field, which takes the focus.
      const birth = page.getByLabel('Date of birth (required)');
      await expect.poll(() => birth.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => birth.evaluate((el) => el === document.activeElement)).toBe(true);
      await page
        .locator('#patient-birthDate-error')
        .filter({ hasText: 'must not be in the future' })
        .waitFor();
      await expectNoAxeViolations(page, 'register form with a refused field');
      await birth.fill('1990-04-15');
      await page.getByRole('button', { name: 'Register patient' }).click();
      await page.getByRole('heading', { name: 'Jordan Walker', level: 1 }).waitFor();
      await page.getByText('Medical Mutual, member MM123456').waitFor();
      await expectNoAxeViolations(page, 'patient page');
      await page.getByRole('button', { name: 'Edit registration' }).click();
      await page.getByLabel('Member ID').fill('MM654321');
      await expectNoAxeViolations(page, 'patient edit form');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();
      await page.getByText('Medical Mutual, member MM654321').waitFor();

      // Found again from the header search box by phone, typed another way.
      await page.getByRole('navigation').getByRole('link', { name: 'Day list' }).click();
      await page.getByLabel('Find a patient').fill('216.555.0188');
      await page
        .getByRole('search', { name: 'Patients' })
        .getByRole('button', { name: 'Find patient' })
        .click();
      const result = page.getByRole('link', { name: 'Jordan Walker', exact: true });
      await result.waitFor();
      await expectNoAxeViolations(page, 'header search results');
      await result.click();
      await page.getByRole('heading', { name: 'Jordan Walker', level: 1 }).waitFor();

      // Book their consultation on the desk booking page.
      await page.getByRole('main').getByRole('link', { name: 'Book a visit' }).click();
      await page.getByLabel('Patient name').fill('walker jor');
      await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
      await page.getByRole('button', { name: 'Select Jordan Walker' }).click();
      await page
        .getByRole('radio', { name: /Consultation/ })
        .first()
        .check();
      await page.getByRole('radio', { name: /Cleveland/ }).check();
      await page.getByTestId('slot-button').first().click();
      await page.getByRole('button', { name: 'Book', exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Booked: .* for Jordan Walker/ })
        .waitFor();
      await expectNoAxeViolations(page, 'desk booking of the walk-in');
    });
    const patient = await j.clinic.handle.db
      .selectFrom('patients')
      .selectAll()
      .where('family_name', '=', 'Walker')
      .executeTakeFirstOrThrow();
    expect(patient).toMatchObject({ preferred_language: 'es', phone_key: '2165550188', version: 1 });
    const visits = await j.clinic.handle.db
      .selectFrom('appointments')
      .selectAll()
      .where('patient_id', '=', patient.id)
      .execute();
    expect(visits.map((v) => v.visit_type)).toEqual(['consultation']);
  });

  it('a possible duplicate is shown with its matches, and registered only with a reason', async () => {
    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Register patient' }).click();
      await page.getByLabel('Given name (required)').fill('alex');
      await page.getByLabel('Family name (required)').fill('RIVERA');
      await page.getByLabel('Date of birth (required)').fill('1984-05-12');
      await page.getByRole('button', { name: 'Register patient' }).click();
      const warning = page.getByRole('region', { name: 'This may be a patient already registered' });
      await warning.getByRole('link', { name: 'Alex Rivera' }).waitFor();
      await expect(warning.textContent()).resolves.toContain('same name and date of birth');
      await expectNoAxeViolations(page, 'duplicate warning');
      await page.getByLabel('Why this is a different person').fill('Father of the same name, new patient');
      await page.getByRole('button', { name: 'Register anyway' }).click();
      await page.getByRole('heading', { name: 'alex RIVERA', level: 1 }).waitFor();
    });
    const audit = await j.clinic.handle.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'demographics.write')
      .where('detail', 'like', '%Father of the same name%')
      .execute();
    expect(audit).toHaveLength(1);
  });
});
