import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';
import { answerIntakeQuestions, fillIntakeBasics } from './support/intake';
import { bookFollowUpViaApi } from './support/api';

const SADDLE_QUESTION =
  'Do you have new numbness in your groin, buttocks or inner thighs (the area you sit on)?';

/** The visit's calendar day where it takes place, as the desk's day list asks for it. */
const dayOf = (start: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(start));

/**
 * Issue 9 item 3: an intake with cauda equina signs reaches people at once. The patient reads the flag's
 * own instruction right after submitting, the physician already on the worklist sees the task appear
 * without reloading, and the front desk's day list marks the visit with the flag and its action.
 */
describe('an emergency flag at intake alerts the patient, the physician and the desk at once', () => {
  const j = useJourney();

  it('alex submits saddle numbness; dr.kim, on the worklist, sees the task arrive; the desk sees the mark', async () => {
    const appointment = (await bookFollowUpViaApi(j.clinic.url, 'alex@demo.clinic', 'Kim')) as {
      id: string;
      start: string;
      timeZone: string;
      locationName: string;
    };

    await j.as('dr.kim@demo.clinic', async (doctor) => {
      await doctor.goto('/clinician');
      await doctor.getByRole('heading', { name: 'Safety tasks', exact: true }).waitFor();
      const task = doctor.getByTestId('safety-task').filter({ hasText: 'Alex Rivera' });
      expect(await task.count()).toBe(0);

      await j.as('alex@demo.clinic', async (page) => {
        await page.goto(`/portal/appointments/${appointment.id}/intake`);
        await fillIntakeBasics(page);
        await answerIntakeQuestions(page, [SADDLE_QUESTION]);
        await page.getByRole('button', { name: 'Submit intake' }).click();
        const alert = page.getByRole('alert').filter({ hasText: 'Get emergency care now' });
        await alert.waitFor();
        await alert
          .getByText(/Go to an emergency department or call 911 now\. Do not wait for your visit\./)
          .waitFor();
        await alert.getByText(/No espere a su cita/).waitFor();
        await expectNoAxeViolations(page, 'intake sent with cauda equina signs');
        // Coming back to the sent intake shows the instruction again.
        await page.reload();
        await page.getByText('The intake for this visit was already sent.').waitFor();
        await page.getByRole('alert').filter({ hasText: 'Do not wait for your visit' }).waitFor();
      });

      // No reload: the server's event stream tells the worklist to read again.
      await task.waitFor({ timeout: 10_000 });
      await task.getByText('Emergency — Emergency referral').waitFor();
      await task
        .getByText(/Possible cauda equina syndrome/)
        .first()
        .waitFor();
      await task.getByText(/Assigned to you/).waitFor();
      await doctor.getByRole('status').filter({ hasText: 'New safety task: Alex Rivera.' }).waitFor();
      await expectNoAxeViolations(doctor, 'worklist with the emergency task');
    });

    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Day list' }).click();
      await page.getByLabel('Day').fill(dayOf(appointment.start, appointment.timeZone));
      const row = page.getByTestId('appointment-row').filter({ hasText: 'Alex Rivera' });
      await row
        .getByTestId('urgent-flag')
        .filter({ hasText: 'Emergency: Possible cauda equina syndrome — Emergency referral' })
        .waitFor();
      await expectNoAxeViolations(page, 'desk day list with the flagged visit');

      await page.getByRole('navigation').getByRole('link', { name: 'Calendar' }).click();
      await page.getByLabel('Location').selectOption({ label: appointment.locationName });
      await page.getByLabel('Date').fill(dayOf(appointment.start, appointment.timeZone));
      const visit = page.locator(`[data-visit-id="${appointment.id}"]`);
      await visit.getByTestId('urgent-flag').filter({ hasText: 'Possible cauda equina syndrome' }).waitFor();
      await expect(visit.getAttribute('class')).resolves.toContain('cal-flagged');
      await expectNoAxeViolations(page, 'desk calendar with the flagged visit');
    });
  });
});
