import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';

const GIVEN = ['Avery', 'Blake', 'Casey', 'Devon', 'Emery', 'Finley', 'Harper', 'Jordan', 'Kendall', 'Logan'];
const FAMILY = [
  'Adler',
  'Brooks',
  'Carver',
  'Dalton',
  'Ellis',
  'Foster',
  'Garner',
  'Hayes',
  'Irving',
  'Jensen',
];

/** A 1,000-row export in the style of other systems: rows 102, 502 and 902 are bad (date, email, last name). */
function exportFile(): string {
  const lines = ['First Name,Last Name,DOB,Gender,E-mail,Cell,Pref Lang'];
  for (let i = 0; i < 1000; i++) {
    const given = GIVEN[i % 10]!;
    const family = `${FAMILY[Math.floor(i / 10) % 10]!}-${Math.floor(i / 100) + 1}`;
    const month = (i % 12) + 1;
    const day = (i % 28) + 1;
    let dob = `${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/${1950 + (i % 50)}`;
    let email = `${given}.${family}.${i}@example.com`.toLowerCase();
    let last = family;
    if (i === 100) dob = '31/12/1980';
    if (i === 500) email = 'no-at-sign.example.com';
    if (i === 900) last = '';
    lines.push(
      `${given},${last},${dob},${i % 2 ? 'M' : 'F'},${email},216-555-${String(i).padStart(4, '0')},${i % 3 ? 'English' : 'Spanish'}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const count = (page: Page, term: string) =>
  page
    .getByTestId('import-counts')
    .locator('dt', { hasText: term })
    .locator('xpath=following-sibling::dd[1]');

describe('CSV patient import in Chromium', () => {
  const j = useJourney();

  it('an admin checks a 1,000-row file with 3 bad rows, imports 997, and a second import creates none', async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Import patients' }).click();
      await page.getByRole('heading', { name: 'Import patients', level: 1 }).waitFor();
      await expectNoAxeViolations(page, 'import page');
      // A hurried first try: an empty file.
      await page
        .getByLabel('CSV file')
        .setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByRole('alert').filter({ hasText: 'the file is empty' }).waitFor();
      await page.getByLabel('CSV file').setInputFiles({
        name: 'jane-export.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`\uFEFF${exportFile()}`, 'utf8'),
      });
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByRole('heading', { name: 'Check of the file' }).waitFor();
      // The proposed mapping knows the usual names but not "Pref Lang": the admin maps it.
      await expect(page.getByLabel('Date of birth (required)').inputValue()).resolves.toBe('2');
      await expect(page.getByLabel('Preferred language').inputValue()).resolves.toBe('');
      await page.getByLabel('Preferred language').selectOption({ label: 'Pref Lang' });
      await page.getByText('check the file again before importing').waitFor();
      await expect.poll(() => page.getByRole('button', { name: /^Import \d+ patients$/ }).count()).toBe(0);
      // Leaving a required field without a column is refused at that field.
      await page.getByLabel('Last name (required)').selectOption({ label: 'Not in the file' });
      await page.getByRole('button', { name: 'Check the file again' }).click();
      await page.getByText('needs a column (every patient needs it)').waitFor();
      await expect(page.getByLabel('Last name (required)').getAttribute('aria-invalid')).resolves.toBe(
        'true',
      );
      await expectNoAxeViolations(page, 'a required column left out');
      await page.getByLabel('Last name (required)').selectOption({ label: 'Last Name' });
      await page.getByRole('button', { name: 'Check the file again' }).click();
      await page.getByRole('button', { name: 'Import 997 patients' }).waitFor();
      await expect(count(page, 'Would be created').textContent()).resolves.toBe('997');
      await expect(count(page, 'Rows with errors').textContent()).resolves.toBe('3');
      const table = page.getByRole('table', { name: 'Rows that would not be imported' });
      await expect.poll(() => table.getByRole('row').count()).toBe(4);
      await table
        .getByRole('row', { name: /^102 .*Date of birth \(column “DOB”\): 31\/12\/1980 looks day-first/ })
        .waitFor();
      await table
        .getByRole('row', { name: /^502 .*Email \(column “E-mail”\): must be an email address/ })
        .waitFor();
      await table
        .getByRole('row', { name: /^902 .*Last name \(column “Last Name”\): is required/ })
        .waitFor();
      await expectNoAxeViolations(page, 'dry run with 3 errors');

      await page.getByRole('button', { name: 'Import 997 patients' }).click();
      await page.getByRole('heading', { name: 'Import done' }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: '997 patients imported from jane-export.csv.' })
        .waitFor();
      await expect(count(page, 'Patients created').textContent()).resolves.toBe('997');
      await expect
        .poll(() => page.getByRole('table', { name: 'Rows not imported' }).getByRole('row').count())
        .toBe(4);
      await expectNoAxeViolations(page, 'import done');

      await page.getByRole('button', { name: 'Check the file again' }).click();
      await page.getByRole('heading', { name: 'Check of the file' }).waitFor();
      await expect(count(page, 'Would be created').textContent()).resolves.toBe('0');
      await expect(count(page, 'Duplicates skipped').textContent()).resolves.toBe('997');
      await page
        .getByRole('table', { name: 'Rows that would not be imported (the first 500 of 1000)' })
        .getByRole('row', { name: /^2 .*Already registered/ })
        .getByRole('link', { name: 'open the record matching row 2' })
        .waitFor();
      await expectNoAxeViolations(page, 'second dry run: every row already registered');
      await page.getByRole('button', { name: 'Import 0 patients' }).click();
      await page.getByRole('heading', { name: 'Import done' }).waitFor();
      await expect(count(page, 'Patients created').textContent()).resolves.toBe('0');
      await page.getByRole('status').filter({ hasText: '0 patients imported' }).waitFor();

      // An imported patient is found by the header search and opens.
      await page.getByLabel('Find a patient').fill('Avery Adler-1');
      await page.getByLabel('Find a patient').press('Enter');
      await page.getByRole('link', { name: 'Avery Adler-1' }).click();
      await page.getByRole('heading', { name: /Avery Adler-1/, level: 1 }).waitFor();
    });
  }, 120_000);
});
