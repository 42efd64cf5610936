import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';

const EMAIL = 'jordan.newman@example.org';
const PASSWORD = 'kettle-Orbit-lantern-42';

/** The confirmation link in a mail's (quoted-printable) text, as a path of this clinic. */
function verifyPath(raw: string): string {
  const text = raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
  const match = /https?:\/\/[^/\s]+(\/verify-email\?token=[\w-]+)/.exec(text);
  if (!match?.[1]) throw new Error('no confirmation link in the mail');
  return match[1];
}

/** A new patient signs up from the login page, confirms the email from the mail, adds a child and books for them. */
describe('online sign-up in Chromium', () => {
  const j = useJourney({ mail: true });

  it('a parent signs up, confirms the email, adds a child and books a visit for the child', async () => {
    const context = await j.browser.newContext({ baseURL: j.clinic.url, locale: 'en-US' });
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByRole('link', { name: 'Create an account' }).click();
      await page.getByRole('heading', { name: 'Create an account' }).waitFor();
      await expectNoAxeViolations(page, 'sign-up form');

      // In a hurry: nothing typed, then a common password.
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByText('is required').waitFor();
      await expect(page.getByLabel('First name').getAttribute('aria-invalid')).resolves.toBe('true');
      await page.getByLabel('First name').fill('Jordan');
      await page.getByLabel('Last name').fill('Newman');
      await page.getByLabel('Date of birth').fill('1988-03-09');
      await page.getByLabel('Sex').selectOption('female');
      await page.getByLabel('Email').fill(EMAIL);
      await page.getByLabel('Phone (optional)').fill('(216) 555-0199');
      await page.getByLabel('Language for mail and messages').selectOption('en');
      await page.getByLabel('New password', { exact: true }).fill('Password2026!');
      await page.getByLabel('New password again').fill('Password2026!');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByText('too common').waitFor();
      await expect(
        page.getByLabel('New password', { exact: true }).getAttribute('aria-invalid'),
      ).resolves.toBe('true');
      await expectNoAxeViolations(page, 'a refused sign-up');
      await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('New password again').fill(PASSWORD);
      await page.getByLabel('New password again').press('Enter');
      await page.getByRole('status').filter({ hasText: 'open the link in it within 24 hours' }).waitFor();
      await expectNoAxeViolations(page, 'sign-up sent');

      // Logged in before confirming: the banner says why booking waits.
      await page.getByRole('link', { name: 'Go to log in' }).first().click();
      await page.getByLabel('Email').fill(EMAIL);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      const banner = page.getByRole('region', { name: 'Confirm your email' });
      await banner.waitFor();
      await expectNoAxeViolations(page, 'portal with the confirm-email banner');

      await expect.poll(() => j.clinic.mails.filter((m) => m.to.includes(EMAIL)).length).toBe(1);
      const mail = j.clinic.mails.find((m) => m.to.includes(EMAIL))!;
      expect(mail.subject).toBe('Confirm your email for OMT Clinic');
      await page.goto(verifyPath(mail.raw));
      await page.getByRole('heading', { name: 'Confirm your email' }).waitFor();
      await expectNoAxeViolations(page, 'confirm email');
      await page.getByRole('button', { name: 'Confirm my email' }).click();
      await page.getByRole('status').filter({ hasText: 'Your email is confirmed' }).waitFor();
      await expectNoAxeViolations(page, 'email confirmed');
      await page.getByRole('link', { name: 'Go to my appointments' }).click();
      await page.getByRole('heading', { name: 'My appointments' }).waitFor();
      await expect.poll(() => banner.count()).toBe(0);

      // Add a child: an adult is refused, then the child is added.
      await page.getByRole('button', { name: 'Add a child' }).click();
      const form = page.getByRole('form', { name: 'Add a child' });
      await form.getByLabel('First name').fill('Mia');
      await form.getByLabel('Last name').fill('Newman');
      await form.getByLabel('Date of birth').fill('2001-05-20');
      await form.getByLabel('Sex').selectOption('female');
      await form.getByRole('button', { name: 'Add child' }).click();
      await form.getByText('must be under 18').waitFor();
      await expect(form.getByLabel('Date of birth').getAttribute('aria-invalid')).resolves.toBe('true');
      await expectNoAxeViolations(page, 'a refused child');
      await form.getByLabel('Date of birth').fill('2019-09-14');
      await form.getByRole('button', { name: 'Add child' }).click();
      await page.getByRole('status').filter({ hasText: 'Mia Newman is added' }).waitFor();
      await expectNoAxeViolations(page, 'child added');

      await page.getByRole('main').getByRole('link', { name: 'Book a visit' }).click();
      const choose = page.getByRole('region', { name: 'Choose your visit' });
      await choose.getByRole('radio', { name: /Mia Newman/ }).check();
      await choose.getByRole('radio', { name: /Consultation/ }).check();
      await choose.getByRole('radio', { name: /Cleveland/ }).check();
      await page.getByTestId('slot-button').first().click();
      await expectNoAxeViolations(page, 'booking for the child');
      await page.getByRole('button', { name: 'Book', exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Mia Newman/ })
        .waitFor();
      await page.getByRole('link', { name: 'My appointments' }).first().click();
      await page.getByTestId('appointment-row').filter({ hasText: 'Mia Newman' }).waitFor();
    } finally {
      await context.close();
    }
  });
  it('the desk sees a sign-up that may be a registered patient flagged, nothing merged, and marks it reviewed', async () => {
    const email = 'maria.online@example.org';
    const r = await fetch(`${j.clinic.url}/api/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        givenName: 'Maria',
        familyName: 'Lopez',
        birthDate: '1994-02-03',
        sex: 'female',
        email,
        password: PASSWORD,
      }),
    });
    expect(r.status).toBe(202);
    await expect.poll(() => j.clinic.mails.filter((m) => m.to.includes(email)).length).toBe(1);
    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.getByLabel('Find a patient').fill(email);
      await page.getByLabel('Find a patient').press('Enter');
      await page.getByRole('link', { name: 'Maria Lopez', exact: true }).click();
      await page.getByRole('heading', { name: 'Maria Lopez', level: 1 }).waitFor();
      const note = page.getByRole('region', { name: 'Possible duplicate to review' });
      await note.getByText('Nothing was merged').waitFor();
      await expectNoAxeViolations(page, 'a record flagged as a possible duplicate');
      await note.getByRole('link', { name: 'Matching record 1' }).click();
      // The registered record: no note of its own, and not the new email (nothing was merged into it).
      await expect.poll(() => note.count()).toBe(0);
      await page.getByRole('heading', { name: 'Maria Lopez', level: 1 }).waitFor();
      await expect.poll(() => page.getByText(email).count()).toBe(0);

      // Back on the new record, the desk marks the review done from the keyboard, saying what it found.
      await page.goBack();
      await note.waitFor();
      await page.getByLabel('What you found').fill('ok');
      await page.getByLabel('What you found').press('Enter');
      await note.getByText('at least 3 characters').waitFor();
      await expectNoAxeViolations(page, 'a refused duplicate review');
      await page.getByLabel('What you found').fill('Called her: a different person born the same day');
      await page.getByLabel('What you found').press('Enter');
      await page.getByRole('status').filter({ hasText: 'Duplicate review done.' }).waitFor();
      await expect.poll(() => note.count()).toBe(0);
      await page.getByText(email).waitFor();
    });
  });
});
