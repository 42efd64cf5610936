import { describe, expect, it } from 'vitest';
import { totpCode } from '../packages/server/src/auth/totp';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';

const PASSWORD = 'quarry-Meadow-violet-58';

/** The invitation link in a mail's (quoted-printable) text, as a path of this clinic. */
function invitationPath(raw: string): string {
  const text = raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
  const match = /https?:\/\/[^/\s]+(\/accept-invitation#token=[\w-]+)/.exec(text);
  if (!match?.[1]) throw new Error('no invitation link in the mail');
  return match[1];
}

/** An admin invites a physician, who opens the mailed link, sets a password, turns on two-factor and logs in with a code. */
describe('staff invitation in Chromium', () => {
  const j = useJourney({ mail: true });

  it('the admin invites a physician who sets a password from the mailed link, turns on two-factor and logs in with a code', async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Staff' }).click();
      await page.getByRole('heading', { name: 'Staff', exact: true }).waitFor();
      await page.getByRole('cell', { name: 'Physician' }).first().waitFor();
      await expectNoAxeViolations(page, 'staff list');
      const form = page.getByRole('region', { name: 'Invite a staff member' });
      await form.getByLabel('Email').fill('dr.new@clinic.example');
      await form.getByLabel('Name as shown to patients and colleagues').fill('Dr. Casey New');
      await form.getByRole('radio', { name: 'MD' }).check();
      await form.getByLabel('NPI', { exact: true }).fill('1234567890');
      await form.getByRole('checkbox', { name: 'Cleveland' }).check();
      await form.getByRole('button', { name: 'Send invitation' }).click();
      await form.getByText('check digit does not match').waitFor();
      await expect(form.getByLabel('NPI', { exact: true }).getAttribute('aria-invalid')).resolves.toBe(
        'true',
      );
      await expectNoAxeViolations(page, 'invite form with an NPI error');
      await form.getByLabel('NPI', { exact: true }).fill('1234567893');
      await form.getByRole('button', { name: 'Send invitation' }).click();
      await form
        .getByRole('status')
        .filter({ hasText: 'Invitation sent to dr.new@clinic.example' })
        .waitFor();
      await page
        .getByRole('row', { name: /Dr\. Casey New/ })
        .getByRole('cell', { name: 'Invited' })
        .waitFor();
      await expectNoAxeViolations(page, 'staff list with an invitation');
    });

    await expect
      .poll(() => j.clinic.mails.filter((m) => m.to.includes('dr.new@clinic.example')).length)
      .toBe(1);
    const mail = j.clinic.mails.find((m) => m.to.includes('dr.new@clinic.example'))!;
    const context = await j.browser.newContext({ baseURL: j.clinic.url, locale: 'en-US' });
    context.setDefaultTimeout(15_000);
    try {
      const page = await context.newPage();
      await page.goto(invitationPath(mail.raw));
      await page.getByRole('heading', { name: 'Set your password' }).waitFor();
      await expectNoAxeViolations(page, 'set your password');
      await page.getByLabel('New password', { exact: true }).fill('short');
      await page.getByLabel('New password again').fill('short');
      await page.getByRole('button', { name: 'Set password' }).click();
      await page.getByText('at least 12 characters', { exact: false }).last().waitFor();
      await expectNoAxeViolations(page, 'set your password with an error');
      await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('New password again').fill(PASSWORD);
      await page.getByRole('button', { name: 'Set password' }).click();
      await page.getByRole('status').filter({ hasText: 'is active' }).waitFor();
      await page.getByRole('link', { name: 'Log in' }).click();
      await page.getByLabel('Email').fill('dr.new@clinic.example');
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('button', { name: /log out/i }).waitFor();
      await page.getByText('Dr. Casey New').first().waitFor();

      // Two-factor on from the account page, then a login with a code from the app.
      await page.getByRole('link', { name: 'Your account' }).click();
      const section = page.getByRole('region', { name: 'Two-factor authentication' });
      await section.getByRole('button', { name: 'Set up two-factor' }).click();
      const secret = (await section.getByTestId('totp-secret').textContent())!.trim();
      await section.getByLabel('6-digit code from the app').fill(totpCode(secret, j.clinic.now().getTime()));
      await section.getByRole('button', { name: 'Turn on two-factor' }).click();
      await section.getByRole('list', { name: 'Your recovery codes' }).waitFor();
      await page.getByRole('button', { name: 'Log out', exact: true }).click();
      // The code that turned it on is used: log in with the next step's code.
      j.clinic.travelTo(new Date(j.clinic.now().getTime() + 30_000).toISOString());
      await page.getByLabel('Email').fill('dr.new@clinic.example');
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByLabel('6-digit code').fill(totpCode(secret, j.clinic.now().getTime()));
      await expectNoAxeViolations(page, 'the invited physician is asked for a code');
      await page.getByRole('button', { name: 'Verify and log in' }).click();
      await page.getByText('Dr. Casey New').first().waitFor();
      const row = await j.clinic.handle.db
        .selectFrom('users')
        .select(['status', 'npi', 'credential'])
        .where('email', '=', 'dr.new@clinic.example')
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'active', npi: '1234567893', credential: 'MD' });
    } finally {
      await context.close();
    }
  });

  it('the admin edits a role (a resident needs a supervisor) and deactivates a physician after confirming', async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Staff' }).click();
      const kim = page.getByRole('row', { name: /Dr\. Daniel Kim/ });
      await kim.getByRole('button', { name: 'Edit Dr. Daniel Kim' }).click();
      const edit = page.getByRole('form', { name: 'Edit Dr. Daniel Kim' });
      await edit.getByRole('radio', { name: 'Resident' }).check();
      await edit.getByLabel('NPI', { exact: true }).fill('1679576722');
      await edit.getByRole('button', { name: 'Save Dr. Daniel Kim' }).click();
      await edit.getByText('a resident needs a supervising physician').waitFor();
      await expect(
        edit.getByLabel('Supervising physician').evaluate((el) => el === document.activeElement),
      ).resolves.toBe(true);
      await expectNoAxeViolations(page, 'edit with a supervisor error');
      await edit.getByRole('button', { name: 'Cancel' }).click();

      await kim.getByRole('button', { name: 'Deactivate Dr. Daniel Kim' }).click();
      const dialog = page.getByRole('dialog', { name: 'Deactivate Dr. Daniel Kim?' });
      await dialog.waitFor();
      await expectNoAxeViolations(page, 'deactivate confirmation');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await kim.getByRole('cell', { name: 'Active', exact: true }).waitFor();
      await kim.getByRole('button', { name: 'Deactivate Dr. Daniel Kim' }).click();
      await dialog.getByRole('button', { name: 'Deactivate' }).click();
      await page.getByRole('status').filter({ hasText: 'Dr. Daniel Kim is deactivated.' }).waitFor();
      await kim.getByRole('cell', { name: 'Deactivated' }).waitFor();
      await expectNoAxeViolations(page, 'staff list after deactivation');
    });
  });
});
