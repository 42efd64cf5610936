import { describe, expect, it } from 'vitest';
import { apiCall, apiLogin, bookFollowUpViaApi } from './support/api';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';

/** Moving and cancelling visits from the portal and the front desk, by keyboard. */
describe('reschedule and cancel in Chromium', () => {
  const j = useJourney();

  it('a patient moves a visit to another time using only the keyboard', async () => {
    const appt = await bookFollowUpViaApi(j.clinic.url, 'alex@demo.clinic');
    await j.as('alex@demo.clinic', async (page) => {
      await page.getByRole('button', { name: /Reschedule OMT follow-up/ }).focus();
      await page.keyboard.press('Enter');
      const slot = page.getByTestId('slot-button').first();
      await slot.focus();
      await page.keyboard.press('Enter');
      await expectNoAxeViolations(page, 'reschedule picker');
      await page.getByRole('button', { name: 'Move to this time' }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(async () => {
          const row = await j.clinic.handle.db
            .selectFrom('appointments')
            .select('start_at')
            .where('id', '=', appt.id)
            .executeTakeFirst();
          return row?.start_at;
        })
        .not.toBe(appt.start);
    });
  });

  it('the front desk cancels a visit with a reason', async () => {
    const appt = await bookFollowUpViaApi(j.clinic.url, 'maria@demo.clinic');
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(
      new Date(appt.start),
    );
    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Day list' }).click();
      await page.getByLabel('Day').fill(day);
      await page.getByRole('button', { name: /Cancel OMT follow-up for Maria Lopez/ }).click();
      await page.getByLabel('Reason for cancelling').fill('called to cancel: travelling');
      await expectNoAxeViolations(page, 'desk cancel form');
      await page.getByRole('button', { name: 'Confirm cancellation' }).click();
      await page
        .getByTestId('appointment-row')
        .filter({ hasText: 'Maria Lopez' })
        .filter({ hasText: /Cancelled/ })
        .waitFor();
      const row = await j.clinic.handle.db
        .selectFrom('appointments')
        .selectAll()
        .where('id', '=', appt.id)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('cancelled');
      expect(row.cancel_reason).toBe('called to cancel: travelling');
    });
  });

  it('a waitlisted patient is offered a freed time and takes it', async () => {
    const freed = await bookFollowUpViaApi(j.clinic.url, 'alex@demo.clinic');
    await j.as('maria@demo.clinic', async (page) => {
      await page.getByRole('main').getByRole('link', { name: 'Book a visit' }).click();
      const join = page.getByRole('region', { name: 'No time that suits you?' });
      // Maria is recorded pregnant: pregnancy OMT is offered, infant OMT is not.
      await join.getByRole('radio', { name: 'Pregnancy OMT' }).waitFor();
      await expect.poll(() => join.getByRole('radio', { name: 'Infant and child OMT' }).count()).toBe(0);
      // The waitlist starts from the visit type chosen in the booking form above.
      await page
        .getByRole('region', { name: 'Choose your visit' })
        .getByRole('radio', { name: /Pregnancy OMT/ })
        .check();
      await expect.poll(() => join.getByRole('radio', { name: 'Pregnancy OMT' }).isChecked()).toBe(true);
      await join.getByRole('radio', { name: 'OMT follow-up' }).check();
      await join.getByRole('radio', { name: 'Cleveland' }).check();
      await expectNoAxeViolations(page, 'waitlist join');
      await page.getByRole('button', { name: 'Join the waitlist' }).click();
      await page.getByRole('status').filter({ hasText: 'You are on the waitlist' }).waitFor();
      const desk = await apiLogin(j.clinic.url, 'frontdesk@demo.clinic');
      await apiCall(j.clinic.url, desk, 'POST', `/api/appointments/${freed.id}/cancel`, {
        reason: 'patient called: cannot come',
      });
      await page.getByRole('navigation').getByRole('link', { name: 'My appointments' }).click();
      await page.getByTestId('waitlist-row').filter({ hasText: 'a time is held for you' }).waitFor();
      await expectNoAxeViolations(page, 'waitlist offer');
      await page.getByRole('button', { name: 'Accept this time' }).click();
      await expect
        .poll(async () => {
          const rows = await j.clinic.handle.db
            .selectFrom('appointments')
            .selectAll()
            .where('start_at', '=', freed.start)
            .where('status', '=', 'booked')
            .execute();
          return rows.length;
        })
        .toBe(1);
      await page.getByTestId('appointment-row').filter({ hasText: 'OMT follow-up' }).first().waitFor();
    });
  });

  it('the front desk books a plan of care as weekly × 3 in one go', async () => {
    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: /Book/ }).first().click();
      await page.getByLabel('Patient name').fill('Noah');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('button', { name: /Noah Parent/ }).click();
      // Only visit types that fit a 10-week-old are offered: infant OMT, never pregnancy OMT.
      await page.getByRole('radio', { name: /Infant and child OMT/ }).waitFor();
      await expect.poll(() => page.getByRole('radio', { name: /Pregnancy OMT/ }).count()).toBe(0);
      await page.getByRole('radio', { name: /OMT follow-up/ }).check();
      await page.getByRole('radio', { name: /Cleveland/ }).check();
      await page.getByTestId('slot-button').last().click();
      await page.getByLabel('Weekly visits to book (1 = just this one)').fill('3');
      await expectNoAxeViolations(page, 'desk series booking');
      await page.getByRole('button', { name: 'Book 3 weekly visits' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Booked/ })
        .waitFor();
      const noah = await j.clinic.handle.db
        .selectFrom('patients')
        .select('id')
        .where('given_name', '=', 'Noah')
        .executeTakeFirstOrThrow();
      const rows = await j.clinic.handle.db
        .selectFrom('appointments')
        .selectAll()
        .where('patient_id', '=', noah.id)
        .where('status', '=', 'booked')
        .execute();
      expect(rows).toHaveLength(3);
    });
  });
});
