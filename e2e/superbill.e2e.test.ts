import { describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import { expectNoAxeViolations } from './support/browser';
import { useJourney } from './support/journey';
import { apiCall, apiLogin, openEncounterViaApi } from './support/api';

/** Where a run keeps its screenshots when asked (E2E_SCREENSHOTS=/some/folder); none by default. */
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

/**
 * Issue 11 (the superbill): the admin sets the fees of 98925 and of an office E/M code in the fee schedule (a hurried
 * negative amount is refused on its field); Dr. Still signs Alex's visit with a separate E/M service (modifier 25)
 * and its code; Alex opens the visit in the portal and downloads its superbill: the clinic, the E/M line with
 * modifier 25 and the OMT code with their diagnoses and the fees of the day; Dr. Still finds it beside the signed note.
 */
describe('the fee schedule and the superbill in Chromium', () => {
  const j = useJourney();
  let encounterId = '';

  it('the admin sets a fee from the setup checklist; bad amounts are refused on the field', async () => {
    // The visit's day: the server's clock stands at its start, so a fee from "today" covers it.
    encounterId = (await openEncounterViaApi(j.clinic)).encounterId;

    await j.as('admin@demo.clinic', async (page) => {
      await page.goto('/admin/setup');
      await page.getByRole('link', { name: 'fee schedule', exact: true }).click();
      await page.getByRole('heading', { name: 'Fee schedule', level: 1 }).waitFor();
      const row = page.getByRole('row', { name: /^98925 / });
      await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe('Not set');
      await expectNoAxeViolations(page, 'fee schedule, empty');

      await page.getByLabel('Code').selectOption('98925');
      const amount = page.getByLabel('Fee in US dollars');
      await amount.fill('-65');
      await amount.press('Enter');
      const error = page.locator('#error-fee-amount');
      await expect.poll(() => error.textContent()).toMatch(/must not be negative/);
      await expect(amount.getAttribute('aria-invalid')).resolves.toBe('true');
      await amount.fill('65.505');
      await page.getByRole('button', { name: 'Save fee' }).click();
      await expect.poll(() => error.textContent()).toMatch(/must have at most 2 decimals/);
      await expectNoAxeViolations(page, 'fee schedule, amount refused');

      await amount.fill('65.00');
      await amount.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: /^Saved: 98925 at \$65\.00 from / })
        .waitFor();
      await expect.poll(() => row.getByRole('cell').nth(1).textContent()).toBe('$65.00');
      await page.getByRole('row', { name: /^98925 \$65\.00 .* Avery Admin/ }).waitFor();
      // The E/M code the physician will bill with modifier 25 gets its own fee.
      await page.getByLabel('Code').selectOption('99213');
      await amount.fill('110');
      await amount.press('Enter');
      await expect
        .poll(() =>
          page
            .getByRole('row', { name: /^99213 / })
            .getByRole('cell')
            .nth(1)
            .textContent(),
        )
        .toBe('$110.00');
      await expectNoAxeViolations(page, 'fee schedule with a fee');
      if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/fee-schedule.png`, fullPage: true });
    });
  });

  it('Alex downloads the superbill of his signed visit from the portal', async () => {
    const still = await apiLogin(j.clinic.url, 'dr.still@demo.clinic');
    const base = `/api/encounters/${encounterId}`;
    await apiCall(j.clinic.url, still, 'PUT', `${base}/exam`, {
      regions: [
        { region: 'lumbar', tenderness: true, asymmetry: false, restriction: true, tissueTexture: false },
      ],
    });
    await apiCall(j.clinic.url, still, 'POST', `${base}/consents`, {
      technique: 'soft_tissue',
      decision: 'given',
      method: 'verbal',
    });
    await apiCall(j.clinic.url, still, 'POST', `${base}/treatments`, {
      region: 'lumbar',
      technique: 'soft_tissue',
      position: 'prone',
      response: 'improved',
    });
    // The separate E/M is documented with its code (5 digits) beside the E/M note, as the workspace saves it.
    const emNote = 'New elevated blood pressure evaluated separately; home readings and GP letter.';
    const { noteText } = (await apiCall(j.clinic.url, still, 'GET', base)) as {
      noteText: Record<string, unknown>;
    };
    await apiCall(j.clinic.url, still, 'PUT', `${base}/note-text`, { ...noteText, emNote, emCode: '99213' });
    const signed = (await apiCall(j.clinic.url, still, 'POST', `${base}/sign`, {
      separateEmDocumented: true,
    })) as {
      coding: { emCode: string | null };
    };
    expect(signed.coding.emCode).toBe('99213');

    await j.as('alex@demo.clinic', async (page) => {
      await page.getByRole('link', { name: 'Aftercare and check-in' }).first().click();
      const section = page.getByRole('region', { name: 'Superbill' });
      const link = section.getByRole('link', { name: 'Download the superbill (PDF, opens in a new tab)' });
      await link.waitFor();
      await expectNoAxeViolations(page, 'portal visit with the superbill');
      if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/portal-superbill.png`, fullPage: true });
      // The link from the keyboard: focus it, then fetch what it points to with the patient's own session.
      await link.focus();
      const href = await link.getAttribute('href');
      expect(href).toBe(`/api/encounters/${encounterId}/superbill.pdf`);
      const res = await page.request.get(href ?? '');
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      const text = (await new PDFParse({ data: await res.body() }).getText()).text;
      for (const shown of [
        'OMT Clinic',
        'Superbill',
        'Alex Rivera',
        'Dr. Andrea Still, DO',
        '98925',
        'M99.03',
        '$65.00',
        '$110.00',
      ]) {
        expect(text, shown).toContain(shown);
      }
      // The E/M line first, with modifier 25; the total adds both fees.
      expect(text).toMatch(/99213-25\s+Office visit, established patient, low\s+complexity/);
      expect(text.indexOf('99213-25')).toBeLessThan(text.indexOf('98925'));
      expect(text).toMatch(/Total\s+\$175\.00/);
    });
  });

  it('Dr. Still finds the superbill beside the signed note', async () => {
    await j.as('dr.still@demo.clinic', async (page) => {
      await page.goto(`/clinician/encounters/${encounterId}`);
      const link = page.getByRole('link', { name: 'Download the superbill as PDF (opens in a new tab)' });
      await link.waitFor();
      const res = await page.request.get((await link.getAttribute('href')) ?? '');
      expect(res.status()).toBe(200);
      const text = (await new PDFParse({ data: await res.body() }).getText()).text;
      expect(text).toMatch(/98925\s+OMT, 1–2 body regions\s+M99\.03\s+1\s+\$65\.00/);
    });
  });
});
