import { findAppointment } from '@omt/db';
import { expandSlots, type QuestionnaireAnswer } from '@omt/contracts';
import { LINK, pegLink, phqLink, redFlagLink, REGION_CODE_SYSTEM, type RedFlagScreen } from '@omt/fhir';
import { completeResponse } from '../../../fhir/src/test-support/complete-response';
import type { TestApp } from './test-app';

/** Answer builders for intake tests. */
export const answer = {
  yes: [{ valueBoolean: true }],
  no: [{ valueBoolean: false }],
  int: (n: number) => [{ valueInteger: n }],
  regions: (...codes: string[]) =>
    codes.map((code) => ({ valueCoding: { system: REGION_CODE_SYSTEM, code } })),
  /** A PHQ answer by its 0–3 score (LOINC answer list LL358-3). */
  phq: (score: number) => [
    {
      valueCoding: {
        system: 'http://loinc.org',
        code: ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'][score],
      },
    },
  ],
};

/** linkIds of red-flag questions answered "yes". */
export function yesTo(screen: RedFlagScreen, ...ids: string[]): Record<string, QuestionnaireAnswer[]> {
  return Object.fromEntries(ids.map((id) => [redFlagLink(screen, id), answer.yes]));
}

/** A low-back-pain intake with no red flags and a negative PHQ-2; override any answer by linkId. */
export const LOW_BACK_INTAKE: Record<string, QuestionnaireAnswer[]> = {
  [LINK.chiefComplaint]: [{ valueString: 'Low back pain for three months' }],
  [LINK.painRegions]: answer.regions('lumbar'),
  [LINK.painNow]: answer.int(6),
  [pegLink('pain')]: answer.int(6),
  [pegLink('enjoyment')]: answer.int(5),
  [pegLink('activity')]: answer.int(4),
  [phqLink(1)]: answer.phq(1),
  [phqLink(2)]: answer.phq(0),
};

/** Fetches the tailored Questionnaire and builds a complete QuestionnaireResponse to it. */
export async function buildIntake(
  t: TestApp,
  token: string,
  appointmentId: string,
  answers: Record<string, QuestionnaireAnswer[]> = {},
) {
  const q = await t.call(token, 'GET', `/api/appointments/${appointmentId}/intake/questionnaire`);
  if (q.status !== 200) throw new Error(`questionnaire → ${q.status} ${JSON.stringify(q.body)}`);
  return { questionnaireResponse: completeResponse(q.body, { ...LOW_BACK_INTAKE, ...answers }) };
}

/** Builds and submits an intake; returns the API's answer. */
export async function submitIntake(
  t: TestApp,
  token: string,
  appointmentId: string,
  answers: Record<string, QuestionnaireAnswer[]> = {},
) {
  return t.call(
    token,
    'POST',
    `/api/appointments/${appointmentId}/intake`,
    await buildIntake(t, token, appointmentId, answers),
  );
}

/** The patient id a patient login acts for (its first: self, or the first dependant). */
export async function patientIdOf(t: TestApp, email: string): Promise<string> {
  const r = await t.call(await t.login(email), 'GET', '/api/me');
  return r.body.user.patients[0].id as string;
}

/** The first open slot of a visit type in the week after the test clock. */
export async function firstSlot(
  t: TestApp,
  token: string,
  visitType: string,
  filter: { provider?: string; location?: string } = {},
) {
  const from = t.clock.now.toISOString();
  const to = new Date(t.clock.now.getTime() + 7 * 86_400_000).toISOString();
  const qs = new URLSearchParams({ visitType, from, to, ...filter });
  const r = await t.call(token, 'GET', `/api/availability?${qs.toString()}`);
  const [slot] = r.status === 200 ? expandSlots(r.body) : [];
  if (!slot) throw new Error(`no slot: ${r.status} ${JSON.stringify(r.body)}`);
  const { start, end, providerId, locationId } = slot;
  return { start, end, providerId, locationId };
}

/** Books the first OMT follow-up with a provider that is open for both provider and patient. */
export async function bookFollowUp(t: TestApp, patientEmail: string, providerEmail = 'dr.still@demo.clinic') {
  const token = await t.login(patientEmail);
  const patientId = await patientIdOf(t, patientEmail);
  const qs = new URLSearchParams({
    visitType: 'omt-follow-up',
    provider: await t.userId(providerEmail),
    from: t.clock.now.toISOString(),
    to: new Date(t.clock.now.getTime() + 14 * 86_400_000).toISOString(),
  });
  const slots = expandSlots((await t.call(token, 'GET', `/api/availability?${qs.toString()}`)).body);
  for (const slot of slots) {
    const r = await t.call(token, 'POST', '/api/appointments', {
      patientId,
      visitType: 'omt-follow-up',
      providerId: slot.providerId,
      locationId: slot.locationId,
      start: slot.start,
    });
    if (r.status === 201)
      return r.body as { id: string; patientId: string; providerId: string; start: string; end: string };
    if (r.body.code !== 'patient_busy') throw new Error(`book → ${r.status} ${JSON.stringify(r.body)}`);
  }
  throw new Error('no slot free for both provider and patient');
}

/**
 * Stands the test clock at the visit's start and checks the patient in, as on the day of the visit (an
 * encounter opens only on the visit's day, and is signed only once the visit started and the patient arrived).
 */
export async function arriveForVisit(t: TestApp, appointmentId: string): Promise<void> {
  const appt = await findAppointment(t.handle.db, appointmentId);
  if (!appt) throw new Error(`no appointment ${appointmentId}`);
  if (t.clock.now.getTime() < Date.parse(appt.start_at)) t.clock.now = new Date(appt.start_at);
  if (appt.status !== 'booked') return;
  const desk = await t.login('frontdesk@demo.clinic');
  const r = await t.call(desk, 'POST', `/api/appointments/${appointmentId}/check-in`, {});
  if (r.status !== 200) throw new Error(`check in → ${r.status} ${JSON.stringify(r.body)}`);
}

/** Opens the encounter of an appointment as a clinician on the day of the visit; returns its id. */
export async function openEncounter(
  t: TestApp,
  clinicianEmail: string,
  appointmentId: string,
): Promise<string> {
  await arriveForVisit(t, appointmentId);
  const r = await t.call(
    await t.login(clinicianEmail),
    'POST',
    `/api/appointments/${appointmentId}/encounter`,
    {},
  );
  if (r.status !== 200) throw new Error(`open encounter → ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.id as string;
}

/** Exam + consent + treatment of the given regions with soft tissue, as a clinician. */
export async function treatRegions(
  t: TestApp,
  clinicianEmail: string,
  encounterId: string,
  regions: string[],
) {
  const token = await t.login(clinicianEmail);
  const exam = regions.map((region) => ({
    region,
    tenderness: true,
    asymmetry: false,
    restriction: true,
    tissueTexture: false,
  }));
  const e = await t.call(token, 'PUT', `/api/encounters/${encounterId}/exam`, { regions: exam });
  if (e.status !== 200) throw new Error(`exam → ${e.status} ${JSON.stringify(e.body)}`);
  await t.call(token, 'POST', `/api/encounters/${encounterId}/consents`, {
    technique: 'soft_tissue',
    decision: 'given',
    method: 'verbal',
  });
  for (const region of regions) {
    const r = await t.call(token, 'POST', `/api/encounters/${encounterId}/treatments`, {
      region,
      technique: 'soft_tissue',
      position: 'prone',
      response: 'improved',
    });
    if (r.status !== 201) throw new Error(`treat ${region} → ${r.status} ${JSON.stringify(r.body)}`);
  }
}
