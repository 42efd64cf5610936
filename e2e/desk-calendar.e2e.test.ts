import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { bookFollowUpViaApi } from './support/api';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';

/** The header text of the column a visit sits in (the last header row names the provider). */
function columnOf(page: Page, patient: string): Promise<string | undefined> {
  return page.evaluate((name) => {
    const button = [...document.querySelectorAll('[data-testid="calendar-visit"]')].find((b) =>
      b.textContent?.includes(name),
    );
    const cell = button?.closest('td');
    const header = cell?.closest('table')?.querySelector('thead tr:last-child');
    return cell && header ? header.children[cell.cellIndex]?.textContent?.trim() : undefined;
  }, patient);
}

const focusedTarget = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-target-start') ?? null);

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
      await page.getByLabel('Date').fill(day);
      await page.getByText('Cleveland time (America/New_York)').first().waitFor();
      await page.getByRole('columnheader', { name: 'Dr. Andrea Still' }).waitFor();
      const visit = page.getByTestId('calendar-visit').filter({ hasText: 'Alex Rivera' });
      await visit.waitFor();
      expect(await columnOf(page, 'Alex Rivera')).toBe('Dr. Andrea Still');
      await expectNoAxeViolations(page, 'calendar (day)');

      await visit.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Moving Alex Rivera' }).waitFor();
      await expect.poll(() => focusedTarget(page)).not.toBeNull();
      const first = await focusedTarget(page);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => focusedTarget(page)).not.toBe(first);
      const second = await focusedTarget(page);
      await page.keyboard.press('Tab');
      await expect.poll(() => focusedTarget(page)).not.toBe(second);
      await expectNoAxeViolations(page, 'calendar (move mode)');
      const chosen = await focusedTarget(page);
      expect(chosen).toBeTruthy();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Moved Alex Rivera to' }).waitFor();
      const row = await j.clinic.handle.db
        .selectFrom('appointments')
        .select('start_at')
        .where('id', '=', appt.id)
        .executeTakeFirstOrThrow();
      expect(row.start_at).toBe(chosen);
      expect(row.start_at).not.toBe(appt.start);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
        .toContain('Alex Rivera');

      await page.getByRole('radio', { name: 'Week' }).check();
      // The demo's Cleveland hours are Monday to Friday: days without hours or visits are left out.
      await expect.poll(() => page.locator('th[scope="colgroup"]').count()).toBe(5);
      await page.getByTestId('calendar-visit').filter({ hasText: 'Alex Rivera' }).waitFor();
      await expectNoAxeViolations(page, 'calendar (week)');

      // Week view: right arrow goes to the next day with open time; Escape gives focus back to the visit.
      await page.getByTestId('calendar-visit').filter({ hasText: 'Alex Rivera' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedTarget(page)).not.toBeNull();
      const monday = await focusedTarget(page);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => focusedTarget(page)).not.toBe(monday);
      expect((await focusedTarget(page))?.slice(0, 10)).not.toBe(monday?.slice(0, 10));
      await expectNoAxeViolations(page, 'calendar (week, move mode)');
      await page.keyboard.press('Escape');
      await page.getByRole('status').filter({ hasText: 'Move of Alex Rivera cancelled' }).waitFor();
      await expect.poll(() => focusedTarget(page)).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Alex Rivera');
      expect(await page.getByTestId('calendar-target').count()).toBe(0);
    });
  });
});
