import { describe, expect, it } from 'vitest';
import { expandSlots, type Slot } from '@omt/contracts';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';
import { apiCall, apiLogin, patientIdViaApi, providerIdViaApi } from './support/api';

const ZONE = 'America/New_York';
const dayIn = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
/** The open OMT follow-up times of a provider in Cleveland over the next two weeks (from tomorrow). */
async function followUpSlots(url: string, token: string, provider: string): Promise<Slot[]> {
  const now = Date.now();
  const qs = new URLSearchParams({
    visitType: 'omt-follow-up',
    provider,
    location: 'loc-cleveland',
    from: new Date(now + 86_400_000).toISOString(),
    to: new Date(now + 14 * 86_400_000).toISOString(),
  });
  return expandSlots(await apiCall(url, token, 'GET', `/api/availability?${qs.toString()}`));
}
/** An admin closes a day with two visits booked; both are listed; the desk moves one and cancels the other; both patients are mailed. */
describe('a closure over booked visits in Chromium', () => {
  const j = useJourney({ mail: true });

  it('lists the visits a closure leaves booked; the desk moves one and cancels the other', async () => {
    const url = j.clinic.url;
    const desk = await apiLogin(url, 'frontdesk@demo.clinic');
    const still = await providerIdViaApi(url, desk, 'Still');
    const slots = await followUpSlots(url, desk, still);
    // The first day with two open times an hour apart, on Cleveland's clock.
    const first = slots.find((s) =>
      slots.some(
        (o) => dayIn(o.start) === dayIn(s.start) && Date.parse(o.start) === Date.parse(s.start) + 3_600_000,
      ),
    );
    if (!first) throw new Error('no day with two open times');
    const day = dayIn(first.start);
    const second = new Date(Date.parse(first.start) + 3_600_000).toISOString().replace('.000Z', 'Z');
    for (const [email, start] of [
      ['alex@demo.clinic', first.start],
      ['maria@demo.clinic', second],
    ] as const) {
      await apiCall(url, desk, 'POST', '/api/appointments', {
        patientId: await patientIdViaApi(url, email),
        visitType: 'omt-follow-up',
        providerId: still,
        locationId: 'loc-cleveland',
        start,
      });
    }

    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Rooms' }).click();
      // Whole days on Cleveland's clock; a last day before the first is refused on its field, nothing saved.
      await page.getByLabel('Cleveland closed on').fill(day);
      await page
        .getByLabel('Last day Cleveland is closed')
        .fill(`${Number(day.slice(0, 4)) - 1}${day.slice(4)}`);
      await page.getByLabel('Cleveland closed because').fill('Burst pipe');
      const closeDays = page.getByRole('button', { name: 'Close for these days at Cleveland' });
      await closeDays.click();
      await page.getByText('Last day must not be before the first day.').waitFor();
      await expectNoAxeViolations(page, 'a refused closure');
      await page.getByLabel('Last day Cleveland is closed').fill('');
      await closeDays.click();
      // Before saving, the admin sees who is booked then.
      const dialog = page.getByRole('dialog', { name: '2 visits are booked in this time' });
      await dialog.getByText('Alex Rivera', { exact: false }).waitFor();
      await dialog.getByText('Maria Lopez', { exact: false }).waitFor();
      await expectNoAxeViolations(page, 'the booked visits before closing');
      await dialog.getByRole('button', { name: 'Close Cleveland anyway' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Closed. 2 booked visits are listed under Visits to rebook.' })
        .waitFor();
      const link = page.getByRole('main').getByRole('link', { name: /Visits to rebook/ });
      await link.filter({ hasText: '2 visits' }).waitFor();
      await link.click();
      await page.getByRole('heading', { name: 'Visits to rebook', exact: true }).waitFor();
      await expect.poll(() => page.getByTestId('rebook-row').count()).toBe(2);
      await page.getByText('Location closed: Burst pipe').first().waitFor();
      await expectNoAxeViolations(page, 'visits to rebook (admin)');
    });
    const closures = await j.clinic.handle.db.selectFrom('location_closures').selectAll().execute();
    expect(closures.map((c) => c.reason)).toEqual(['Burst pipe']);
    const booked = await j.clinic.handle.db
      .selectFrom('appointments')
      .select('status')
      .where('start_at', 'in', [first.start, second])
      .execute();
    expect(booked.map((b) => b.status)).toEqual(['booked', 'booked']); // closing cancels nothing itself

    await j.as('frontdesk@demo.clinic', async (page) => {
      await page
        .getByRole('main')
        .getByRole('link', { name: /Visits to rebook/ })
        .filter({ hasText: '2' })
        .click();
      await page.getByRole('heading', { name: 'Visits to rebook', exact: true }).waitFor();
      await expectNoAxeViolations(page, 'visits to rebook (desk)');

      await page.getByRole('button', { name: /^Reschedule .* for Alex Rivera$/ }).click();
      const times = page.getByTestId('slot-button');
      await times.first().waitFor();
      await expectNoAxeViolations(page, 'new times for Alex');
      await times.filter({ hasText: 'Dr. Andrea Still' }).first().click();
      await page.getByRole('button', { name: 'Move to this time' }).click();
      await page.getByRole('status').filter({ hasText: "Alex Rivera's visit is moved to" }).waitFor();
      await expect.poll(() => page.getByTestId('rebook-row').count()).toBe(1);

      // From the keyboard: open the cancel form, type the reason, confirm with Enter.
      await page.getByRole('button', { name: /^Cancel .* for Maria Lopez$/ }).focus();
      await page.keyboard.press('Enter');
      await page.getByLabel('Reason for cancelling').focus();
      await page.keyboard.type('Clinic closed: burst pipe');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: "Maria Lopez's visit is cancelled" }).waitFor();
      await page.getByText('No visits to rebook.').waitFor();
      await expectNoAxeViolations(page, 'nothing left to rebook');
    });

    const moved = await j.clinic.handle.db
      .selectFrom('appointments')
      .select(['start_at', 'status'])
      .where('patient_id', '=', await patientIdViaApi(url, 'alex@demo.clinic'))
      .where('status', '=', 'booked')
      .execute();
    expect(moved).toHaveLength(1);
    expect(dayIn(moved[0]?.start_at ?? '')).not.toBe(day);
    // The patients get the existing mails: the new time (an updated invitation) and the cancellation.
    await expect
      .poll(
        () =>
          j.clinic.mails.filter((m) => m.to.includes('alex@demo.clinic') && m.ics?.includes('METHOD:REQUEST'))
            .length,
      )
      .toBe(2);
    await expect
      .poll(
        () =>
          j.clinic.mails.filter((m) => m.to.includes('maria@demo.clinic') && m.ics?.includes('METHOD:CANCEL'))
            .length,
      )
      .toBe(1);
  });
  it("lists a deactivated provider's visits (counted before confirming); the desk moves one to another provider", async () => {
    const url = j.clinic.url;
    const desk = await apiLogin(url, 'frontdesk@demo.clinic');
    const resident = await providerIdViaApi(url, desk, 'Resident');
    const slots = await followUpSlots(url, desk, resident);
    await apiCall(url, desk, 'POST', '/api/appointments', {
      patientId: await patientIdViaApi(url, 'sam.parent@demo.clinic'),
      visitType: 'omt-follow-up',
      providerId: resident,
      locationId: 'loc-cleveland',
      start: slots.at(-1)?.start,
    });

    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Staff' }).click();
      await page.getByRole('button', { name: 'Deactivate Dr. Riley Resident' }).click();
      const dialog = page.getByRole('dialog', { name: 'Deactivate Dr. Riley Resident?' });
      await dialog.getByText('Dr. Riley Resident has 1 upcoming visit booked.', { exact: false }).waitFor();
      await expectNoAxeViolations(page, 'deactivating a provider with a visit booked');
      await dialog.getByRole('button', { name: 'Deactivate', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Dr. Riley Resident is deactivated.' }).waitFor();
      await page
        .getByRole('main')
        .getByRole('link', { name: /Visits to rebook/ })
        .filter({ hasText: '1 visit' })
        .waitFor();
    });

    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Visits to rebook' }).click();
      const card = page.getByTestId('rebook-row');
      await card.getByText('Dr. Riley Resident no longer works at the clinic').waitFor();
      await card.getByRole('button', { name: /^Reschedule .* Noah Parent$/ }).click();
      // Any provider who performs the visit type at Cleveland is offered; the deactivated one is not.
      const times = card.getByTestId('slot-button');
      await times.first().waitFor();
      await expect
        .poll(() => card.getByTestId('slot-button').filter({ hasText: 'Dr. Riley Resident' }).count())
        .toBe(0);
      await times.filter({ hasText: 'Dr. Andrea Still' }).first().click();
      await card.getByRole('button', { name: 'Move to this time' }).click();
      await page.getByRole('status').filter({ hasText: "Noah Parent's visit is moved to" }).waitFor();
      await page.getByText('No visits to rebook.').waitFor();
      await expectNoAxeViolations(page, 'moved to another provider');
    });
    await expect
      .poll(
        () =>
          j.clinic.mails.filter(
            (m) => m.to.includes('sam.parent@demo.clinic') && m.ics?.includes('SEQUENCE:1'),
          ).length,
      )
      .toBe(1);
  });
  it('the desk withdraws a waitlist offer held on a day closed since', async () => {
    const url = j.clinic.url;
    const desk = await apiLogin(url, 'frontdesk@demo.clinic');
    const admin = await apiLogin(url, 'admin@demo.clinic');
    const still = await providerIdViaApi(url, desk, 'Still');
    const slots = await followUpSlots(url, desk, still);
    const start = slots.at(-1)?.start ?? '';
    const visit = await apiCall(url, desk, 'POST', '/api/appointments', {
      patientId: await patientIdViaApi(url, 'alex@demo.clinic'),
      visitType: 'omt-follow-up',
      providerId: still,
      locationId: 'loc-cleveland',
      start,
    });
    const around = (minutes: number) => new Date(Date.parse(start) + minutes * 60_000).toISOString();
    await apiCall(url, desk, 'POST', '/api/waitlist', {
      patientId: await patientIdViaApi(url, 'maria@demo.clinic'),
      visitType: 'omt-follow-up',
      locationId: 'loc-cleveland',
      notBefore: around(-60),
      notAfter: around(60),
    });
    await apiCall(url, desk, 'POST', `/api/appointments/${visit.id}/cancel`, { reason: 'moving away' });
    await apiCall(url, admin, 'POST', '/api/locations/loc-cleveland/closures', {
      firstDay: dayIn(start),
      reason: 'Power cut',
    });

    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Visits to rebook' }).click();
      await page.getByText('Offered to Maria Lopez from the waitlist', { exact: false }).waitFor();
      await expectNoAxeViolations(page, 'a waitlist offer to withdraw');
      await page.getByRole('button', { name: 'Withdraw the offer to Maria Lopez' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'The offer to Maria Lopez is withdrawn; they stay on the waitlist' })
        .waitFor();
      await page.getByText('No visits to rebook.').waitFor();
    });
    const entries = await j.clinic.handle.db.selectFrom('waitlist_entries').select('status').execute();
    expect(entries.map((e) => e.status)).toEqual(['waiting']);
  });
});
