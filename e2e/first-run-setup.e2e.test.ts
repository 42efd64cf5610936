import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiCall, openEncounterViaApi } from './support/api';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';

const ADMIN = { email: 'owner@lakeside.example', password: 'harbor-Lantern-quartz-26', name: 'Olive Owner' };
const PHYSICIAN = { email: 'dr.lake@lakeside.example', password: 'maple-Orchard-violet-58' };
const DESK = { email: 'desk@lakeside.example', password: 'copper-Meadow-falcon-31' };
/** A 1×1 PNG, as the clinic's logo. */
const LOGO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

async function newContext(browser: Browser, url: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: url, locale: 'en-US', timezoneId: 'America/Chicago' });
  context.setDefaultTimeout(15_000);
  return context;
}

async function logIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('button', { name: /log out/i }).waitFor();
}

/** The invitation link in a mail's (quoted-printable) text, as a path of this clinic. */
function invitationPath(raw: string): string {
  const text = raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
  const match = /https?:\/\/[^/\s]+(\/accept-invitation#token=[\w-]+)/.exec(text);
  if (!match?.[1]) throw new Error('no invitation link in the mail');
  return match[1];
}

/** Weekly rows Monday to Friday on the Weekly hours page, from row `first` on. */
async function fillWeekdays(page: Page, first: number, start: string, end: string, location?: string) {
  for (const [i, day] of WEEKDAYS.entries()) {
    const row = first + i;
    await page.getByRole('button', { name: 'Add a row' }).click();
    await page.getByLabel(`Weekday of row ${row}`).selectOption({ label: day });
    if (location) await page.getByLabel(`Location of row ${row}`).selectOption({ label: location });
    await page.getByLabel(`Start of row ${row}`).fill(start);
    await page.getByLabel(`End of row ${row}`).fill(end);
  }
  await page.getByRole('button', { name: 'Save hours' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

/** A fresh production start without the demo: the CLI's admin goes through the checklist to a first booking. */
describe('first run without the demo, in Chromium', () => {
  const j = useJourney({ mail: true, firstRun: { admin: ADMIN } });

  /** The invitee opens the mailed link and sets a password. */
  async function acceptInvitation(who: { email: string; password: string }) {
    await expect.poll(() => j.clinic.mails.filter((m) => m.to.includes(who.email)).length).toBe(1);
    const mail = j.clinic.mails.find((m) => m.to.includes(who.email))!;
    expect(mail.subject).toBe('Your Lakeside Osteopathic account');
    const context = await newContext(j.browser, j.clinic.url);
    try {
      const page = await context.newPage();
      await page.goto(invitationPath(mail.raw));
      await page.getByRole('heading', { name: 'Set your password' }).waitFor();
      await page.getByLabel('New password', { exact: true }).fill(who.password);
      await page.getByLabel('New password again').fill(who.password);
      await page.getByRole('button', { name: 'Set password' }).click();
      await page.getByRole('status').filter({ hasText: 'is active' }).waitFor();
    } finally {
      await context.close();
    }
  }

  it('the admin lands on the checklist, sets up profile, location, staff and a visit type; the desk books', async () => {
    const context = await newContext(j.browser, j.clinic.url);
    const page = await context.newPage();
    try {
      await logIn(page, ADMIN);
      await page.getByRole('heading', { name: 'Set up the clinic' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/admin/setup');
      await page.getByText('0 of 4 steps done').waitFor();
      await page.getByRole('heading', { name: 'Clinic profile Not done' }).waitFor();
      await expectNoAxeViolations(page, 'the setup checklist, nothing done');

      // 1. The clinic profile; a hurried tax id is refused on its field.
      await page.getByRole('link', { name: 'edit the clinic profile' }).click();
      await page.getByRole('heading', { name: 'Clinic profile', level: 1 }).waitFor();
      await page.getByLabel('Clinic name').fill('Lakeside Osteopathic');
      await page.getByLabel('Address').fill('200 Lake Shore Dr, Chicago, IL 60611');
      await page.getByLabel('Phone').fill('(312) 555-0142');
      await page.getByLabel('Organisation NPI (type 2)').fill('1003000126');
      await page.getByLabel('Tax id (EIN)').fill('123-45-6789');
      await page.getByLabel('Logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO });
      await page.getByRole('img', { name: 'Current clinic logo' }).waitFor();
      await page.getByRole('button', { name: 'Save clinic profile' }).click();
      await page.getByText('must be an EIN like 12-3456789').waitFor();
      await expect(page.getByLabel('Tax id (EIN)').getAttribute('aria-invalid')).resolves.toBe('true');
      await expectNoAxeViolations(page, 'the clinic profile with a refused tax id');
      await page.getByLabel('Tax id (EIN)').fill('98-7654321');
      await page.getByRole('button', { name: 'Save clinic profile' }).click();
      await page.getByRole('status').filter({ hasText: 'Clinic profile saved.' }).waitFor();
      // The header takes the new name at once, without a reload.
      await page.getByRole('banner').getByText('Lakeside Osteopathic').waitFor();
      await expectNoAxeViolations(page, 'the clinic profile saved');

      // 2. A location in Chicago with its opening hours.
      await page.getByRole('navigation').getByRole('link', { name: 'Locations' }).click();
      const form = page.getByRole('region', { name: 'New location' });
      await form.getByLabel('Name').fill('Lakeside Chicago');
      await form.getByLabel('Time zone').selectOption('America/Chicago');
      await form.getByLabel('Address').fill('200 Lake Shore Dr, Chicago, IL 60611');
      await form.getByLabel('Phone').fill('+1 312 555 0142');
      await form.getByRole('button', { name: 'Add location' }).click();
      await page.getByRole('status').filter({ hasText: 'Lakeside Chicago added.' }).waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'Weekly hours' }).click();
      await page.getByLabel('Hours of').selectOption({ label: 'Lakeside Chicago (opening hours)' });
      await fillWeekdays(page, 1, '08:00', '17:00');

      // 3. Staff: a physician and the front desk are invited and set their passwords from the mailed links.
      await page.getByRole('navigation').getByRole('link', { name: 'Staff' }).click();
      const invite = page.getByRole('region', { name: 'Invite a staff member' });
      await invite.getByLabel('Email').fill(PHYSICIAN.email);
      await invite.getByLabel('Name as shown to patients and colleagues').fill('Dr. Lee Lake');
      await invite.getByRole('radio', { name: 'DO' }).check();
      await invite.getByLabel('NPI', { exact: true }).fill('1234567893');
      await invite.getByRole('checkbox', { name: 'Lakeside Chicago' }).check();
      await invite.getByRole('button', { name: 'Send invitation' }).click();
      await invite
        .getByRole('status')
        .filter({ hasText: `Invitation sent to ${PHYSICIAN.email}` })
        .waitFor();
      await invite.getByLabel('Email').fill(DESK.email);
      await invite.getByLabel('Name as shown to patients and colleagues').fill('Dana Desk');
      await invite.getByRole('radio', { name: 'Front desk' }).check();
      await invite.getByRole('checkbox', { name: 'Lakeside Chicago' }).check();
      await invite.getByRole('button', { name: 'Send invitation' }).click();
      await invite
        .getByRole('status')
        .filter({ hasText: `Invitation sent to ${DESK.email}` })
        .waitFor();
      await acceptInvitation(PHYSICIAN);
      await acceptInvitation(DESK);

      await page.getByRole('navigation').getByRole('link', { name: 'Setup' }).click();
      await page.getByRole('heading', { name: 'Staff Not done' }).waitFor();
      await page.getByText('1 active physician, none with weekly hours yet').waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'Weekly hours' }).click();
      await page.getByLabel('Hours of').selectOption({ label: 'Dr. Lee Lake' });
      await fillWeekdays(page, 1, '09:00', '16:00', 'Lakeside Chicago');

      // 4. A visit type.
      await page.getByRole('navigation').getByRole('link', { name: 'Visit types' }).click();
      const visitType = page.getByRole('form', { name: 'New visit type' });
      await visitType.getByLabel('Name', { exact: true }).fill('New patient OMT');
      await visitType.getByLabel('Description for patients').fill('History, exam and a first treatment.');
      await visitType.getByLabel('Length (minutes)').fill('45');
      await visitType.getByRole('button', { name: 'Add visit type' }).click();
      await page.getByRole('form', { name: 'New patient OMT' }).waitFor();

      await page.getByRole('navigation').getByRole('link', { name: 'Setup' }).click();
      await page.getByText('Every step is done: the clinic is ready to book visits.').waitFor();
      for (const step of ['Clinic profile', 'Location and hours', 'Staff', 'Visit types']) {
        await page.getByRole('heading', { name: `${step} Done` }).waitFor();
      }
      await expectNoAxeViolations(page, 'the setup checklist, all done');

      // Done: the checklist is no longer where the admin lands.
      await page.goto('/');
      await page.getByRole('heading', { name: /audit/i }).first().waitFor();
      expect(new URL(page.url()).pathname).toBe('/admin/audit');
    } finally {
      await context.close();
    }

    // The login page shows the clinic's name now.
    const desk = await newContext(j.browser, j.clinic.url);
    try {
      const page = await desk.newPage();
      await page.goto('/login');
      await page.getByRole('banner').getByText('Lakeside Osteopathic').waitFor();
      await logIn(page, DESK);
      await page.getByRole('navigation').getByRole('link', { name: 'Register patient' }).click();
      await page.getByLabel('Given name (required)').fill('Pat');
      await page.getByLabel('Family name (required)').fill('First');
      await page.getByLabel('Date of birth (required)').fill('1980-04-02');
      await page.getByLabel('Sex').selectOption('female');
      await page.getByRole('button', { name: 'Register patient' }).click();
      await page.getByRole('heading', { name: 'Pat First', level: 1 }).waitFor();

      await page.getByRole('navigation').getByRole('link', { name: /Book/ }).first().click();
      await page.getByLabel('Patient name').fill('Pat');
      await page.getByRole('button', { name: 'Search' }).click();
      await page
        .getByRole('button', { name: /Pat First/ })
        .first()
        .click();
      await page.getByRole('radio', { name: /New patient OMT/ }).check();
      await page.getByRole('radio', { name: /Lakeside Chicago/ }).check();
      // A later day than today: today's first time can fall inside the notice while the page is open.
      await page.getByRole('group', { name: 'Day' }).getByRole('button').nth(1).click();
      await page.getByTestId('slot-button').first().click();
      await expectNoAxeViolations(page, 'the first booking');
      await page.getByRole('button', { name: 'Book', exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Booked/ })
        .waitFor();
    } finally {
      await desk.close();
    }
    const booked = await j.clinic.handle.db
      .selectFrom('appointments')
      .innerJoin('locations', 'locations.id', 'appointments.location_id')
      .select(['locations.name', 'locations.time_zone', 'appointments.status'])
      .execute();
    expect(booked).toEqual([{ name: 'Lakeside Chicago', time_zone: 'America/Chicago', status: 'booked' }]);
  });
});

/** The demo clinic: a treated patient's printed aftercare starts with the clinic's letterhead from its profile. */
describe('printed aftercare, in Chromium', () => {
  const j = useJourney();

  it('an edit of the profile made from an old copy is refused, and the saved one can be loaded', async () => {
    await j.as('admin@demo.clinic', async (first) => {
      await first.goto('/admin/clinic-profile');
      const second = await first.context().newPage();
      await second.goto('/admin/clinic-profile');
      await second.getByLabel('Phone').waitFor();
      await first.getByLabel('Address').fill('2 Euclid Ave, Cleveland, OH 44115');
      await first.getByRole('button', { name: 'Save clinic profile' }).click();
      await first.getByRole('status').filter({ hasText: 'Clinic profile saved.' }).waitFor();
      await second.getByLabel('Phone').fill('+1 216 555 0199');
      await second.getByRole('button', { name: 'Save clinic profile' }).click();
      await second
        .getByRole('alert')
        .filter({ hasText: 'someone saved the clinic profile since you opened it' })
        .waitFor();
      await expectNoAxeViolations(second, 'a stale clinic profile edit');
      await second.getByRole('button', { name: 'Load the saved profile' }).click();
      await expect
        .poll(() => second.getByLabel('Address').inputValue())
        .toBe('2 Euclid Ave, Cleveland, OH 44115');
      await expect.poll(() => second.getByRole('alert').count()).toBe(0);
      await first.getByLabel('Address').fill('1 Euclid Ave, Cleveland, OH 44115');
      await first.getByRole('button', { name: 'Save clinic profile' }).click();
      await first.getByRole('status').filter({ hasText: 'Clinic profile saved.' }).waitFor();
    });
  });

  it('the aftercare page prints the clinic name, address and phone above the instructions', async () => {
    const url = j.clinic.url;
    const { encounter, token: still } = await openEncounterViaApi(j.clinic);
    const enc = `/api/encounters/${encounter.id}`;
    await apiCall(url, still, 'PUT', `${enc}/exam`, {
      regions: [
        { region: 'lumbar', tenderness: true, asymmetry: false, restriction: true, tissueTexture: false },
      ],
    });
    await apiCall(url, still, 'POST', `${enc}/consents`, {
      technique: 'soft_tissue',
      decision: 'given',
      method: 'verbal',
    });
    await apiCall(url, still, 'POST', `${enc}/treatments`, {
      region: 'lumbar',
      technique: 'soft_tissue',
      position: 'prone',
      response: 'improved',
    });
    await apiCall(url, still, 'POST', `${enc}/sign`, {});

    await j.as('alex@demo.clinic', async (page) => {
      await page.goto(`/portal/visits/${encounter.id}`);
      await page.getByRole('heading', { name: 'Aftercare', exact: true }).waitFor();
      await page.locator('.aftercare-list li').first().waitFor();
      const letterhead = page.getByTestId('clinic-print-header');
      await expect(letterhead.isVisible()).resolves.toBe(false);
      await expectNoAxeViolations(page, 'aftercare on screen');
      await page.emulateMedia({ media: 'print' });
      await letterhead.waitFor();
      await expect(letterhead.innerText()).resolves.toBe(
        'OMT Clinic\n1 Euclid Ave, Cleveland, OH 44115 · +1 216 555 0100',
      );
    });
  });
});
