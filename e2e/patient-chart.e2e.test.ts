import { beforeAll, describe, expect, it } from 'vitest';
import { LINK } from '@omt/fhir';
import { expectNoAxeViolations } from './support/browser';
import { answerIntakeQuestions, fillIntakeBasics } from './support/intake';
import { useJourney } from './support/journey';
import {
  apiCall,
  apiLogin,
  arriveForVisitViaApi,
  bookFollowUpViaApi,
  patientIdViaApi,
  submitIntakeViaApi,
} from './support/api';

const SCREENSHOT = process.env.CHART_SCREENSHOT;
const INTAKE_SCREENSHOT = process.env.CHART_INTAKE_SCREENSHOT;
const OUTSIDE_SCREENSHOT = process.env.CHART_OUTSIDE_SCREENSHOT;
const LAB = 'urn:oid:2.16.840.1.113883.19.5.7';

/**
 * Issue 11, the chart: dr.still finds Alex in the header search, opens the chart, reads the timeline (the signed
 * note and the intake), adds an allergy (after a hurried wrong entry) and takes a medication Alex reported at
 * intake into the chart.
 */
describe('a physician reads a patient’s chart and keeps its lists', () => {
  const j = useJourney();
  let mariaVisit = '';
  beforeAll(async () => {
    mariaVisit = ((await bookFollowUpViaApi(j.clinic.url, 'maria@demo.clinic')) as { id: string }).id;
    const appointment = await bookFollowUpViaApi(j.clinic.url, 'alex@demo.clinic');
    await submitIntakeViaApi(j.clinic.url, 'alex@demo.clinic', appointment.id, [], {
      [LINK.medications]: [{ valueString: 'Warfarin 5 mg daily\nVitamin D 1000 IU' }],
      [LINK.allergies]: [{ valueBoolean: false }],
    });
    await arriveForVisitViaApi(j.clinic, appointment);
    const still = await apiLogin(j.clinic.url, 'dr.still@demo.clinic');
    const enc = await apiCall(
      j.clinic.url,
      still,
      'POST',
      `/api/appointments/${appointment.id}/encounter`,
      {},
    );
    await apiCall(j.clinic.url, still, 'PUT', `/api/encounters/${enc.id}/exam`, {
      regions: [
        { region: 'lumbar', tenderness: true, asymmetry: false, restriction: true, tissueTexture: false },
      ],
    });
    await apiCall(j.clinic.url, still, 'POST', `/api/encounters/${enc.id}/consents`, {
      technique: 'soft_tissue',
      decision: 'given',
      method: 'verbal',
    });
    await apiCall(j.clinic.url, still, 'POST', `/api/encounters/${enc.id}/treatments`, {
      region: 'lumbar',
      technique: 'soft_tissue',
      position: 'prone',
      response: 'improved',
    });
    await apiCall(j.clinic.url, still, 'POST', `/api/encounters/${enc.id}/sign`, {});
    // Results another system sent: the admin imports them (a FHIR transaction), the chart lists them read-only;
    // the sender then withdraws the potassium (entered-in-error, sent without its value). Only the vitamin D names
    // the organisation that performed it.
    const alexId = await patientIdViaApi(j.clinic.url, 'alex@demo.clinic');
    const admin = await apiLogin(j.clinic.url, 'admin@demo.clinic');
    const result = (id: string, status: string, fields: object) => ({
      resource: {
        resourceType: 'Observation',
        identifier: [{ system: LAB, value: id }],
        status,
        subject: { reference: `Patient/${alexId}` },
        ...fields,
      },
      request: { method: 'POST', url: 'Observation' },
    });
    const importResults = (...entry: object[]) =>
      apiCall(j.clinic.url, admin, 'POST', '/fhir/R4', {
        resourceType: 'Bundle',
        type: 'transaction',
        entry,
      });
    const potassium = { code: { text: 'Potassium' }, effectiveDateTime: '2025-11-03T14:20:00Z' };
    await importResults(
      result('R-1', 'final', {
        code: { text: 'Vitamin D, 25-hydroxy' },
        performer: [{ reference: 'Organization/valley-lab', display: 'Valley Medical Laboratory' }],
        effectiveDateTime: '2025-11-03T14:20:00Z',
        valueQuantity: { value: 31, unit: 'ng/mL' },
      }),
      result('R-2', 'final', { ...potassium, valueQuantity: { value: 6.8, unit: 'mmol/L' } }),
    );
    await importResults(
      result('R-2', 'entered-in-error', { ...potassium, meta: { lastUpdated: '2025-11-04T09:12:00Z' } }),
    );
  }, 60_000);

  it('finds Alex, reads the timeline, adds an allergy and reconciles a medication from intake', async () => {
    await j.as('dr.still@demo.clinic', async (page) => {
      await page.getByLabel('Find a patient').fill('Rivera');
      await page.getByRole('button', { name: 'Find patient' }).click();
      await page.getByRole('link', { name: /^Chart of Alex Rivera/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Alex Rivera' }).waitFor();
      const header = page.getByRole('region', { name: 'Summary' });
      await expect(header.textContent()).resolves.toContain('Allergies not recorded');

      const timeline = page.getByRole('region', { name: 'Timeline' });
      await timeline.getByText('Visit note signed').waitFor();
      await timeline.getByText('Intake submitted').waitFor();
      await expect(timeline.textContent()).resolves.toContain('Signed by Dr. Andrea Still');
      const outside = page.getByRole('region', { name: 'Results from other systems' });
      await outside.getByText('Vitamin D, 25-hydroxy').waitFor();
      await expect(outside.textContent()).resolves.toContain('31 ng/mL');
      await expect(outside.getByRole('button').count()).resolves.toBe(0);
      // The withdrawn potassium is not a current result: it is listed apart, struck through, saying when.
      const current = outside.getByRole('list').first();
      await expect(current.textContent()).resolves.not.toContain('Potassium');
      // The vitamin D names the lab that sent it; the potassium named none, so its system is in small print.
      await expect(current.textContent()).resolves.toMatch(/ · from Valley Medical Laboratory$/);
      const withdrawn = outside.getByRole('list', { name: 'Withdrawn results' });
      await expect(withdrawn.locator('s').textContent()).resolves.toBe('Potassium: 6.8 mmol/L');
      await expect(withdrawn.textContent()).resolves.toContain(`from another system (${LAB})`);
      await expect(withdrawn.textContent()).resolves.toMatch(
        /Withdrawn by the sending system on Nov 4, 2025, \d{1,2}:12 [AP]M \S+/,
      );
      if (OUTSIDE_SCREENSHOT) await outside.screenshot({ path: OUTSIDE_SCREENSHOT });
      await expectNoAxeViolations(page, 'the chart');

      // A hurried entry: no substance, a made-up severity cannot be chosen; the field says what is missing.
      const allergies = page.getByRole('region', { name: 'Allergies' });
      await allergies.getByRole('button', { name: 'Add allergy' }).click();
      await allergies.getByLabel('Reaction').fill('Rash');
      await allergies.getByRole('button', { name: 'Save' }).click();
      await allergies.getByText('Substance is required').waitFor();
      await expectNoAxeViolations(page, 'the allergy form with a refused field');
      await allergies.getByLabel('Substance').fill('Latex');
      await allergies.getByLabel('Severity').selectOption('moderate');
      await allergies.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('status').getByText('Added the allergy.').waitFor();
      await expect.poll(() => header.textContent()).toContain('Latex (Rash, moderate)');

      // Alex wrote two medicines at intake; Warfarin goes into the chart, Vitamin D is dismissed.
      const fromIntake = page.getByRole('region', { name: 'From intake' });
      await fromIntake.getByRole('button', { name: 'Add Warfarin 5 mg daily to the chart' }).click();
      const meds = page.getByRole('region', { name: 'Medications' });
      await meds.getByText('Warfarin 5 mg daily').waitFor();
      await fromIntake.getByRole('button', { name: 'Dismiss Vitamin D 1000 IU' }).click();
      await expect.poll(() => fromIntake.count()).toBe(0);
      await expect(meds.textContent()).resolves.not.toContain('Vitamin D');

      // Warfarin is an anticoagulant: marking it so points at the safety factors, which stay the one record.
      await meds.getByRole('button', { name: 'Edit Warfarin 5 mg daily' }).click();
      await meds.getByLabel('Anticoagulant (blood thinner)').check();
      await meds.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => header.textContent()).toContain('do not record anticoagulation');
      await expectNoAxeViolations(page, 'the chart after the changes');
      if (SCREENSHOT) await page.screenshot({ path: SCREENSHOT, fullPage: true });
    });
  });

  it('keyboard: the search, the chart link and the list buttons are reachable by Tab and Enter', async () => {
    await j.as('dr.still@demo.clinic', async (page) => {
      await page.getByLabel('Find a patient').focus();
      await page.keyboard.type('Rivera');
      await page.keyboard.press('Enter');
      const link = page.getByRole('link', { name: /^Chart of Alex Rivera/ });
      await link.focus();
      await page.keyboard.press('Enter');
      const problems = page.getByRole('region', { name: 'Problems' });
      await problems.getByRole('button', { name: 'Add problem' }).focus();
      await page.keyboard.press('Enter');
      await problems.getByLabel('Condition').focus();
      await page.keyboard.type('Chronic low back pain');
      await problems.getByLabel('ICD-10-CM code').focus();
      await page.keyboard.type('M54.50');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('region', { name: 'Summary' }).textContent())
        .toContain('Chronic low back pain (M54.50)');
    });
  });

  it('Maria lists her medicines and allergies at intake in the portal; the physician sees them "from intake"', async () => {
    await j.as('maria@demo.clinic', async (page) => {
      await page.goto(`/portal/appointments/${mariaVisit}/intake`);
      await fillIntakeBasics(page);
      await answerIntakeQuestions(page);
      const history = page.getByRole('group', { name: 'Medicines, allergies and past health' });
      await history.getByLabel(/^Medicines you take now/).fill('Metformin 500 mg twice a day');
      await history
        .getByRole('group', { name: /^Are you allergic/ })
        .getByRole('radio', { name: 'Yes', exact: true })
        .check();
      await history.getByLabel(/^Your allergies/).fill('Peanuts - swelling');
      await history.getByLabel(/^Operations you have had/).fill('Caesarean section 2019');
      await expectNoAxeViolations(page, 'the intake with medicines and allergies');
      if (INTAKE_SCREENSHOT) await history.screenshot({ path: INTAKE_SCREENSHOT });
      await page.getByRole('button', { name: 'Submit intake' }).click();
      await page.getByRole('status').filter({ hasText: 'your answers were sent to the clinic' }).waitFor();
    });
    await j.as('dr.still@demo.clinic', async (page) => {
      const maria = await patientIdViaApi(j.clinic.url, 'maria@demo.clinic');
      await page.goto(`/patients/${maria}/chart`);
      const fromIntake = page.getByRole('region', { name: 'From intake' });
      await fromIntake.getByText('Metformin 500 mg twice a day').waitFor();
      await expect(fromIntake.textContent()).resolves.toContain('Peanuts – swelling');
      await expect(fromIntake.textContent()).resolves.toContain('Caesarean section, 2019');
      await fromIntake.getByRole('button', { name: 'Add Peanuts – swelling to the chart' }).click();
      await expect
        .poll(() => page.getByRole('region', { name: 'Summary' }).textContent())
        .toContain('Peanuts (swelling)');
    });
  });

  it('records a plan of care from the chart, books it as a series and discharges with a reason', async () => {
    const day = (days: number) =>
      new Date(j.clinic.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
    await j.as('dr.still@demo.clinic', async (page) => {
      const alex = await patientIdViaApi(j.clinic.url, 'alex@demo.clinic');
      await page.goto(`/patients/${alex}/chart`);
      const plan = page.getByRole('region', { name: 'Plan of care' });
      await plan.getByRole('button', { name: 'Record a plan of care' }).click();
      // A hurried save without a goal is refused, naming the field.
      await plan.getByLabel('Diagnoses').fill('M99.03, M54.50');
      await plan.getByLabel('Re-evaluation date').fill(day(28));
      await plan.getByRole('button', { name: 'Save the plan' }).click();
      await plan
        .getByRole('alert')
        .getByText(/in row 1/)
        .waitFor();
      await plan.getByLabel('Goal 1', { exact: true }).fill('Walk 30 minutes without pain');
      await plan.getByLabel('Target date of goal 1').fill(day(42));
      await plan.getByLabel('Muscle energy (MET)').check();
      await plan.getByLabel('Oswestry Disability Index: Baseline').check();
      await plan.getByLabel('PEG (pain, enjoyment, general activity): Baseline').check();
      await plan.getByLabel('PEG (pain, enjoyment, general activity): Each visit').check();
      await expectNoAxeViolations(page, 'the plan-of-care form');
      await plan.getByRole('button', { name: 'Save the plan' }).click();
      await plan.getByRole('status').getByText('Recorded the plan of care.').waitFor();
      await expect(plan.textContent()).resolves.toContain('0 done of 6 planned (0 booked)');

      // Book the plan: the dates are checked first, nothing is booked until confirmed.
      await plan.getByRole('button', { name: 'Book the plan' }).click();
      const first = plan.getByLabel('First visit');
      await first.waitFor();
      const options = first.locator('option');
      await first.selectOption((await options.last().getAttribute('value')) ?? '');
      await plan.getByRole('button', { name: 'Check the dates' }).click();
      await plan.getByRole('heading', { name: 'Every visit is free' }).waitFor();
      await plan.getByRole('button', { name: 'Book 6 visits' }).click();
      await plan.getByRole('status').getByText('Booked 6 visits of the plan.').waitFor();
      await expect(plan.textContent()).resolves.toContain('0 done of 6 planned (6 booked)');
    });

    // Alex answers the PEG before his first two visits of the plan (the intake's PEG is the baseline), by
    // keyboard; the licensed ODI is answered at the visit; then he reads his trend.
    const alexId = await patientIdViaApi(j.clinic.url, 'alex@demo.clinic');
    const answerPeg = (scores: number[], first: boolean) =>
      j.as('alex@demo.clinic', async (page) => {
        const mine = page.getByRole('region', { name: 'Your plan of care' });
        const due = mine.getByRole('region', { name: 'Questionnaires to answer before your next visit' });
        await expect(due.textContent()).resolves.toContain('answered with your clinician at the visit');
        await due.getByRole('link', { name: /^Answer PEG/ }).click();
        await page.getByRole('heading', { level: 1, name: /Questionnaire: PEG/ }).waitFor();
        if (first) {
          // A hurried send is refused, naming what is missing.
          await page.getByRole('button', { name: 'Send my answers' }).click();
          await page.getByRole('alert').getByText('Answer every question.').waitFor();
        }
        const items = page.locator('fieldset');
        for (const [i, score] of scores.entries()) {
          await items
            .nth(i)
            .getByRole('radio', { name: String(score), exact: true })
            .focus();
          await page.keyboard.press('Space');
        }
        if (first) await expectNoAxeViolations(page, 'a questionnaire due before a visit');
        await page.getByRole('button', { name: 'Send my answers' }).focus();
        await page.keyboard.press('Enter');
        const saved = page.getByRole('status').filter({ hasText: 'Thank you. Your answers are saved.' });
        await saved.waitFor();
        if (first) return;
        await saved.getByRole('link', { name: 'My progress' }).click();
        const table = page.getByRole('table', { name: /Answers over time: PEG/ });
        await expect.poll(() => table.textContent()).toMatch(/4 \/ 10Visit 1.*2 \/ 10Visit 2/);
        await expectNoAxeViolations(page, 'my progress');
      });
    await answerPeg([4, 4, 4], true);
    const alexToken = await apiLogin(j.clinic.url, 'alex@demo.clinic');
    const firstVisit = (await apiCall(j.clinic.url, alexToken, 'GET', `/api/patients/${alexId}/measures`))
      .visits[0].start as string;
    j.clinic.travelTo(new Date(Date.parse(firstVisit) + 86_400_000).toISOString());
    await answerPeg([3, 2, 1], false);

    await j.as('dr.still@demo.clinic', async (page) => {
      await page.goto(`/patients/${alexId}/chart`);
      const plan = page.getByRole('region', { name: 'Plan of care' });
      const outcomes = page.getByRole('region', { name: 'Outcome measures' });
      await outcomes.getByRole('table', { name: /Answers over time: PEG/ }).waitFor();
      await expect(outcomes.textContent()).resolves.toContain('No threshold of meaningful improvement');

      // Discharge by keyboard: reason and summary.
      await plan.getByRole('button', { name: 'Discharge' }).focus();
      await page.keyboard.press('Enter');
      await plan.getByLabel('Goals met').focus();
      await page.keyboard.press('Space');
      await plan.getByLabel('Discharge summary').focus();
      await page.keyboard.type('Walks 30 minutes without pain; continues home exercises.');
      await plan.getByRole('button', { name: 'Discharge', exact: true }).focus();
      await page.keyboard.press('Enter');
      await plan.getByRole('heading', { name: 'Discharge summary' }).waitFor();
      await expect(plan.textContent()).resolves.toContain('Goals met');
      await expectNoAxeViolations(page, 'the discharged plan');
    });
    await j.as('alex@demo.clinic', async (page) => {
      const mine = page.getByRole('region', { name: 'Your plan of care' });
      await mine.getByText('Completed').waitFor();
      await expect(mine.textContent()).resolves.toContain('Walk 30 minutes without pain');
      await expect.poll(() => mine.getByRole('button').count()).toBe(0);
      await expectNoAxeViolations(page, 'the plan of care in the portal');
    });
  });

  it('the front desk reads the chart header only', async () => {
    await j.as('frontdesk@demo.clinic', async (page) => {
      const alex = await patientIdViaApi(j.clinic.url, 'alex@demo.clinic');
      await page.goto(`/patients/${alex}/chart`);
      await page.getByRole('heading', { level: 1, name: 'Alex Rivera' }).waitFor();
      await expect.poll(() => page.getByRole('region', { name: 'Summary' }).textContent()).toContain('Latex');
      await expect.poll(() => page.getByRole('region', { name: 'Timeline' }).count()).toBe(0);
      await expect.poll(() => page.getByRole('region', { name: 'Medications' }).count()).toBe(0);
      await expectNoAxeViolations(page, 'the chart header for the desk');
    });
  });
});
