import type { SubmitIntake } from '@omt/contracts';
import { LOW_BACK_RED_FLAG_QUESTIONS } from '@omt/domain';
import type { TestApp } from './test-app';

/** A complete, valid intake with no red flags; override any answer. */
export function buildIntake(overrides: Partial<SubmitIntake> = {}): SubmitIntake {
  return {
    chiefComplaint: 'Low back pain for three months',
    painRegions: ['lumbar'],
    painScore: 6,
    sleepHours: 7,
    sleepQuality: 'fair',
    activityLevel: 'light',
    diet: 'balanced',
    phq2: [1, 0],
    redFlags: Object.fromEntries(LOW_BACK_RED_FLAG_QUESTIONS.map((q) => [q.id, false])),
    ...overrides,
  };
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
  if (r.status !== 200 || !r.body.length) throw new Error(`no slot: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body[0] as { start: string; end: string; providerId: string; locationId: string };
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
  const slots = (await t.call(token, 'GET', `/api/availability?${qs.toString()}`)).body as {
    start: string;
    providerId: string;
    locationId: string;
  }[];
  for (const slot of slots) {
    const r = await t.call(token, 'POST', '/api/appointments', {
      patientId,
      visitType: 'omt-follow-up',
      providerId: slot.providerId,
      locationId: slot.locationId,
      start: slot.start,
    });
    if (r.status === 201) return r.body as { id: string; patientId: string; start: string };
    if (r.body.code !== 'patient_busy') throw new Error(`book → ${r.status} ${JSON.stringify(r.body)}`);
  }
  throw new Error('no slot free for both provider and patient');
}

/** Opens the encounter of an appointment as a clinician; returns its id. */
export async function openEncounter(
  t: TestApp,
  clinicianEmail: string,
  appointmentId: string,
): Promise<string> {
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
