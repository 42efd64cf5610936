import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';

/** The admin opens a new location (its time zone, opening hours, a room and a provider's hours); the desk books there. */
describe('clinic setup in Chromium', () => {
  const j = useJourney();

  it('the admin creates a location with its time zone, hours and a room, and the desk sees a slot there', async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Locations' }).click();
      const form = page.getByRole('region', { name: 'New location' });
      await form.getByLabel('Name').fill('Chicago Loop');
      await form.getByLabel('Address').fill('10 W Madison St, Chicago, IL 60602');
      await form.getByLabel('Phone').fill('call us');
      await form.getByRole('button', { name: 'Add location' }).click();
      // The first refused field is named on its control, and nothing is saved.
      await form.getByText('choose a time zone from the IANA list', { exact: false }).waitFor();
      await expectNoAxeViolations(page, 'locations with a refused field');
      await form.getByLabel('Time zone').selectOption('America/Chicago');
      await form.getByLabel('Phone').fill('+1 312 555 0100');
      await form.getByRole('button', { name: 'Add location' }).click();
      await page.getByRole('status').filter({ hasText: 'Chicago Loop added.' }).waitFor();
      await expectNoAxeViolations(page, 'locations');

      await page.getByRole('navigation').getByRole('link', { name: 'Weekly hours' }).click();
      await page.getByLabel('Hours of').selectOption({ label: 'Chicago Loop (opening hours)' });
      for (const [row, day] of [
        [1, 'Saturday'],
        [2, 'Sunday'],
      ] as const) {
        await page.getByRole('button', { name: 'Add a row' }).click();
        await page.getByLabel(`Weekday of row ${row}`).selectOption({ label: day });
        await page.getByLabel(`Start of row ${row}`).fill('08:00');
        await page.getByLabel(`End of row ${row}`).fill('18:00');
      }
      await page.getByRole('button', { name: 'Save hours' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      await page.getByLabel('Hours of').selectOption({ label: 'Dr. Daniel Kim' });
      await page.getByRole('button', { name: 'Remove row 5' }).waitFor();
      for (const [row, day] of [
        [6, 'Saturday'],
        [7, 'Sunday'],
      ] as const) {
        await page.getByRole('button', { name: 'Add a row' }).click();
        await page.getByLabel(`Weekday of row ${row}`).selectOption({ label: day });
        await page.getByLabel(`Location of row ${row}`).selectOption({ label: 'Chicago Loop' });
        await page.getByLabel(`Start of row ${row}`).fill('09:00');
        await page.getByLabel(`End of row ${row}`).fill('17:00');
      }
      await page.getByRole('button', { name: 'Save hours' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

      await page.getByRole('navigation').getByRole('link', { name: 'Rooms' }).click();
      await page.getByLabel('New room at Chicago Loop').fill('Table 1');
      await page.getByRole('button', { name: 'Add room at Chicago Loop' }).click();
      await page.getByRole('status').filter({ hasText: 'Added Table 1.' }).waitFor();
      await expectNoAxeViolations(page, 'rooms with the new location');
    });
    const location = await j.clinic.handle.db
      .selectFrom('locations')
      .selectAll()
      .where('name', '=', 'Chicago Loop')
      .executeTakeFirstOrThrow();
    expect(location.time_zone).toBe('America/Chicago');

    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: /Book/ }).first().click();
      await page.getByLabel('Patient name').fill('Alex');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('button', { name: /Alex/ }).first().click();
      await page.getByRole('radio', { name: /Consultation/ }).check();
      await page.getByRole('radio', { name: /Chicago Loop/ }).check();
      await page.getByTestId('slot-button').first().click();
      await expectNoAxeViolations(page, 'desk booking at the new location');
      await page.getByRole('button', { name: 'Book', exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /Booked/ })
        .waitFor();
    });
    const booked = await j.clinic.handle.db
      .selectFrom('appointments')
      .selectAll()
      .where('location_id', '=', location.id)
      .execute();
    expect(booked).toHaveLength(1);
    expect(booked[0]?.room_id).not.toBeNull();
  });

  it('the admin retires the location after confirming, and it is no longer offered', async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Locations' }).click();
      await page.getByRole('button', { name: 'Retire Chicago Loop' }).click();
      const dialog = page.getByRole('dialog', { name: 'Retire Chicago Loop?' });
      await expectNoAxeViolations(page, 'retire location dialog');
      await dialog.getByRole('button', { name: 'Retire' }).click();
      await page.getByRole('status').filter({ hasText: 'Chicago Loop retired' }).waitFor();
    });
    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: /Book/ }).first().click();
      await page.getByLabel('Patient name').fill('Alex');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('button', { name: /Alex/ }).first().click();
      await page.getByRole('radio', { name: /Cleveland/ }).waitFor();
      await expect.poll(() => page.getByRole('radio', { name: /Chicago Loop/ }).count()).toBe(0);
    });
  });
});

