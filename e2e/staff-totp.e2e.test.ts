import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { totpCode } from '../packages/server/src/auth/totp';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';
import { apiCall, apiLogin } from './support/api';

const EMAIL = 'dr.kim@demo.clinic';
const ADMIN = 'admin@demo.clinic';

/** A code that is not the right one now. */
const wrongCode = (right: string) => (right === '000000' ? '111111' : '000000');

async function logInWithPassword(page: Page, email = EMAIL): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('omt-demo-2026');
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** A physician turns two-factor on from her account page and logs in again with a code from her app. */
describe('staff two-factor in Chromium', () => {
  const j = useJourney();

  it('a physician turns on TOTP, keeps the recovery codes and logs in again with a code', async () => {
    await j.as(EMAIL, async (page) => {
      await page.getByRole('link', { name: 'Your account' }).click();
      const section = page.getByRole('region', { name: 'Two-factor authentication' });
      await section.waitFor();
      await expectNoAxeViolations(page, 'account page, two-factor off');

      await section.getByRole('button', { name: 'Set up two-factor' }).click();
      await section.getByRole('img', { name: /QR code/ }).waitFor();
      const secret = (await section.getByTestId('totp-secret').textContent())!.trim();
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      await expectNoAxeViolations(page, 'two-factor set-up');

      const codeField = section.getByLabel('6-digit code from the app');
      await expect(codeField.getAttribute('autocomplete')).resolves.toBe('one-time-code');
      await codeField.fill(wrongCode(totpCode(secret, j.clinic.now().getTime())));
      await section.getByRole('button', { name: 'Turn on two-factor' }).click();
      await section.getByText('is not the current code').waitFor();
      await expect(codeField.getAttribute('aria-invalid')).resolves.toBe('true');
      await expectNoAxeViolations(page, 'a wrong set-up code');

      await codeField.fill(totpCode(secret, j.clinic.now().getTime()));
      await section.getByRole('button', { name: 'Turn on two-factor' }).click();
      const codes = section.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem');
      await expect.poll(() => codes.count()).toBe(10);
      await section.getByText('shown only this once').waitFor();
      await expectNoAxeViolations(page, 'recovery codes');

      await page.getByRole('button', { name: 'Log out', exact: true }).click();
      await page.getByRole('heading', { name: 'Log in to OMT Clinic' }).waitFor();
      // The code that turned it on is used: log in with the next step's code.
      j.clinic.travelTo(new Date(j.clinic.now().getTime() + 30_000).toISOString());
      await logInWithPassword(page);
      const loginCode = page.getByLabel('6-digit code');
      await loginCode.waitFor();
      await expect(loginCode.getAttribute('autocomplete')).resolves.toBe('one-time-code');
      await expectNoAxeViolations(page, 'login asks for the code');
      await loginCode.fill(wrongCode(totpCode(secret, j.clinic.now().getTime())));
      await page.getByRole('button', { name: 'Verify and log in' }).click();
      await page.getByText('is not the current code').waitFor();
      await expect(loginCode.getAttribute('aria-invalid')).resolves.toBe('true');
      await expectNoAxeViolations(page, 'a wrong login code');

      await loginCode.fill(totpCode(secret, j.clinic.now().getTime()));
      await page.getByRole('button', { name: 'Verify and log in' }).click();
      await page.getByRole('button', { name: 'Log out', exact: true }).waitFor();
    });
  });
});

/** With REQUIRE_TOTP_FOR=admin, an admin without two-factor is sent to enrolment until it is on. */
describe('required two-factor in Chromium', () => {
  const j = useJourney({ config: { requireTotpFor: ['admin'] } });

  it('sends an admin without two-factor to enrolment, and lets her in once it is on', async () => {
    const context = await j.browser.newContext({ baseURL: j.clinic.url, locale: 'en-US' });
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      await page.goto('/login');
      await logInWithPassword(page, ADMIN);
      const section = page.getByRole('region', { name: 'Two-factor authentication' });
      await section.getByText('The clinic requires two-factor authentication for your role').waitFor();
      expect(new URL(page.url()).pathname).toBe('/account');
      await expectNoAxeViolations(page, 'required enrolment');

      // Any other page answers 403 totp_enrolment_required and the app comes back to enrolment.
      await page.goto('/admin/audit');
      await section.getByText('The clinic requires two-factor authentication for your role').waitFor();
      expect(new URL(page.url()).pathname).toBe('/account');

      await section.getByRole('button', { name: 'Set up two-factor' }).click();
      const secret = (await section.getByTestId('totp-secret').textContent())!.trim();
      await section.getByLabel('6-digit code from the app').fill(totpCode(secret, j.clinic.now().getTime()));
      await section.getByRole('button', { name: 'Turn on two-factor' }).click();
      await section.getByRole('list', { name: 'Your recovery codes' }).waitFor();
      await section.getByRole('link', { name: 'Continue to the clinic' }).click();
      await page.getByRole('heading', { name: /audit/i }).first().waitFor();
      expect(new URL(page.url()).pathname).toBe('/admin/audit');
    } finally {
      await context.close();
    }
  });
});

