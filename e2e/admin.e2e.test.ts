import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, launchChromium, loginAs } from './support/browser';
import { startClinic, type ClinicServer } from './support/clinic-server';

/** The clinic admin changes a visit type's booking rules; the clinician gets a calendar link. */
describe('admin and clinician settings in Chromium', () => {
  let clinic: ClinicServer;
  let browser: Browser;
  beforeAll(async () => {
    clinic = await startClinic();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await clinic?.stop();
  });

  it('the admin sets the minimum notice for online OMT follow-ups', async () => {
    const { context, page } = await loginAs(browser, clinic.url, 'admin@demo.clinic');
    try {
      await page.getByRole('navigation').getByRole('link', { name: 'Visit types' }).click();
      const form = page.getByRole('form', { name: 'OMT follow-up' });
      await form.getByLabel('Minimum notice for online booking (minutes)').fill('120');
      await expectNoAxeViolations(page, 'visit types');
      await form.getByRole('button', { name: 'Save OMT follow-up' }).click();
      await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      const row = await clinic.handle.db
        .selectFrom('visit_types')
        .selectAll()
        .where('id', '=', 'omt-follow-up')
        .executeTakeFirstOrThrow();
      expect(row.min_notice_minutes).toBe(120);
    } finally {
      await context.close();
    }
  });

  it('a physician gets a private calendar link that serves iCalendar', async () => {
    const { context, page } = await loginAs(browser, clinic.url, 'dr.kim@demo.clinic');
    try {
      await page.getByRole('button', { name: 'Get my calendar link' }).click();
      const url = await page.getByLabel('Your calendar link').inputValue();
      const res = await page.request.get(url.replace(/^http:\/\/localhost:\d+/, clinic.url));
      expect(res.headers()['content-type']).toMatch(/text\/calendar/);
      expect(await res.text()).toContain('BEGIN:VCALENDAR');
      await expectNoAxeViolations(page, 'clinician home with calendar link');
    } finally {
      await context.close();
    }
  });
});
