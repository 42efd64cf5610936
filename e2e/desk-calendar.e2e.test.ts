import { describe, expect, it } from 'vitest';
import { bookFollowUpViaApi } from './support/api';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';

/** The front desk's calendar: providers as columns, a visit moved by keyboard only. */
describe('front-desk calendar in Chromium', () => {
  const j = useJourney();

  it('shows the visit in its provider column and moves it with the keyboard', async () => {
    const appt = await bookFollowUpViaApi(j.clinic.url, 'alex@demo.clinic');
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(
      new Date(appt.start),
    );
    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Calendar' }).click();
      await page.getByLabel('Location').selectOption({ label: 'Cleveland' });
      await page.getByLabel('Day', { exact: true }).fill(day);
      await page.getByRole('columnheader', { name: 'Dr. Andrea Still' }).waitFor();
      const visit = page.getByTestId('calendar-visit').filter({ hasText: 'Alex Rivera' });
      await visit.waitFor();
      await expectNoAxeViolations(page, 'calendar (day)');
      await visit.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Moving Alex Rivera' }).waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('calendar-target');
      await page.keyboard.press('Tab');
      await expectNoAxeViolations(page, 'calendar (move mode)');
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Moved Alex Rivera' }).waitFor();
      const row = await j.clinic.handle.db
        .selectFrom('appointments')
        .select('start_at')
        .where('id', '=', appt.id)
        .executeTakeFirstOrThrow();
      expect(row.start_at).not.toBe(appt.start);
      await page.getByRole('radio', { name: 'Whole week' }).check();
      await page.getByTestId('calendar-visit').filter({ hasText: 'Alex Rivera' }).waitFor();
      await expectNoAxeViolations(page, 'calendar (week)');
    });
  });
});