/** With REQUIRE_TOTP_FOR=physician, an admin resets a physician's lost two-factor; she must enrol again. */
describe('an admin resets a lost two-factor in Chromium', () => {
  const j = useJourney({ mail: true, config: { requireTotpFor: ['physician'] } });

  it('resets it after a confirmation with a reason; the physician is mailed and sent to enrolment', async () => {
    // Dr. Kim turned two-factor on, then lost her phone.
    const kim = await apiLogin(j.clinic.url, EMAIL);
    const { secret } = await apiCall(j.clinic.url, kim, 'POST', '/api/auth/totp/setup');
    await apiCall(j.clinic.url, kim, 'POST', '/api/auth/totp/enable', {
      code: totpCode(secret as string, j.clinic.now().getTime()),
    });

    await j.as(ADMIN, async (page) => {
      await page.goto('/admin/staff');
      const row = page.getByRole('row', { name: /Dr\. Daniel Kim/ });
      await row.getByRole('cell', { name: 'On', exact: true }).waitFor();
      // No reset of one's own two-factor, nor of a member without it.
      const ownRow = page.getByRole('row', { name: /Avery Admin/ });
      await expect.poll(() => ownRow.getByRole('button', { name: /Reset two-factor/ }).count()).toBe(0);

      await row.getByRole('button', { name: 'Reset two-factor of Dr. Daniel Kim' }).click();
      const dialog = page.getByRole('dialog', { name: 'Reset the two-factor of Dr. Daniel Kim?' });
      await dialog.waitFor();
      await expectNoAxeViolations(page, 'reset two-factor dialog');

      // Escape keeps it; then from the keyboard: no reason is refused inside the dialog.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await row.getByRole('button', { name: 'Reset two-factor of Dr. Daniel Kim' }).focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Reset two-factor' }).focus();
      await page.keyboard.press('Enter');
      await dialog.getByText('is required: say why two-factor is reset').waitFor();
      const reason = dialog.getByLabel('Reason (kept in the audit log)');
      await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
      await expectNoAxeViolations(page, 'reset without a reason');

      await reason.fill('Lost her phone; identity checked in person');
      await dialog.getByRole('button', { name: 'Reset two-factor' }).click();
      await page.getByRole('status').getByText('The two-factor of Dr. Daniel Kim is reset').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await row.getByRole('cell', { name: 'Off', exact: true }).waitFor();
      await expectNoAxeViolations(page, 'staff page after the reset');
    });

    // Her old session ended; she was mailed.
    const me = await fetch(`${j.clinic.url}/api/me`, { headers: { authorization: `Bearer ${kim}` } });
    expect(me.status).toBe(401);
    await expect
      .poll(() => j.clinic.mails.find((m) => m.to.includes(EMAIL))?.subject)
      .toBe('Your OMT Clinic two-factor was reset');

    // Her password alone now leads to enrolment, since the clinic requires two-factor for physicians.
    const context = await j.browser.newContext({ baseURL: j.clinic.url, locale: 'en-US' });
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      await page.goto('/login');
      await logInWithPassword(page);
      const section = page.getByRole('region', { name: 'Two-factor authentication' });
      await section.getByText('The clinic requires two-factor authentication for your role').waitFor();
      expect(new URL(page.url()).pathname).toBe('/account');
      await expectNoAxeViolations(page, 'enrolment again after the reset');
    } finally {
      await context.close();
    }
  });
});
