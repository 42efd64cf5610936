/**
 * What the tests of a result sent again by another system share: the Bundle of one outside patient and one of their
 * results (as the sender's version of it says), its import, the chart writes it audited, and what the chart and a
 * FHIR search then show.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { TestDatabase } from '../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from './test-app';
import { expectValidFhir, fhirGet, fhirPost, warmFhirValidator } from './fhir';

export const FHIR = '/fhir/R4';
/** The other system's patient numbers and result identifiers. */
export const MRN = 'urn:oid:2.16.840.1.113883.19.5';
export const RESULTS = 'urn:oid:2.16.840.1.113883.19.5.7';

/** The patient of the other system: a `urn:uuid` the result refers to, a number there, a name and a birth date. */
export interface OutsidePatient {
  fullUrl: string;
  mrn: string;
  family: string;
  given: string;
  birthDate: string;
}

/** One version of a result in mmol/L, as the sender says it. */
export interface SentResult {
  identifier: string;
  /** The code's text, e.g. 'Potassium'. */
  name: string;
  /** When it was taken; absent: the sender left it out (as a withdrawal may). */
  effective?: string;
  status: string;
  /** The value measured; absent: the sender left it out (as a withdrawal may). */
  value?: number;
  lastUpdated?: string;
  issued?: string;
  /** The display of the organisation that issued the identifier (`identifier.assigner`); absent: not sent. */
  assigner?: string;
  /** The result's performers as sent; absent: none. */
  performer?: object[];
}

/** A transaction Bundle: the patient, then the result. */
export const outsideResultBundle = (patient: OutsidePatient, result: SentResult) => ({
  resourceType: 'Bundle',
  type: 'transaction',
  entry: [
    {
      fullUrl: patient.fullUrl,
      resource: {
        resourceType: 'Patient',
        identifier: [{ system: MRN, value: patient.mrn }],
        name: [{ family: patient.family, given: [patient.given] }],
        gender: 'female',
        birthDate: patient.birthDate,
      },
      request: { method: 'POST', url: 'Patient' },
    },
    {
      resource: {
        resourceType: 'Observation',
        identifier: [
          {
            system: RESULTS,
            value: result.identifier,
            ...(result.assigner === undefined ? {} : { assigner: { display: result.assigner } }),
          },
        ],
        status: result.status,
        code: { text: result.name },
        subject: { reference: patient.fullUrl },
        ...(result.effective ? { effectiveDateTime: result.effective } : {}),
        ...(result.value === undefined ? {} : { valueQuantity: { value: result.value, unit: 'mmol/L' } }),
        ...(result.lastUpdated ? { meta: { lastUpdated: result.lastUpdated } } : {}),
        ...(result.issued ? { issued: result.issued } : {}),
        ...(result.performer ? { performer: result.performer } : {}),
      },
      request: { method: 'POST', url: 'Observation' },
    },
  ],
});

/** Imports the Bundle (200, valid R4): the patient's id here and the result's entry response. */
export async function importOutsideResult(t: TestApp, token: string, bundle: object) {
  const r = await fhirPost(t, token, FHIR, bundle);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expectValidFhir(r.body);
  return {
    patient: (r.body.entry[0].response.location as string).replace('Patient/', ''),
    result: r.body.entry[1].response,
  };
}

/** The warning of an entry response (a version not recorded says why). */
export function warningOf(response: { outcome: { issue: { severity: string; diagnostics: string }[] } }) {
  expect(response.outcome.issue[0]!.severity).toBe('warning');
  return response.outcome.issue[0]!.diagnostics;
}

/**
 * What a login sees of a patient's outside results: the chart's answer, the ids a FHIR search finds (valid R4), and
 * the patient's `$everything`.
 */
export function outsideResultViews(t: TestApp, token: string) {
  return {
    chart: async (patient: string) =>
      (await t.call(token, 'GET', `/api/patients/${patient}/outside-results`)).body,
    found: async (patient: string, query: string) => {
      const r = await fhirGet(t, token, `${FHIR}/Observation?patient=${patient}${query}`);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expectValidFhir(r.body);
      return ((r.body.entry ?? []) as { resource: { id: string } }[]).map((e) => e.resource.id);
    },
    /** The answer of the patient's `$everything` for Observations, unchecked. */
    everything: (patient: string) =>
      fhirGet(t, token, `${FHIR}/Patient/${patient}/$everything?_type=Observation`),
  };
}

/** The chart writes audited after the audit row `since`. */
export const chartWritesSince = (t: TestApp, since: number) =>
  t.handle.db
    .selectFrom('audit_log')
    .select(['action', 'outcome', 'detail'])
    .where('id', '>', since)
    .where('action', '=', 'chart.write')
    .execute();

/** A test app with the FHIR validator ready, the admin's login (who imports) and a physician's (who reads). */
async function startImportTest(kind: TestDatabase) {
  const t = await startTestApp(kind);
  warmFhirValidator();
  return { t, admin: await t.login('admin@demo.clinic'), doc: await t.login('dr.still@demo.clinic') };
}

/**
 * The clinic of a `describe` block of import tests on `kind`: started before its tests (FHIR validator ready) and
 * closed after them. `t`, `admin` (who imports) and `doc` (a physician, who reads) are there once it started;
 * `importResult` imports a Bundle as the admin, notes its patient and answers the result's entry response;
 * `chart`, `found(query)` and `everything` are what the physician sees of that patient's outside results.
 */
export function outsideResultClinic(kind: TestDatabase) {
  let started: Awaited<ReturnType<typeof startImportTest>> | undefined;
  let patient: string | undefined;
  beforeAll(async () => {
    started = await startImportTest(kind);
  }, 60_000);
  afterAll(() => started?.t.close());

  const clinic = () => {
    if (!started) throw new Error('the clinic has not started: use it inside a test');
    return started;
  };
  const imported = () => {
    if (patient === undefined) throw new Error('no result imported yet, so no patient');
    return patient;
  };
  const views = () => outsideResultViews(clinic().t, clinic().doc);
  return {
    get t() {
      return clinic().t;
    },
    get admin() {
      return clinic().admin;
    },
    get doc() {
      return clinic().doc;
    },
    importResult: async (bundle: object) => {
      const result = await importOutsideResult(clinic().t, clinic().admin, bundle);
      patient = result.patient;
      return result.result;
    },
    chart: () => views().chart(imported()),
    found: (query: string) => views().found(imported(), query),
    everything: () => views().everything(imported()),
  };
}
