import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { zonedToInstant } from '@omt/domain';
import { apiCall, apiLogin, patientIdViaApi, providerIdViaApi } from './support/api';
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

const NY = 'America/New_York';

/** The row headers of the calendar, e.g. ["9:00 AM", …, "4:30 PM"]. */
const rowLabels = (page: Page) => page.locator('tbody th[scope="row"]').allTextContents();

/** A weekday at least four days ahead in Cleveland: clear of the visits the first journey moves. */
function quietWeekday(): string {
  for (let ahead = 4; ; ahead++) {
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: NY }).format(
      new Date(Date.now() + ahead * 86_400_000),
    );
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return date;
  }
}

/** The next weekday in Cleveland (one to three days ahead): before quietWeekday's day. */
function nextWeekday(): string {
  for (let ahead = 1; ; ahead++) {
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: NY }).format(
      new Date(Date.now() + ahead * 86_400_000),
    );
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return date;
  }
}

/** Opens the Cleveland day view of a date as the front desk. */
async function openDay(page: Page, day: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Calendar' }).click();
  await page.getByLabel('Location').selectOption({ label: 'Cleveland' });
  await page.getByLabel('Date').fill(day);
  await page.getByRole('columnheader', { name: 'Dr. Riley Resident' }).waitFor();
  await expect.poll(() => rowLabels(page)).toContain('9:00 AM');
}

const focusedTarget = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-target-start') ?? null);

