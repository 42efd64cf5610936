import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';

const NEW_PASSWORD = 'kettle-Orbit-lantern-42';

/** The reset link in a mail's (quoted-printable) text, as a path of this clinic. */
function resetPath(raw: string): string {
  const text = raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
  const match = /https?:\/\/[^/\s]+(\/reset-password\?token=[\w-]+)/.exec(text);
  if (!match?.[1]) throw new Error('no reset link in the mail');
  return match[1];
}

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** A patient who forgot her password gets a link by mail, sets a new one and logs in; staff manage their sessions. */
describe('forgot password and account in Chromium', () => {
  const j = useJourney({ mail: true });

  it('a patient resets a forgotten password from the mailed link and logs in with it', async () => {
    const context = await j.browser.newContext({ baseURL: j.clinic.url, locale: 'en-US' });
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      await page.goto('/login');
      await page.getByRole('link', { name: 'Forgot password?' }).click();
      await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
      await expectNoAxeViolations(page, 'forgot password');
      await page.getByLabel('Email').fill('maria@demo.clinic');
      await page.getByRole('button', { name: 'Send reset link' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'a link to reset its password is on its way' })
        .waitFor();
      await expectNoAxeViolations(page, 'reset link sent');

      await expect
        .poll(() => j.clinic.mails.filter((m) => m.to.includes('maria@demo.clinic')).length)
        .toBe(1);
      const mail = j.clinic.mails.find((m) => m.to.includes('maria@demo.clinic'))!;
      await page.goto(resetPath(mail.raw));
      await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
      await expectNoAxeViolations(page, 'choose a new password');

      const newPassword = page.getByLabel('New password', { exact: true });
      await newPassword.fill('Password2026!');
      await page.getByLabel('New password again').fill('Password2026!');
      await page.getByRole('button', { name: 'Set new password' }).click();
      await page.getByText('too common').waitFor();
      await expect(newPassword.getAttribute('aria-invalid')).resolves.toBe('true');
      await expectNoAxeViolations(page, 'a refused new password');

      await newPassword.fill(NEW_PASSWORD);
      await page.getByLabel('New password again').fill(NEW_PASSWORD);
      await page.getByRole('button', { name: 'Set new password' }).click();
      await page.getByRole('status').filter({ hasText: 'Your password is changed' }).waitFor();
      await page.getByRole('link', { name: 'Log in' }).click();

      await logIn(page, 'maria@demo.clinic', 'omt-demo-2026');
      await page.getByRole('alert').filter({ hasText: 'email or password is wrong' }).waitFor();
      await logIn(page, 'maria@demo.clinic', NEW_PASSWORD);
      await page.getByRole('button', { name: /log out/i }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('a physician sees her sessions on her account page and logs out everywhere else', async () => {
    await j.as('dr.still@demo.clinic', async (elsewhere) => {
      await j.as('dr.still@demo.clinic', async (page) => {
        await page.getByRole('link', { name: 'Your account' }).click();
        await page.getByRole('heading', { name: 'Your account' }).waitFor();
        const sessions = page.getByRole('table', { name: 'Your sessions' });
        await expect.poll(() => sessions.getByRole('row').count()).toBe(3);
        await sessions.getByText('This session').waitFor();
        await expectNoAxeViolations(page, 'account');

        await page.getByLabel('Current password').fill('not-my-password');
        await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
        await page.getByLabel('New password again').fill(NEW_PASSWORD);
        await page.getByRole('button', { name: 'Change password' }).click();
        await page.getByText('the current password is wrong').waitFor();
        await expect(page.getByLabel('Current password').getAttribute('aria-invalid')).resolves.toBe('true');
        await expectNoAxeViolations(page, 'a wrong current password');

        await page.getByRole('button', { name: 'Log out everywhere else' }).click();
        await page.getByRole('status').filter({ hasText: '1 other session ended.' }).waitFor();
        await expect.poll(() => sessions.getByRole('row').count()).toBe(2);
      });
      await elsewhere.reload();
      await elsewhere.getByRole('heading', { name: 'Log in to OMT Clinic' }).waitFor();
    });
  });
});
