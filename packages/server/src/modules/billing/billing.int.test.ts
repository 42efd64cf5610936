import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandSlots } from '@omt/contracts';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { bookFollowUp, openEncounter, patientIdOf, treatRegions } from '../../test-support/factories';
import { fetchPdf, recordClinicianNpi } from '../../test-support/print';

const STILL_NPI = '1234567893';
const DAY = 86_400_000;

/** The visit day of the test clock in New York (the demo's Cleveland location), moved by `days`. */
function nyDate(now: Date, days = 0): string {
  return new Date(now.getTime() + days * DAY).toLocaleDateString('en-CA', { timeZone: 'America/New_York' });
}

describe.each(TEST_DATABASES)('fee schedule and superbill on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  const schedule = async () => (await t.call(admin, 'GET', '/api/fees')).body;
  const setFee = (body: object, token = admin) => t.call(token, 'POST', '/api/fees', body);
  const superbill = async (token: string, enc: string) => {
    const r = await fetchPdf(t, token, `/api/encounters/${enc}/superbill.pdf`);
    return { ...r, body: r.error };
  };
  const codeOf = (s: { codes: Record<string, unknown>[] }, code: string) =>
    s.codes.find((c) => c.code === code) as {
      current: { amountCents: number } | null;
      upcoming: { amountCents: number; effectiveFrom: string }[];
      history: { amountCents: number; createdByName: string }[];
    };

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.login('admin@demo.clinic');
    await recordClinicianNpi(t, 'dr.still@demo.clinic', 'DO', STILL_NPI);
  });
  afterAll(async () => {
    await t.close();
  });

  it('only an admin reads or sets fees', async () => {
    const today = (await schedule()).today as string;
    for (const email of ['frontdesk@demo.clinic', 'dr.still@demo.clinic', 'alex@demo.clinic']) {
      const token = await t.login(email);
      expect((await t.call(token, 'GET', '/api/fees')).status, email).toBe(403);
      const r = await setFee({ code: '98925', amount: '1', effectiveFrom: today }, token);
      expect(r.status, email).toBe(403);
    }
    expect((await t.call(null, 'GET', '/api/fees')).status).toBe(401);
    expect((await schedule()).codes.every((c: { history: unknown[] }) => c.history.length === 0)).toBe(true);
  });

  it.each([
    ['amount', { amount: '-5' }, /must not be negative/],
    ['amount', { amount: -0.5 }, /must not be negative/],
    ['amount', { amount: '85.505' }, /at most 2 decimals/],
    ['amount', { amount: 'eighty' }, /US dollars/],
    ['amount', { amount: '' }, /US dollars/],
    ['amount', { amount: '100000' }, /at most \$99,999\.99/],
    ['amount', { amount: null }, /US dollars/],
    ['code', { code: '97140' }, /OMT/],
    ['effectiveFrom', { effectiveFrom: '2026-13-01' }, /YYYY-MM-DD/],
    ['effectiveFrom', { effectiveFrom: 'YESTERDAY' }, /today .* or later/],
    ['currency', { currency: 'EUR' }, /./],
  ])('refuses a bad %s (400 naming it, nothing saved): %j', async (field, patch, rule) => {
    const today = (await schedule()).today as string;
    const body: Record<string, unknown> = { code: '98925', amount: '65.00', effectiveFrom: today, ...patch };
    if (body.effectiveFrom === 'YESTERDAY') body.effectiveFrom = nyDate(new Date(`${today}T12:00:00Z`), -1);
    const before = await schedule();
    const r = await setFee(body);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.field).toBe(field);
    expect(r.body.message).toMatch(rule);
    expect(await schedule()).toEqual(before);
  });

  it('keeps every fee as history; the one from the latest day up to today applies, later ones wait', async () => {
    const today = (await schedule()).today as string;
    const later = nyDate(new Date(`${today}T12:00:00Z`), 30);
    expect((await setFee({ code: '98927', amount: '90', effectiveFrom: today })).status).toBe(201);
    // A same-day correction: the later-recorded one applies.
    expect((await setFee({ code: '98927', amount: '$95.50', effectiveFrom: today })).status).toBe(201);
    const r = await setFee({ code: '98927', amount: 120, effectiveFrom: later });
    expect(r.status).toBe(201);
    const fee = codeOf(r.body, '98927');
    expect(fee.current?.amountCents).toBe(9550);
    expect(fee.upcoming.map((u) => [u.amountCents, u.effectiveFrom])).toEqual([[12000, later]]);
    expect(fee.history.map((h) => h.amountCents)).toEqual([12000, 9550, 9000]);
    expect(fee.history[0]?.createdByName).toBe('Avery Admin');
    expect(codeOf(r.body, '98928').current).toBeNull();
  });

  it('prints the superbill of a signed visit with the fee of its date of service, even after a later change', async () => {
    const alex = await t.login('alex@demo.clinic');
    const alexId = await patientIdOf(t, 'alex@demo.clinic');
    // Registration: address and insurance, as the desk records them.
    const desk = await t.login('frontdesk@demo.clinic');
    const rec = (await t.call(desk, 'GET', `/api/patients/${alexId}`)).body;
    const saved = await t.call(desk, 'PUT', `/api/patients/${alexId}`, {
      givenName: rec.givenName,
      familyName: rec.familyName,
      birthDate: rec.birthDate,
      sex: rec.sex,
      email: rec.email,
      phone: rec.phone,
      preferredLanguage: rec.preferredLanguage,
      address: { lines: ['12 Elm St'], city: 'Cleveland', state: 'OH', postalCode: '44114' },
      emergencyContact: rec.emergencyContact,
      insurance: { payer: 'Buckeye Health', memberId: 'BH-7781', groupId: 'GRP-42' },
      guardians: [],
      version: rec.version,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    const appt = await bookFollowUp(t, 'alex@demo.clinic');
    const enc = await openEncounter(t, 'dr.still@demo.clinic', appt.id);
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['lumbar', 'sacral']);
    const still = await t.login('dr.still@demo.clinic');

    const unsigned = await superbill(still, enc);
    expect(unsigned.status).toBe(409);
    expect(unsigned.body).toMatchObject({
      code: 'encounter_not_signed',
      message: 'The note of this visit is not signed yet, so there is no superbill.',
    });
    expect((await superbill(alex, enc)).status).toBe(409);

    const visitDay = nyDate(t.clock.now);
    expect((await schedule()).today).toBe(visitDay);
    expect((await setFee({ code: '98925', amount: '65', effectiveFrom: visitDay })).status).toBe(201);
    expect((await t.call(still, 'POST', `/api/encounters/${enc}/sign`, {})).status).toBe(200);

    const first = await superbill(still, enc);
    expect(first.status).toBe(200);
    expect(first.type).toBe('application/pdf');
    const visitDayText = new Date(`${visitDay}T12:00:00Z`).toLocaleDateString('en-US', {
      timeZone: 'UTC',
      dateStyle: 'medium',
    });
    for (const shown of [
      'OMT Clinic',
      '1 Euclid Ave, Cleveland, OH 44115',
      '+1 216 555 0100',
      'NPI 1245319599',
      'Tax id 12-3456789',
      `Dr. Andrea Still, DO · NPI ${STILL_NPI}`,
      'Alex Rivera',
      `DOB ${new Date(`${String(rec.birthDate)}T12:00:00Z`).toLocaleDateString('en-US', { timeZone: 'UTC', dateStyle: 'medium' })}`,
      '12 Elm St, Cleveland, OH 44114',
      'Insurance: Buckeye Health · member id BH-7781 · group id GRP-42',
      `Date of service: ${visitDayText}`,
      '(America/New_York)',
      'Place of service: 11 — Office',
      'M99.03',
      'M99.04',
      '98925',
      'M99.03, M99.04',
      '$65.00',
      'Page 1 of 1',
    ]) {
      expect(first.text, shown).toContain(shown);
    }
    expect(first.text).toMatch(/Total\s+\$65\.00/);

    // The admin raises the fee from tomorrow: this visit's superbill keeps the fee of its day.
    const tomorrow = nyDate(t.clock.now, 1);
    expect((await setFee({ code: '98925', amount: '80.00', effectiveFrom: tomorrow })).status).toBe(201);
    t.clock.now = new Date(t.clock.now.getTime() + 2 * DAY);
    expect(codeOf(await schedule(), '98925').current?.amountCents).toBe(8000);
    const later = await superbill(alex, enc);
    expect(later.status).toBe(200);
    expect(later.text).toMatch(/Total\s+\$65\.00/);
    expect(later.text).not.toContain('$80.00');

    // Who read it, and who was refused, is in the audit log.
    const maria = await t.login('maria@demo.clinic');
    expect((await superbill(maria, enc)).status).toBe(403);
    expect((await superbill(await t.login('sam.parent@demo.clinic'), enc)).status).toBe(403);
    expect((await superbill(admin, enc)).status).toBe(403);
    expect((await superbill(desk, enc)).status).toBe(200);
    const audit = (await t.call(admin, 'GET', `/api/audit?patientId=${alexId}&pageSize=200`)).body.items as {
      action: string;
      resourceType: string;
      resourceId: string;
      outcome: string;
      userEmail: string;
    }[];
    const reads = audit.filter((a) => a.action === 'superbill.read' && a.resourceId === enc);
    expect(reads.filter((a) => a.outcome === 'allowed').map((a) => a.userEmail)).toEqual(
      expect.arrayContaining(['dr.still@demo.clinic', 'alex@demo.clinic', 'frontdesk@demo.clinic']),
    );
    expect(
      reads
        .filter((a) => a.outcome === 'denied')
        .map((a) => a.userEmail)
        .sort(),
    ).toEqual(['admin@demo.clinic', 'maria@demo.clinic', 'sam.parent@demo.clinic']);
  });

  it('a code without a fee says "fee not set" and stays out of the total; the E/M code the physician enters is billed with modifier 25 at its fee; a parent reads their child’s', async () => {
    const noah = await patientIdOf(t, 'sam.parent@demo.clinic');
    const desk = await t.login('frontdesk@demo.clinic');
    const stillId = await t.userId('dr.still@demo.clinic');
    const from = t.clock.now.toISOString();
    const to = new Date(t.clock.now.getTime() + 7 * DAY).toISOString();
    const qs = new URLSearchParams({ visitType: 'consultation', provider: stillId, from, to });
    const [slot] = expandSlots((await t.call(desk, 'GET', `/api/availability?${qs.toString()}`)).body);
    if (!slot) throw new Error('no consultation slot in the week');
    const booked = await t.call(desk, 'POST', '/api/appointments', {
      patientId: noah,
      visitType: 'consultation',
      providerId: stillId,
      locationId: slot.locationId,
      start: slot.start,
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const enc = await openEncounter(t, 'dr.still@demo.clinic', booked.body.id);
    await treatRegions(t, 'dr.still@demo.clinic', enc, ['head', 'cervical', 'thoracic']);
    const still = await t.login('dr.still@demo.clinic');
    const emNote = 'New feeding difficulty assessed separately: history, examination and a feeding plan.';
    const sign = (body: object) => t.call(still, 'POST', `/api/encounters/${enc}/sign`, body);
    const saveText = async (emCode: string) => {
      const { noteText } = (await t.call(still, 'GET', `/api/encounters/${enc}`)).body;
      return t.call(still, 'PUT', `/api/encounters/${enc}/note-text`, { ...noteText, emNote, emCode });
    };

    // Modifier 25 without the E/M service's code is refused, naming the field; a code is 5 digits.
    const noCode = await sign({ separateEmDocumented: true, emNote });
    expect(noCode.status, JSON.stringify(noCode.body)).toBe(422);
    expect(noCode.body).toMatchObject({ code: 'em_code_missing', field: 'emCode' });
    expect(noCode.body.message).toContain('E/M code');
    for (const bad of ['9921', '99213-25', 'E/M']) {
      const refused = await saveText(bad);
      expect(refused.status, bad).toBe(400);
      expect(refused.body.field, bad).toBe('emCode');
      expect((await sign({ separateEmDocumented: true, emNote, emCode: bad })).status, bad).toBe(400);
    }
    // Entered in the draft beside the E/M note, it is saved and signed with the note.
    const saved = await saveText(' 99213 ');
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ emNote, emCode: '99213' });
    const visitDay = nyDate(t.clock.now);
    expect((await setFee({ code: '99213', amount: '110', effectiveFrom: visitDay })).status).toBe(201);
    const signed = await sign({ separateEmDocumented: true });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body.coding).toMatchObject({ cpt: '98926', emModifier25: true, emCode: '99213' });
    expect(signed.body.note).toContain('Coding: 98926 + E/M 99213-25');

    const note = await fetchPdf(t, still, `/api/encounters/${enc}/note.pdf`);
    expect(note.status).toBe(200);
    expect(note.text).toContain('CPT 98926 · E/M 99213-25');

    const parent = await t.login('sam.parent@demo.clinic');
    const bill = await superbill(parent, enc);
    expect(bill.status).toBe(200);
    expect(bill.text).toContain('98926');
    expect(bill.text).toContain('fee not set');
    // The separately identifiable E/M comes first with modifier 25 and the fee of its code on the day of service.
    expect(bill.text).toMatch(/99213-25\s+Office visit, established patient, low\s+complexity/);
    expect(bill.text).toContain('$110.00');
    expect(bill.text).not.toContain('level not coded');
    expect(bill.text).toMatch(/Total\s+\$110\.00/);
    expect(bill.text).toContain('The total leaves out the services without a fee.');
    expect(bill.text).toContain('Insurance: none recorded (self-pay)');
    expect((await superbill(await t.login('alex@demo.clinic'), enc)).status).toBe(403);
  });
});
