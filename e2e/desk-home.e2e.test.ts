import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';

const NY = 'America/New_York';

/** A weekday at least two days ahead in Cleveland, so every half hour of it is still open to book. */
function comingWeekday(): string {
  for (let ahead = 2; ; ahead++) {
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: NY }).format(
      new Date(Date.now() + ahead * 86_400_000),
    );
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return date;
  }
}

/** "Tue Jun 2", as the calendar heads a day. */
const heading = (date: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`));

/** The front desk's home is the calendar: book from an open time, check in, undo, no-show, print the day. */
describe('front-desk home in Chromium', () => {
  const j = useJourney();

  it('books from an open calendar time, checks in, undoes it, marks a no-show and prints the day', async () => {
    const day = comingWeekday();
    let start = '';
    let id = '';
    await j.as('frontdesk@demo.clinic', async (page) => {
      // The desk lands on the calendar.
      await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
      await page.getByLabel('Location').selectOption({ label: 'Cleveland' });
      await page.getByLabel('Date').fill(day);
      await page.getByRole('columnheader', { name: 'Dr. Andrea Still' }).waitFor();
      await expectNoAxeViolations(page, 'desk home calendar');

      // An open time: Enter on it books there, with provider, location and time filled in.
      const open = page.getByRole('button', { name: `Book 10:00 AM with Dr. Andrea Still, ${heading(day)}` });
      await open.focus();
      await page.keyboard.press('Enter');
      const booking = page.getByRole('dialog', { name: /^Book with Dr. Andrea Still/ });
      await booking.getByLabel('Patient name').fill('Alex');
      await booking.getByRole('button', { name: 'Search' }).click();
      await booking.getByRole('button', { name: 'Select Alex Rivera' }).click();
      await booking.getByRole('radio', { name: /OMT follow-up/ }).check();
      const book = booking.getByRole('button', { name: 'Book Alex Rivera at 10:00 AM' });
      await book.waitFor();
      await expectNoAxeViolations(page, 'booking from an open time');
      await book.click();
      await page.getByRole('status').filter({ hasText: 'Booked Alex Rivera at 10:00 AM' }).waitFor();
      const booked = await j.clinic.handle.db
        .selectFrom('appointments')
        .selectAll()
        .where('status', '=', 'booked')
        .where('visit_type', '=', 'omt-follow-up')
        .execute();
      expect(booked).toHaveLength(1);
      start = booked[0]!.start_at;
      id = booked[0]!.id;
      expect(
        new Intl.DateTimeFormat('en-US', { timeZone: NY, timeStyle: 'short' }).format(new Date(start)),
      ).toBe('10:00 AM');

      // Its details: check in, then undo it.
      const visit = page.getByTestId('calendar-visit').filter({ hasText: 'Alex Rivera' });
      await visit.focus();
      await page.keyboard.press('Enter');
      const details = page.getByRole('dialog', { name: 'Alex Rivera, 10:00 AM' });
      await expect.poll(() => details.getByTestId('visit-intake').textContent()).toBe('Not started');
      await details.getByRole('link', { name: 'Alex Rivera' }).waitFor();
      await expectNoAxeViolations(page, 'visit details');
      await details.getByRole('button', { name: 'Check in' }).click();
      await details.getByRole('status').filter({ hasText: 'Alex Rivera is checked in.' }).waitFor();
      await expect.poll(() => details.getByTestId('visit-status').textContent()).toBe('Checked in');
      await details.getByRole('button', { name: 'Undo check-in' }).click();
      await details.getByRole('status').filter({ hasText: "Alex Rivera's check-in is undone." }).waitFor();
      await expect.poll(() => details.getByTestId('visit-status').textContent()).toBe('Booked');
      await expectNoAxeViolations(page, 'visit details after undo');

      // Too early for a no-show: the refusal says why, in plain words.
      await details.getByRole('button', { name: 'Mark as no-show' }).click();
      await details.getByRole('alert').filter({ hasText: 'only once its start time has passed' }).waitFor();
    });

    // After the start (a fresh login: the clock jumps past the session's idle limit), the no-show is recorded.
    j.clinic.travelTo(new Date(Date.parse(start) + 15 * 60_000).toISOString());
    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.getByLabel('Location').selectOption({ label: 'Cleveland' });
      await page.getByLabel('Date').fill(day);
      const visit = page.getByTestId('calendar-visit').filter({ hasText: 'Alex Rivera' });
      await visit.click();
      const details = page.getByRole('dialog', { name: 'Alex Rivera, 10:00 AM' });
      await details.getByRole('button', { name: 'Mark as no-show' }).click();
      await details.getByRole('status').filter({ hasText: 'Alex Rivera is marked as a no-show.' }).waitFor();
      await details.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => visit.textContent()).toContain('No-show');
      expect(
        await j.clinic.handle.db
          .selectFrom('appointments')
          .select('status')
          .where('id', '=', id)
          .executeTakeFirstOrThrow(),
      ).toEqual({ status: 'no_show' });

      // The printed day list: the visits with birth date and intake, and none of the app around them.
      await page.getByRole('button', { name: 'Print day list' }).waitFor();
      await page.emulateMedia({ media: 'print' });
      const list = page.getByTestId('day-print-list');
      await list.waitFor({ state: 'visible' });
      const row = list.getByRole('row').filter({ hasText: 'Alex Rivera' });
      expect((await row.allInnerTexts()).map((t) => t.split('\t').map((c) => c.trim()))).toEqual([
        [
          '10:00 AM–10:30 AM',
          'Alex Rivera',
          '1984-05-12',
          'OMT follow-up',
          'Dr. Andrea Still',
          'Not started',
          'No-show',
        ],
      ]);
      expect(await list.getByRole('heading').first().textContent()).toBe(`Cleveland, ${heading(day)}`);
      expect(await page.getByRole('navigation').first().isVisible()).toBe(false);
      expect(await page.getByRole('heading', { name: 'Calendar', level: 1 }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Print day list' }).isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
    });
  });
});
