/** Small HTTP helpers for journeys that set up data through the real API before driving the browser. */
import { expandSlots } from '@omt/contracts';
import { LINK, REGION_CODE_SYSTEM, redFlagLink } from '@omt/fhir';
import { completeResponse } from '../../packages/fhir/src/test-support/complete-response';

export async function apiCall(
  baseUrl: string,
  token: string | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<any> {
  const res = await fetch(baseUrl + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body !== undefined || method !== 'GET' ? { body: JSON.stringify(body ?? {}) } : {}),
  });
  const json: unknown = res.status === 204 ? undefined : await res.json();
  if (res.status >= 400) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
  return json;
}

export async function apiLogin(baseUrl: string, email: string): Promise<string> {
  const r = await apiCall(baseUrl, null, 'POST', '/api/auth/login', { email, password: 'omt-demo-2026' });
  return r.token as string;
}

/** The id of the provider whose display name contains `providerName` (e.g. "Still", "Resident"). */
export async function providerIdViaApi(
  baseUrl: string,
  token: string,
  providerName: string,
): Promise<string> {
  const providers = (await apiCall(baseUrl, token, 'GET', '/api/providers')) as {
    id: string;
    displayName: string;
  }[];
  const provider = providers.find((p) => p.displayName.includes(providerName));
  if (!provider) throw new Error(`no provider ${providerName}`);
  return provider.id;
}

/** The patient record id of a patient login (their own record). */
export async function patientIdViaApi(baseUrl: string, patientEmail: string): Promise<string> {
  const me = await apiCall(baseUrl, await apiLogin(baseUrl, patientEmail), 'GET', '/api/me');
  return me.user.patients[0].id as string;
}

/** Books the first open OMT follow-up for a patient login with a provider; returns the appointment. */
export async function bookFollowUpViaApi(baseUrl: string, patientEmail: string, providerName = 'Still') {
  const token = await apiLogin(baseUrl, patientEmail);
  const me = await apiCall(baseUrl, token, 'GET', '/api/me');
  const providerId = await providerIdViaApi(baseUrl, token, providerName);
  const now = Date.now();
  const qs = new URLSearchParams({
    visitType: 'omt-follow-up',
    provider: providerId,
    from: new Date(now).toISOString(),
    to: new Date(now + 14 * 86_400_000).toISOString(),
  });
  const slots = expandSlots(await apiCall(baseUrl, token, 'GET', `/api/availability?${qs.toString()}`));
  for (const slot of slots) {
    try {
      return await apiCall(baseUrl, token, 'POST', '/api/appointments', {
        patientId: me.user.patients[0].id,
        visitType: 'omt-follow-up',
        providerId,
        locationId: slot.locationId,
        start: slot.start,
      });
    } catch (error) {
      if (!String(error).includes('patient_busy')) throw error;
    }
  }
  throw new Error('no free slot');
}

/**
 * Submits a complete low-back intake (a FHIR QuestionnaireResponse to the tailored Questionnaire) with
 * the given low-back red-flag question ids answered "yes". Keep this in step with the intake API:
 * journeys use it to reach the encounter screen quickly.
 */
export async function submitIntakeViaApi(
  baseUrl: string,
  patientEmail: string,
  appointmentId: string,
  yesFlags: string[] = [],
  /** Further answers by linkId (they win over the low-back defaults). */
  answers: Parameters<typeof completeResponse>[1] = {},
) {
  const token = await apiLogin(baseUrl, patientEmail);
  const questionnaire = await apiCall(
    baseUrl,
    token,
    'GET',
    `/api/appointments/${appointmentId}/intake/questionnaire`,
  );
  const yes = Object.fromEntries(
    yesFlags.map((id) => [redFlagLink('low-back', id), [{ valueBoolean: true }]]),
  );
  const questionnaireResponse = completeResponse(questionnaire, {
    [LINK.painRegions]: [{ valueCoding: { system: REGION_CODE_SYSTEM, code: 'lumbar' } }],
    [LINK.painNow]: [{ valueInteger: 6 }],
    ...yes,
    ...answers,
  });
  return apiCall(baseUrl, token, 'POST', `/api/appointments/${appointmentId}/intake`, {
    questionnaireResponse,
  });
}

/**
 * The day of the visit: the server's clock moves to the visit's start (an encounter opens only on its
 * day and is signed only once the visit started), and the front desk checks the patient in.
 */
export async function arriveForVisitViaApi(
  clinic: { url: string; travelTo(instant: string): void },
  appointment: { id: string; start: string },
): Promise<void> {
  clinic.travelTo(appointment.start);
  const desk = await apiLogin(clinic.url, 'frontdesk@demo.clinic');
  await apiCall(clinic.url, desk, 'POST', `/api/appointments/${appointment.id}/check-in`, {});
}

/**
 * Alex's follow-up with the given physician, booked, on its day with Alex checked in, and its encounter opened by
 * that physician: the start of every journey that documents a visit through the API.
 */
export async function openEncounterViaApi(
  clinic: { url: string; travelTo(instant: string): void },
  provider: { name: string; email: string } = { name: 'Still', email: 'dr.still@demo.clinic' },
): Promise<{
  appointment: { id: string; start: string };
  encounterId: string;
  /** The encounter as the server answered its opening. */
  encounter: { id: string; start: string };
  token: string;
}> {
  const appointment = await bookFollowUpViaApi(clinic.url, 'alex@demo.clinic', provider.name);
  await arriveForVisitViaApi(clinic, appointment);
  const token = await apiLogin(clinic.url, provider.email);
  const encounter = await apiCall(
    clinic.url,
    token,
    'POST',
    `/api/appointments/${appointment.id}/encounter`,
    {},
  );
  return { appointment, encounterId: encounter.id as string, encounter, token };
}
