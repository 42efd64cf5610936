import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PatientRecordExport } from '@omt/contracts';
import { expectNoAxeViolations } from './support/browser';
import { apiCall, apiLogin } from './support/api';
import { useJourney } from './support/journey';

/** Where a run keeps its screenshots when asked (E2E_SCREENSHOTS=/some/folder); none by default. */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const HTML = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');

/**
 * The desk adds a referral letter to Alex's record; Alex signs the clinic's treatment consent in the portal, finds
 * it and the letter in "My record", downloads his data, and reads the page in Spanish; the desk sees the signature.
 */
describe('documents, the treatment consent and "My record" in Chromium', () => {
  const j = useJourney();
  let alexId = '';

  it('the desk uploads a PDF referral letter; HTML named .pdf is refused', async () => {
    const token = await apiLogin(j.clinic.url, 'alex@demo.clinic');
    alexId = (
      (await apiCall(j.clinic.url, token, 'GET', '/api/me')) as { user: { patients: { id: string }[] } }
    ).user.patients[0]!.id;
    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.goto(`/patients/${alexId}`);
      const docs = page.getByRole('region', { name: 'Documents' });
      await docs.getByText('No documents yet.').waitFor();

      await docs.getByLabel('Title').fill('Not really a letter');
      await docs
        .getByLabel('File')
        .setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: HTML });
      await docs.getByRole('button', { name: 'Upload document' }).click();
      await docs.getByText('the file must be a PDF, PNG or JPEG', { exact: false }).waitFor();
      await expect.poll(() => docs.getByTestId('document-row').count()).toBe(0);

      await docs.getByLabel('Title').fill('Referral from Dr. Primary');
      await docs.getByLabel('Category').selectOption({ label: 'Referral letter' });
      await docs
        .getByLabel('File')
        .setInputFiles({ name: 'referral.pdf', mimeType: 'application/pdf', buffer: PDF });
      await docs.getByRole('button', { name: 'Upload document' }).click();
      await page.getByRole('status').filter({ hasText: '“Referral from Dr. Primary” uploaded.' }).waitFor();
      await expect.poll(() => docs.getByTestId('document-row').count()).toBe(1);
      await docs.getByRole('link', { name: 'View Referral from Dr. Primary' }).waitFor();
      await page.getByRole('region', { name: 'General treatment consent' }).getByText('Not signed').waitFor();
      await expectNoAxeViolations(page, 'staff patient page with documents');
      if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/staff-documents.png`, fullPage: true });
    });
  });

  it('Alex signs the consent, sees it and the letter in My record, and downloads his data', async () => {
    await j.as('alex@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'My record' }).click();
      await page.getByRole('heading', { name: 'My record', level: 1 }).waitFor();
      const consent = page.getByTestId('consent-panel');
      await consent.getByText('Not signed yet.', { exact: false }).waitFor();
      await consent
        .getByRole('region', { name: 'Consent form, version 1' })
        .getByText('Rare serious events', { exact: false })
        .waitFor();
      await expectNoAxeViolations(page, 'My record before signing');
      if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/consent-form-en.png`, fullPage: true });

      // A hurried user types only a first name: refused on the field, in plain words.
      const name = consent.getByLabel('Type your full name to sign');
      await name.fill('Alex');
      await name.press('Enter');
      await consent.getByText('Type the full name exactly as the clinic has it: Alex Rivera.').waitFor();
      await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
      await expectNoAxeViolations(page, 'My record, name refused');

      await name.fill('alex rivera');
      await consent.getByRole('button', { name: 'Sign the consent' }).click();
      await consent
        .getByTestId('consent-status')
        .filter({ hasText: /^Signed on .* by Alex Rivera \(form version 1\)\.$/ })
        .waitFor();

      const docs = page.getByTestId('record-documents');
      await docs.getByText('Referral from Dr. Primary').waitFor();
      await docs.getByText('Referral letter', { exact: false }).waitFor();
      await expectNoAxeViolations(page, 'My record signed');
      if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/my-record-en.png`, fullPage: true });

      // The file is prepared in the background: the page says so (until its first look, a second later), then
      // offers the download.
      await page.getByTestId('prepare-data').focus();
      await page.keyboard.press('Enter');
      await page.getByText('Preparing your file', { exact: false }).waitFor();
      await page.getByText(/^Your file is ready\. It is kept until /).waitFor();
      // The keyboard lands on the link that replaced the button.
      await expect
        .poll(() => page.getByTestId('download-data').evaluate((el) => el === document.activeElement))
        .toBe(true);
      await expectNoAxeViolations(page, 'My record, data file ready');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-data').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^my-health-record-\d{4}-\d{2}-\d{2}\.json$/);
      const data = PatientRecordExport.parse(
        JSON.parse(await readFile((await download.path()) ?? '', 'utf8')),
      );
      expect(data.patientId).toBe(alexId);
      expect(data.patientName).toBe('Alex Rivera');
      expect(data.consent.status).toBe('signed');
      expect(data.consent.signatures[0]).toMatchObject({
        typedName: 'alex rivera',
        signerName: 'Alex Rivera',
      });
      expect(data.documents.map((d) => d.title)).toEqual(['Referral from Dr. Primary']);
      expect(Buffer.from(data.files[0]?.contentBase64 ?? '', 'base64').equals(PDF)).toBe(true);
      expect(data.visits.every((v) => v.appointmentId.length > 0)).toBe(true);

      // The page in Spanish, from the keyboard.
      const spanish = page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español' });
      await spanish.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Mi expediente', level: 1 }).waitFor();
      await page
        .getByTestId('consent-status')
        .filter({ hasText: /^Firmado el .* por Alex Rivera/ })
        .waitFor();
      await page.getByTestId('record-documents').getByText('Carta de remisión', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'Guardar el archivo' }).waitFor();
      await expectNoAxeViolations(page, 'My record in Spanish');
      if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/my-record-es.png`, fullPage: true });
      // Back to English, as he found it.
      await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'My record', level: 1 }).waitFor();
    });
  });

  it('the admin publishes a new version; Alex is asked to sign again', async () => {
    await j.as('admin@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Consent form' }).click();
      await page.getByRole('heading', { name: 'Treatment consent form', level: 1 }).waitFor();
      const publish = page.getByRole('button', { name: 'Publish version 2' });
      await expect(publish.isDisabled()).resolves.toBe(true);
      const english = page.getByLabel('English text');
      await english.fill(
        `${await english.inputValue()}\n\nYou may bring a family member or friend to any visit.`,
      );
      await page.getByLabel('Every patient is asked to sign version 2 again').check();
      await expectNoAxeViolations(page, 'consent form admin page');
      await publish.click();
      await page.getByRole('status').filter({ hasText: 'Version 2 published.' }).waitFor();
    });
    await j.as('alex@demo.clinic', async (page) => {
      await page.goto('/portal/record');
      const consent = page.getByTestId('consent-panel');
      await consent.getByText('The clinic has updated its consent form.', { exact: false }).waitFor();
      await consent
        .getByRole('region', { name: 'Consent form, version 2' })
        .getByText('You may bring a family member or friend to any visit.')
        .waitFor();
      await consent.getByLabel('Type your full name to sign').fill('Alex Rivera');
      await consent.getByRole('button', { name: 'Sign the consent' }).click();
      await consent
        .getByTestId('consent-status')
        .filter({ hasText: /\(form version 2\)\.$/ })
        .waitFor();
    });
  });

  it('a parent signs for a child with their own name and sees only the child’s record', async () => {
    await j.as('sam.parent@demo.clinic', async (page) => {
      await page.getByRole('navigation').getByRole('link', { name: 'My record' }).click();
      const record = page.getByTestId('patient-record');
      await expect.poll(() => record.count()).toBe(1);
      const heading = record.getByRole('heading', { level: 2 });
      await expect.poll(() => heading.textContent()).toMatch(/^Record of Noah /);
      const name = record.getByLabel(/^Type your own full name to sign for Noah /);
      await name.fill('Noah');
      await name.press('Enter');
      await record.getByText('Type the full name exactly as the clinic has it: Sam Parent.').waitFor();
      await name.fill('Sam Parent');
      await record.getByRole('button', { name: 'Sign the consent' }).click();
      await record
        .getByTestId('consent-status')
        .filter({ hasText: /by Sam Parent \(form version 2\)\.$/ })
        .waitFor();
      await record.getByText('No documents yet.').waitFor();
      await record.getByRole('button', { name: /^Download the data of Noah / }).waitFor();
      await expectNoAxeViolations(page, 'My record of a child');
      if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/my-record-parent.png`, fullPage: true });
    });
  });

  it('the desk sees the signature on the patient page', async () => {
    await j.as('frontdesk@demo.clinic', async (page) => {
      await page.goto(`/patients/${alexId}`);
      await page
        .getByRole('region', { name: 'General treatment consent' })
        .getByText('typed name “Alex Rivera”', { exact: false })
        .waitFor();
    });
  });
});
