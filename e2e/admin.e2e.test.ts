import { describe, expect, it } from 'vitest';
import { claimJobs, enqueueJob, finishJob, findJobByKey } from '@omt/db';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';
import { sampleLicensedQuestionnaire } from '../packages/fhir/src/test-support/licensed-questionnaire';
import {
  addPlanHistory,
  emptyHistory,
  insertHistory,
} from '../packages/server/src/test-support/outcome-history';

/** The clinic admin changes a visit type's booking rules; the clinician gets a calendar link. */
describe('admin and clinician settings in Chromium', () => {
  const j = useJourney();

  it('the admin sets the minimum notice for online OMT follow-ups', async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Visit types' }).click();
      const form = page.getByRole('form', { name: 'OMT follow-up' });
      await form.getByLabel('Minimum notice for online booking (minutes)').fill('120');
      await expectNoAxeViolations(page, 'visit types');
      await form.getByRole('button', { name: 'Save OMT follow-up' }).click();
      await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      const row = await j.clinic.handle.db
        .selectFrom('visit_types')
        .selectAll()
        .where('id', '=', 'omt-follow-up')
        .executeTakeFirstOrThrow();
      expect(row.min_notice_minutes).toBe(120);
    });
  });

  it('the admin sees who each visit type is for and can change it', async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Visit types' }).click();
      const pregnancy = page.getByRole('form', { name: 'Pregnancy OMT' });
      await expect(
        pregnancy.getByRole('checkbox', { name: 'Only for patients recorded as pregnant' }).isChecked(),
      ).resolves.toBe(true);
      const infant = page.getByRole('form', { name: 'Infant and child OMT' });
      const oldest = infant.getByLabel(/Oldest age on the day of the visit/);
      await expect(oldest.inputValue()).resolves.toBe('6573');
      await oldest.fill('730');
      await expectNoAxeViolations(page, 'visit types with eligibility');
      await infant.getByRole('button', { name: 'Save Infant and child OMT' }).click();
      await infant.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      const row = await j.clinic.handle.db
        .selectFrom('visit_types')
        .selectAll()
        .where('id', '=', 'infant-omt')
        .executeTakeFirstOrThrow();
      expect(row.max_age_days).toBe(730);
    });
  });

  it('the admin names who performs consultations, by keyboard', async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Visit types' }).click();
      const form = page.getByRole('form', { name: 'Consultation (new problem)' });
      const still = form.getByRole('checkbox', { name: 'Dr. Andrea Still' });
      await still.focus();
      await page.keyboard.press('Space');
      await expectNoAxeViolations(page, 'visit types with performers');
      await form.getByRole('button', { name: 'Save Consultation (new problem)' }).click();
      await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      const row = await j.clinic.handle.db
        .selectFrom('visit_types')
        .select('performer_ids')
        .where('id', '=', 'consultation')
        .executeTakeFirstOrThrow();
      const stillId = await j.clinic.handle.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'dr.still@demo.clinic')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(row.performer_ids)).toEqual([stillId.id]);
    });
  });

  it("a physician adds extra hours on the location's clock, whatever the browser's zone", async () => {
    await j.as('dr.still@demo.clinic', async (page) => {
      await page.getByText('Times are in Cleveland time (America/New_York).').first().waitFor();
      await page.getByLabel('Extra hours from').fill('2026-06-06T09:00');
      await page.getByLabel('Extra hours until').fill('2026-06-06T12:00');
      await page.getByRole('button', { name: 'Add these hours' }).click();
      await page.getByRole('status').filter({ hasText: 'Added' }).waitFor();
      await expectNoAxeViolations(page, 'clinician home with extra hours');
      const rows = await j.clinic.handle.db.selectFrom('extra_hours').selectAll().execute();
      // Saturday 09:00–12:00 in Cleveland (EDT, UTC-4), though the browser runs in Los Angeles.
      expect(rows.map((r) => [r.location_id, r.start_at, r.end_at])).toEqual([
        ['loc-cleveland', '2026-06-06T13:00:00Z', '2026-06-06T16:00:00Z'],
      ]);
    });
  });

  it('a physician gets a private calendar link that serves iCalendar', async () => {
    await j.as('dr.kim@demo.clinic', async (page) => {
      await page.getByRole('button', { name: 'Get my calendar link' }).click();
      const url = await page.getByLabel('Your calendar link').inputValue();
      const res = await page.request.get(url.replace(/^http:\/\/localhost:\d+/, j.clinic.url));
      expect(res.headers()['content-type']).toMatch(/text\/calendar/);
      expect(await res.text()).toContain('BEGIN:VCALENDAR');
      await expectNoAxeViolations(page, 'clinician home with calendar link');
    });
  });

  it('the admin sees a failed background job and retries it, by keyboard', async () => {
    const { db, dialect } = j.clinic.handle;
    const now = new Date().toISOString().slice(0, 19) + 'Z';
    await enqueueJob(db, {
      kind: 'appointment-mail',
      key: 'e2e-failed',
      payload: {},
      runAt: now,
      maxAttempts: 1,
      now,
    });
    const [job] = await claimJobs(db, dialect, {
      now: '9999-01-01T00:00:00Z',
      owner: 'e2e',
      leaseUntil: now,
      limit: 1,
    });
    await finishJob(db, job!.id, 'e2e', { now, state: 'failed', error: 'connect ECONNREFUSED 127.0.0.1:25' });
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Background jobs' }).click();
      const row = page.getByRole('row').filter({ hasText: 'connect ECONNREFUSED 127.0.0.1:25' });
      await expect(row.getByRole('cell').nth(0).textContent()).resolves.toBe('Failed');
      await expectNoAxeViolations(page, 'background jobs');
      await row.getByRole('button', { name: /^Retry now/ }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'queued to run now' }).waitFor();
    });
    await expect.poll(async () => (await findJobByKey(db, 'e2e-failed'))?.state).not.toBe('failed');
  });

  it('the admin adds a treatment room', async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Rooms' }).click();
      await page.getByLabel('New room at Phoenix').fill('Table 2');
      await expectNoAxeViolations(page, 'rooms');
      await page.getByRole('button', { name: 'Add room at Phoenix' }).click();
      await page.getByRole('status').filter({ hasText: 'Added Table 2.' }).waitFor();
      const rooms = await j.clinic.handle.db
        .selectFrom('rooms')
        .selectAll()
        .where('location_id', '=', 'loc-phoenix')
        .execute();
      expect(rooms.map((r) => r.name).sort()).toEqual(['Table 1', 'Table 2']);
    });
  });

  it('the admin closes a location for a holiday', async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Rooms' }).click();
      await page.getByLabel('Phoenix closed from').fill('2026-12-25T00:00');
      await page.getByLabel('Phoenix closed until').fill('2026-12-26T00:00');
      await page.getByRole('region', { name: 'Phoenix' }).getByLabel('Reason').fill('Christmas Day');
      await page.getByRole('button', { name: 'Close Phoenix' }).click();
      await page.getByRole('status').filter({ hasText: 'Closed.' }).waitFor();
      await expectNoAxeViolations(page, 'rooms and closures');
      const rows = await j.clinic.handle.db.selectFrom('location_closures').selectAll().execute();
      expect(rows.map((r) => r.reason)).toEqual(['Christmas Day']);
      // Entered on Phoenix's clock (UTC-7), not the browser's (Los Angeles, UTC-8).
      expect(rows.map((r) => [r.start_at, r.end_at])).toEqual([
        ['2026-12-25T07:00:00Z', '2026-12-26T07:00:00Z'],
      ]);
      await page.getByText('Times are in Phoenix time (America/Phoenix).').waitFor();
    });
  });

  it("the admin changes a provider's weekly hours", async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Weekly hours' }).click();
      await page.getByLabel('Hours of').selectOption({ label: 'Dr. Daniel Kim' });
      await page.getByRole('button', { name: 'Remove row 5' }).waitFor();
      await expectNoAxeViolations(page, 'weekly hours');
      await page.getByRole('button', { name: 'Remove row 5' }).click();
      await page.getByRole('button', { name: 'Save hours' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      const kim = await j.clinic.handle.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'dr.kim@demo.clinic')
        .executeTakeFirstOrThrow();
      const rows = await j.clinic.handle.db
        .selectFrom('provider_hours')
        .selectAll()
        .where('provider_id', '=', kim.id)
        .execute();
      expect(rows).toHaveLength(4);
    });
  });

  it("the admin sets a location's opening hours, and patients see them when they book", async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Weekly hours' }).click();
      await page.getByLabel('Hours of').selectOption({ label: 'Phoenix (opening hours)' });
      await page.getByRole('button', { name: 'Remove row 5' }).waitFor();
      // Phoenix opens Saturdays too: add a row by keyboard and fill it in.
      await page.getByRole('button', { name: 'Add a row' }).focus();
      await page.keyboard.press('Enter');
      await page.getByLabel('Weekday of row 6').selectOption({ label: 'Saturday' });
      await page.getByLabel('Start of row 6').fill('09:00');
      await page.getByLabel('End of row 6').fill('12:00');
      await expectNoAxeViolations(page, 'opening hours');
      await page.getByRole('button', { name: 'Save hours' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      const rows = await j.clinic.handle.db
        .selectFrom('location_hours')
        .selectAll()
        .where('location_id', '=', 'loc-phoenix')
        .where('weekday', '=', 6)
        .execute();
      expect(rows.map((r) => [r.start_time, r.end_time])).toEqual([['09:00', '12:00']]);
    });
    await j.as('alex@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Book a visit' }).click();
      await page.getByText('Open Mon–Fri 07:30–17:30; Sat 09:00–12:00').waitFor();
      await expectNoAxeViolations(page, 'booking with opening hours');
    });
  });

  it("the admin uploads the clinic's licensed ODI text: a wrong file is refused naming the item", async () => {
    const json = (q: unknown) => ({
      name: 'odi.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(q)),
    });
    const short = sampleLicensedQuestionnaire('odi');
    short.item![4]!.answerOption!.pop();
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Licensed questionnaires' }).click();
      const odi = page.getByRole('region', { name: 'Oswestry Disability Index' });
      const file = odi.getByLabel('Upload: FHIR Questionnaire (JSON)');
      await file.setInputFiles({ name: 'odi.txt', mimeType: 'text/plain', buffer: Buffer.from('Section 1') });
      await odi.getByRole('alert').filter({ hasText: 'odi.txt is not JSON' }).waitFor();
      await file.setInputFiles(json(short));
      await odi.getByRole('button', { name: 'Upload Oswestry Disability Index' }).click();
      await odi.getByRole('alert').filter({ hasText: 'item odi-5 has 5 answer options' }).waitFor();
      await expectNoAxeViolations(page, 'licensed questionnaires, refused');
      await file.setInputFiles(json(sampleLicensedQuestionnaire('odi')));
      await odi.getByRole('button', { name: 'Upload Oswestry Disability Index' }).focus();
      await page.keyboard.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: 'version 1 (ODI (clinic licence)) is now in use' })
        .waitFor();
      await odi.getByText(/In use: version 1/).waitFor();
    });
  });

  it('a physician reads how the clinic is doing, filtered by condition, beside the published trial results', async () => {
    const db = j.clinic.handle.db;
    const patient = await db.selectFrom('patients').select('id').orderBy('id').executeTakeFirstOrThrow();
    const still = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'dr.still@demo.clinic')
      .executeTakeFirstOrThrow();
    const location = await db.selectFrom('locations').select('id').orderBy('name').executeTakeFirstOrThrow();
    const visitType = await db.selectFrom('visit_types').select('id').executeTakeFirstOrThrow();
    const base = {
      patientId: patient.id,
      providerId: still.id,
      locationId: location.id,
      visitType: visitType.id,
    };
    const rows = emptyHistory();
    addPlanHistory(rows, {
      ...base,
      id: 'e2e-back',
      createdAt: '2026-02-02T15:00:00Z',
      status: 'discharged',
      dischargeReason: 'goals_met',
      diagnoses: ['M54.50'],
      baseline: { nrs: 8, odi: 40 },
      visits: [{ start: '2026-02-09T15:00:00Z', status: 'completed', nrs: 4, odi: 24 }],
    });
    addPlanHistory(rows, {
      ...base,
      id: 'e2e-neck',
      createdAt: '2026-02-03T15:00:00Z',
      status: 'discharged',
      dischargeReason: 'patient_choice',
      diagnoses: ['M54.2'],
      baseline: { nrs: 5 },
      visits: [
        { start: '2026-02-10T15:00:00Z', status: 'no_show' },
        { start: '2026-02-17T15:00:00Z', status: 'completed', nrs: 5 },
      ],
    });
    await insertHistory(db, rows);
    await j.as('dr.still@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'How is the clinic doing' }).click();
      await page.getByRole('heading', { name: 'Published trial results' }).waitFor();
      await page.getByText('Not a like-for-like comparison.').waitFor();
      // The time of the figures is told in the clinic's zone, named, whatever the browser's zone.
      await page.getByText(/^Figures as of .+ \(America\/New_York\); reload/).waitFor();
      const relief = page.getByRole('table', { name: /Pain relief/ });
      await expect
        .poll(() => relief.getByRole('row', { name: /By visit 4/ }).textContent())
        .toContain('50 % (1 of 2)');
      await expectNoAxeViolations(page, 'outcomes report');
      await page.getByLabel('Condition').selectOption({ label: 'Neck pain' });
      await page.getByLabel('Condition').press('Tab');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => relief.getByRole('row', { name: /By visit 4/ }).textContent())
        .toContain('0 % (0 of 1)');
      await expect(page.getByRole('row', { name: /No-shows/ }).textContent()).resolves.toContain(
        '50 % (1 of 2)',
      );
      await expect(page.getByRole('link', { name: 'Download CSV' }).getAttribute('href')).resolves.toBe(
        '/api/outcomes-report.csv?condition=neck',
      );
      await page.getByLabel('Plans started from').fill('2026-03-01');
      await page.getByLabel('to (included)').fill('2026-02-01');
      await page.getByRole('button', { name: 'Show' }).click();
      await page.getByText('must be on or after the first day').waitFor();
      await expectNoAxeViolations(page, 'outcomes report, bad dates');
    });
  });
});
