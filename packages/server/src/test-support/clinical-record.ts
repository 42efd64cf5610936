/**
 * A patient's clinical record beyond the visit, made through the REST API as people make it: an allergy and a
 * medication on the chart, a plan of care with its visits booked and a goal, a PHQ-2 answered for it, an uploaded
 * document and the general consent signed.
 */
import type { TestApp } from './test-app';

/** The smallest file whose first bytes say PDF (the server reads the type from them). */
export const TINY_PDF_BASE64 = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString(
  'base64',
);

export const CARE_PLAN = {
  diagnoses: ['M99.03'],
  goals: [
    { goal: 'Walk 30 minutes without pain', targetDate: '2026-07-15' },
    { goal: 'Sleep through the night', targetDate: '2026-07-01', met: true },
  ],
  everyWeeks: 1,
  visits: 4,
  techniques: ['soft_tissue'],
  measures: [{ measure: 'phq2', due: ['each_visit'] }],
  reEvaluationDate: '2026-07-06',
};

async function ok(what: string, r: Promise<{ status: number; body: any }>, status = 201) {
  const done = await r;
  if (done.status !== status) throw new Error(`${what} → ${done.status} ${JSON.stringify(done.body)}`);
  return done.body;
}

export interface ClinicalRecord {
  planId: string;
  documentId: string;
  measureResponseId: string;
}

/** Records it for the patient of `patientEmail`, whose visit `encounterId` (a clinician's) the plan follows. */
export async function recordClinicalHistory(
  t: TestApp,
  patientEmail: string,
  patientId: string,
  encounterId: string,
  clinicianEmail = 'dr.still@demo.clinic',
): Promise<ClinicalRecord> {
  const doc = await t.login(clinicianEmail);
  const patient = await t.login(patientEmail);
  const entry = (body: object) =>
    ok('chart entry', t.call(doc, 'POST', `/api/patients/${patientId}/chart/entries`, body));
  await entry({ kind: 'allergy', substance: 'Penicillin', reaction: 'Hives', severity: 'moderate' });
  await entry({ kind: 'medication', name: 'Ibuprofen', dose: '400 mg', frequency: 'as needed' });
  const plan = await ok(
    'care plan',
    t.call(doc, 'POST', `/api/patients/${patientId}/care-plans`, { ...CARE_PLAN, encounterId }),
  );
  await ok(
    'book the plan',
    t.call(doc, 'POST', `/api/care-plans/${plan.id}/book`, {
      visitType: 'omt-follow-up',
      providerId: await t.userId(clinicianEmail),
      locationId: 'loc-cleveland',
      start: '2026-06-16T15:00:00Z',
      confirm: true,
    }),
    200,
  );
  const measure = await ok(
    'PHQ-2',
    t.call(patient, 'POST', `/api/patients/${patientId}/measures`, {
      planId: plan.id,
      measure: 'phq2',
      answers: [1, 0],
    }),
  );
  const desk = await t.login('frontdesk@demo.clinic');
  const document = await ok(
    'upload',
    t.call(desk, 'POST', `/api/patients/${patientId}/documents`, {
      title: 'MRI lumbar spine',
      category: 'imaging_report',
      contentBase64: TINY_PDF_BASE64,
    }),
  );
  const name = (await ok('patient', t.call(doc, 'GET', `/api/patients/${patientId}`), 200)).name as string;
  await ok(
    'consent',
    t.call(patient, 'POST', `/api/patients/${patientId}/consent/signatures`, { version: 1, typedName: name }),
    200,
  );
  return { planId: plan.id, documentId: document.id, measureResponseId: measure.id };
}
