import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, openEncounter, treatRegions } from '../../test-support/factories';
import { fetchPdf, recordClinicianNpi } from '../../test-support/print';

const STILL_NPI = '1234567893';
const RESIDENT_NPI = '1003000126';
const ZONE = 'America/New_York';

/** "Jun 2, 2026, 10:00 AM EDT" for an instant in New York, worked out here with Intl alone. */
function newYorkTime(instant: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE,
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('month')} ${part('day')}, ${part('year')}, ${part('hour')}:${part('minute')} ${part('dayPeriod')} ${part('timeZoneName')}`;
}

describe.each(TEST_DATABASES)('the note PDF on $name', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(kind);
    await recordClinicianNpi(t, 'dr.still@demo.clinic', 'DO', STILL_NPI);
    await recordClinicianNpi(t, 'resident@demo.clinic', 'DO', RESIDENT_NPI);
  });
  afterAll(async () => {
    await t.close();
  });

  it('a co-signed note over several pages: letterhead, clinicians with credential and NPI, zoned times, patient and page numbers on every page', async () => {
    const appt = await bookFollowUp(t, 'alex@demo.clinic', 'resident@demo.clinic');
    const enc = await openEncounter(t, 'resident@demo.clinic', appt.id);
    await treatRegions(t, 'resident@demo.clinic', enc, ['lumbar']);
    const resident = await t.login('resident@demo.clinic');
    const still = await t.login('dr.still@demo.clinic');
    expect((await t.call(resident, 'POST', `/api/encounters/${enc}/sign`, {})).body.status).toBe(
      'awaiting_cosign',
    );
    // Billed only once co-signed.
    const early = await fetchPdf(t, still, `/api/encounters/${enc}/superbill.pdf`);
    expect(early.status).toBe(409);
    expect(early.error?.message).toBe(
      'The note of this visit awaits its co-signature, so there is no superbill yet.',
    );
    t.clock.now = new Date(t.clock.now.getTime() + 3 * 3_600_000);
    const cosigned = await t.call(still, 'POST', `/api/encounters/${enc}/cosign`, {});
    expect(cosigned.status).toBe(200);
    // Long addenda push the note over several pages.
    const long = (n: number) =>
      Array.from(
        { length: 45 },
        (_, i) => `Addendum ${n}, line ${i + 1}: the patient reported on the phone.`,
      ).join('\n');
    for (const n of [1, 2, 3, 4]) {
      const r = await t.call(still, 'POST', `/api/encounters/${enc}/addenda`, { text: long(n) });
      expect(r.status).toBe(201);
    }
    const e = (await t.call(still, 'GET', `/api/encounters/${enc}`)).body;
    const patient = (await t.call(still, 'GET', `/api/patients/${e.patientId}`)).body;

    const pdf = await fetchPdf(t, still, `/api/encounters/${enc}/note.pdf`);
    expect(pdf.status).toBe(200);
    const total = pdf.pages.length;
    expect(total).toBeGreaterThanOrEqual(3);
    const dob = new Date(`${patient.birthDate}T12:00:00Z`).toLocaleDateString('en-US', {
      timeZone: 'UTC',
      dateStyle: 'medium',
    });
    pdf.pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain(`Alex Rivera · DOB ${dob}`);
      expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${total}`);
    });
    const first = pdf.pages[0] ?? '';
    for (const shown of [
      'OMT Clinic',
      '1 Euclid Ave, Cleveland, OH 44115 · +1 216 555 0100',
      'NPI 1245319599 · Tax id 12-3456789',
      `Provider: Dr. Riley Resident, DO · NPI ${RESIDENT_NPI}`,
      `Visit: ${newYorkTime(e.start)} (${ZONE})`,
      `Signed ${newYorkTime(e.signedAt)} (${ZONE})`,
      `Co-signed by Dr. Andrea Still, DO · NPI ${STILL_NPI} · ${newYorkTime(e.cosignedAt)} (${ZONE})`,
    ]) {
      expect(first.replace(/\s*\n\s*/g, '\n'), shown).toContain(shown);
    }
    // Addenda are timed in the location's zone too, never in UTC.
    expect(pdf.text).toContain(
      `Addendum — Dr. Andrea Still, ${newYorkTime(e.addenda[0].createdAt)} (${ZONE})`,
    );
    expect(pdf.text).toContain('Addendum 4, line 45: the patient reported on the phone.');
    expect(pdf.text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    const bill = await fetchPdf(t, still, `/api/encounters/${enc}/superbill.pdf`);
    expect(bill.text).toContain(`Dr. Riley Resident, DO · NPI ${RESIDENT_NPI}`);
    expect(bill.text).toContain(`Supervising physician: Dr. Andrea Still, DO · NPI ${STILL_NPI}`);
  });
});