/** The front desk's calendar: providers as columns, a visit moved by keyboard only. */
describe('front-desk calendar in Chromium', () => {
  const j = useJourney();

  it('shows the visit in its provider column and moves it with the keyboard', async () => {
    // 9:00 on the next weekday: the whole day's open times follow it, whatever the hour the journey runs.
    const desk = await apiLogin(j.clinic.url, 'frontdesk@demo.clinic');
    const appt = (await apiCall(j.clinic.url, desk, 'POST', '/api/appointments', {
      patientId: await patientIdViaApi(j.clinic.url, 'alex@demo.clinic'),
      visitType: 'omt-follow-up',
      providerId: await providerIdViaApi(j.clinic.url, desk, 'Still'),
      locationId: 'loc-cleveland',
      start: zonedToInstant(nextWeekday(), '09:00', NY),
    })) as { id: string; start: string };
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
      expect(await visit.textContent()).toContain('Booked · Table 1'); // the treatment table it holds
      await expectNoAxeViolations(page, 'calendar (day)');

      // Enter opens the visit's details; its Move starts the keyboard move.
      await visit.focus();
      await page.keyboard.press('Enter');
      await page
        .getByRole('dialog', { name: /Alex Rivera/ })
        .getByRole('button', { name: 'Move' })
        .press('Enter');
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
      await page
        .getByRole('dialog', { name: /Alex Rivera/ })
        .getByRole('button', { name: 'Move' })
        .press('Enter');
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
  const day = quietWeekday();
  const fetchVisit = (id: string) =>
    j.clinic.handle.db
      .selectFrom('appointments')
      .select(['start_at', 'provider_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  let consultation: { id: string; start: string } | undefined;

  it("draws rows from the providers' weekly hours, and a visit outside them adds (and spans) its rows", async () => {
    await j.as('frontdesk@demo.clinic', async (page) => {
      await openDay(page, day);
      // Cleveland's providers work 9:00 to 17:00: the last row is 4:30 PM.
      const rows = await rowLabels(page);
      expect(rows[0]).toBe('9:00 AM');
      expect(rows.at(-1)).toBe('4:30 PM');
      expect(rows).not.toContain('5:30 PM');
    });

    // Extra hours for Dr. Still in the evening, and a one-hour consultation in them.
    const admin = await apiLogin(j.clinic.url, 'admin@demo.clinic');
    const desk = await apiLogin(j.clinic.url, 'frontdesk@demo.clinic');
    const still = await providerIdViaApi(j.clinic.url, desk, 'Still');
    await apiCall(j.clinic.url, admin, 'POST', `/api/providers/${still}/extra-hours`, {
      locationId: 'loc-cleveland',
      start: zonedToInstant(day, '17:00', NY),
      end: zonedToInstant(day, '18:30', NY),
      reason: 'evening clinic',
    });
    consultation = await apiCall(j.clinic.url, desk, 'POST', '/api/appointments', {
      patientId: await patientIdViaApi(j.clinic.url, 'alex@demo.clinic'),
      visitType: 'consultation',
      providerId: still,
      locationId: 'loc-cleveland',
      start: zonedToInstant(day, '17:30', NY),
    });

    await j.as('frontdesk@demo.clinic', async (page) => {
      await openDay(page, day);
      await expect.poll(() => rowLabels(page)).toContain('5:30 PM');
      const rows = await rowLabels(page);
      expect(rows.slice(-3)).toEqual(['4:30 PM', '5:30 PM', '6:00 PM']); // no empty 5:00 PM row
      const visit = page.getByRole('button', {
        name: /5:30\sPM.6:30\sPM Alex Rivera Consultation.*with Dr\. Andrea Still.*Booked/,
      });
      await visit.waitFor();
      expect(await visit.evaluate((b) => b.closest('td')?.rowSpan)).toBe(2);
      expect(await columnOf(page, 'Consultation')).toBe('Dr. Andrea Still');
      await expectNoAxeViolations(page, 'calendar (visit outside the hours)');
    });
  });

  it('moves a visit by drag and drop to another provider and time; a drop on a busy time is refused', async () => {
    if (!consultation) throw new Error('the previous journey books the consultation');
    const id = consultation.id;
    const desk = await apiLogin(j.clinic.url, 'frontdesk@demo.clinic');
    await apiCall(j.clinic.url, desk, 'POST', '/api/appointments', {
      patientId: await patientIdViaApi(j.clinic.url, 'maria@demo.clinic'),
      visitType: 'consultation',
      providerId: await providerIdViaApi(j.clinic.url, desk, 'Still'),
      locationId: 'loc-cleveland',
      start: zonedToInstant(day, '10:00', NY),
    });

    await j.as('frontdesk@demo.clinic', async (page) => {
      // Tall enough that the whole day is on screen: a synthetic drag cannot scroll on the way.
      await page.setViewportSize({ width: 1280, height: 1600 });
      await openDay(page, day);
      const alex = page.locator(`[data-visit-id="${id}"]`);
      const maria = page.getByTestId('calendar-visit').filter({ hasText: 'Maria Lopez' });
      await maria.waitFor();

      // Onto Maria's visit: the server refuses (409) and Alex's visit stays at 5:30 PM.
      await alex.dragTo(maria.locator('xpath=ancestor::td'), { targetPosition: { x: 20, y: 10 } });
      await page.getByRole('alert').filter({ hasText: 'Not moved:' }).filter({ hasText: 'taken' }).waitFor();
      expect(await fetchVisit(id)).toMatchObject({ start_at: consultation?.start });
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-visit-id')))
        .toBe(id);
      expect(await columnOf(page, 'Alex Rivera')).toBe('Dr. Andrea Still');
      await expectNoAxeViolations(page, 'calendar (refused drop)');

      // Onto the resident's 9:00 AM cell: moved there, announced, and focus is on the moved visit.
      const nineAm = page
        .locator('tbody tr')
        .filter({ has: page.getByRole('rowheader', { name: '9:00 AM' }) });
      const residentColumn = await page
        .getByRole('columnheader', { name: 'Dr. Riley Resident' })
        .evaluate((th) => (th as HTMLTableCellElement).cellIndex);
      await alex.dragTo(nineAm.locator('td').nth(residentColumn - 1));
      await page.getByRole('status').filter({ hasText: 'Moved Alex Rivera to' }).waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-visit-id')))
        .toBe(id);
      const resident = await providerIdViaApi(j.clinic.url, desk, 'Resident');
      expect(await fetchVisit(id)).toEqual({
        start_at: zonedToInstant(day, '09:00', NY),
        provider_id: resident,
      });
      expect(await columnOf(page, 'Alex Rivera')).toBe('Dr. Riley Resident');

      // It persists: after a reload the visit is in the resident's column, and the evening rows are gone.
      await page.reload();
      await openDay(page, day);
      await page.locator(`[data-visit-id="${id}"]`).waitFor();
      expect(await columnOf(page, 'Alex Rivera')).toBe('Dr. Riley Resident');
      expect(await rowLabels(page)).not.toContain('5:30 PM');
      await expectNoAxeViolations(page, 'calendar (after a drag-and-drop move)');
    });
  });

  it('says when the location is closed on the day shown, with its opening hours', async () => {
    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Calendar' }).click();
      await page.getByLabel('Location').selectOption({ label: 'Cleveland' });
      await page.getByLabel('Date').fill('2026-12-06'); // a Sunday
      await page
        .getByText('Cleveland is closed on this day. Open Mon–Fri 08:00–18:00; Sat 09:00–13:00.')
        .waitFor();
      await expectNoAxeViolations(page, 'calendar on a closed day');
      await page.getByLabel('Date').fill('2026-12-07'); // the Monday after
      await page.getByRole('columnheader', { name: 'Dr. Andrea Still' }).waitFor();
      expect(await page.getByText('Cleveland is closed').count()).toBe(0);
    });
  });
});