describe('clinic setup changes in Chromium', () => {
  const j = useJourney();

  it("the admin renames and retires a room, writes a visit type's Spanish, retires one and deletes a closure", async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Rooms' }).click();
      const cleveland = page.getByRole('region', { name: 'Cleveland' });
      await cleveland.getByRole('button', { name: 'Rename Table 2' }).click();
      await cleveland.getByLabel('New name for Table 2').fill('Window table');
      await cleveland.getByRole('button', { name: 'Save name' }).click();
      await cleveland.getByRole('status').filter({ hasText: 'Renamed to Window table.' }).waitFor();
      await cleveland.getByRole('button', { name: 'Retire Table 1' }).click();
      await expectNoAxeViolations(page, 'retire room dialog');
      await page
        .getByRole('dialog', { name: 'Retire Table 1?' })
        .getByRole('button', { name: 'Retire' })
        .click();
      await cleveland.getByText('Table 1 (retired)').waitFor();

      await page.getByLabel('Cleveland closed from').fill('2026-12-24T00:00');
      await page.getByLabel('Cleveland closed until').fill('2026-12-25T00:00');
      await cleveland.getByLabel('Reason').fill('Christmas Eve');
      await page.getByRole('button', { name: 'Close Cleveland' }).click();
      await cleveland.getByRole('status').filter({ hasText: 'Closed.' }).waitFor();
      await cleveland.getByRole('button', { name: /^Delete .*Christmas Eve$/ }).click();
      await cleveland.getByRole('status').filter({ hasText: 'Closure deleted' }).waitFor();
      await expectNoAxeViolations(page, 'rooms after changes');

      await page.getByRole('navigation').getByRole('link', { name: 'Visit types' }).click();
      // Its Spanish, for Spanish-speaking patients, is checked like the English name.
      const followUp = page.getByRole('form', { name: 'OMT follow-up' });
      const spanishName = followUp.getByLabel(/^Name in Spanish/);
      expect(await spanishName.inputValue()).toBe('Seguimiento de OMT');
      await spanishName.fill('X');
      await followUp.getByRole('button', { name: 'Save OMT follow-up' }).click();
      await followUp.getByText(/must be at least 2 characters, or left blank/).waitFor();
      await expectNoAxeViolations(page, 'visit type with a refused Spanish name');
      await spanishName.fill('Tratamiento de seguimiento');
      await followUp.getByRole('button', { name: 'Save OMT follow-up' }).click();
      await followUp.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      await page
        .getByRole('form', { name: 'Pregnancy OMT' })
        .getByRole('button', { name: 'Retire Pregnancy OMT' })
        .click();
      await page
        .getByRole('dialog', { name: 'Retire Pregnancy OMT?' })
        .getByRole('button', { name: 'Retire' })
        .click();
      await page.getByRole('status').filter({ hasText: 'Pregnancy OMT retired' }).waitFor();
      await expect.poll(() => page.getByRole('form', { name: 'Pregnancy OMT' }).count()).toBe(0);
      await expectNoAxeViolations(page, 'visit types after retiring one');
    });
    const db = j.clinic.handle.db;
    const followUp = await db
      .selectFrom('visit_types')
      .select('name_es')
      .where('id', '=', 'omt-follow-up')
      .executeTakeFirst();
    expect(followUp?.name_es).toBe('Tratamiento de seguimiento');
    const rooms = await db
      .selectFrom('rooms')
      .selectAll()
      .where('location_id', '=', 'loc-cleveland')
      .execute();
    expect(rooms.map((r) => [r.name, r.retired_at !== null]).sort()).toEqual([
      ['Table 1', true],
      ['Window table', false],
    ]);
    expect(await db.selectFrom('location_closures').selectAll().execute()).toEqual([]);
    const pregnancy = await db
      .selectFrom('visit_types')
      .selectAll()
      .where('id', '=', 'pregnancy-omt')
      .executeTakeFirstOrThrow();
    expect(pregnancy.retired_at).not.toBeNull();
  });

  it('a physician deletes their own time off', async () => {
    await j.as('dr.still@demo.clinic', async (page) => {
      await page.getByLabel('From', { exact: true }).fill('2026-12-28T00:00');
      await page.getByLabel('Until', { exact: true }).fill('2026-12-29T00:00');
      await page.getByLabel('Reason', { exact: true }).fill('Course in Boston');
      await page.getByRole('button', { name: 'Block this time' }).click();
      await page.getByRole('status').filter({ hasText: 'Blocked.' }).waitFor();
      await page.getByRole('button', { name: /^Delete .*Course in Boston$/ }).click();
      await page.getByRole('status').filter({ hasText: 'Time off deleted' }).waitFor();
      await expectNoAxeViolations(page, 'time off after deleting');
    });
    expect(await j.clinic.handle.db.selectFrom('time_off').selectAll().execute()).toEqual([]);
  });
});
