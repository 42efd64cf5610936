import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { patientIdOf } from '../../test-support/factories';

const FHIR = '/fhir/R4';
/** Values no parameter should take: broken prefixes, NUL, other scripts, huge, injection-looking, lists. */
const BAD_VALUES = [
  '',
  'ge',
  'zz2026-01-01',
  '2026-13-45T99:99:99Z',
  'a\u0000b',
  '%',
  '|',
  'x|y|z',
  'Patient/',
  "' or 1=1 --",
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'x'.repeat(5000),
  '-1',
  '1e309',
];
const BAD_BODIES = [
  '{',
  '[]',
  'null',
  '{"resourceType":"Patient","name":"x"}',
  '{"resourceType":"Patient","birthDate":"a\\u0000b","name":[{"family":"\\u0000"}]}',
  '{"resourceType":"Appointment","participant":[{"actor":{"reference":"Patient/../../x"}}]}',
  '{"resourceType":"Bundle","type":"transaction","entry":[{"resource":null}]}',
  '{"resourceType":"Bundle","type":"transaction","entry":[{"resource":{"resourceType":"Patient"},"request":{"method":"DELETE","url":"Patient/x"}}]}',
  `{"resourceType":"Patient","name":[{"family":"${'x'.repeat(200_000)}"}]}`,
  ...importBodies(),
];

/** Transaction Bundles of a new patient with one bad chart entry or result each, deep enough for an importer. */
function importBodies(): string[] {
  const patient = {
    fullUrl: 'urn:uuid:00000000-0000-4000-8000-000000000001',
    resource: {
      resourceType: 'Patient',
      identifier: [{ system: 'urn:oid:1.2.3', value: 'FUZZ-1' }],
      name: [{ family: 'Fuzz', given: ['Fay'] }],
      gender: 'female',
      birthDate: '1990-01-01',
    },
    request: { method: 'POST', url: 'Patient' },
  };
  const result = (fields: object) => ({
    resource: {
      resourceType: 'Observation',
      identifier: [{ system: 'urn:oid:1.2.3.4', value: 'R-1' }],
      status: 'final',
      code: { text: 'Weight' },
      subject: { reference: patient.fullUrl },
      effectiveDateTime: '2024-05-01',
      ...fields,
    },
    request: { method: 'POST', url: 'Observation' },
  });
  const bundle = (entry: object) =>
    JSON.stringify({ resourceType: 'Bundle', type: 'transaction', entry: [patient, entry] });
  return [
    bundle(result({ valueQuantity: { unit: 'kg' } })),
    bundle(result({ valueQuantity: { value: 'heavy' } })),
    bundle(result({ effectiveDateTime: undefined, valueString: 'x' })),
    bundle(result({ valueString: 'x'.repeat(5000) })),
    bundle(result({ valueCodeableConcept: { coding: [{ system: 'urn:x' }] } })),
    bundle(result({ identifier: [{ system: 'urn:x' }], valueString: 'x' })),
    bundle(result({ subject: { reference: 'Patient/../x' }, valueString: 'x' })),
    bundle(result({ effectiveDateTime: '2024-02-30T10:00:00+14:00', valueBoolean: true })),
    bundle(result({ status: 'final', code: {}, valueString: 'x' })),
    bundle({
      resource: {
        resourceType: 'MedicationStatement',
        status: 'active',
        medicationCodeableConcept: { coding: [{ system: 'urn:x' }] },
        subject: { reference: patient.fullUrl },
      },
      request: { method: 'POST', url: 'MedicationStatement' },
    }),
    bundle({
      resource: {
        resourceType: 'MedicationStatement',
        status: 'active',
        medicationReference: { reference: 'Medication/x' },
        subject: { reference: patient.fullUrl },
      },
      request: { method: 'POST', url: 'MedicationStatement' },
    }),
    bundle(result({ valueQuantity: { value: 1 } })).replace('"value":1}', '"value":1e400}'),
  ];
}

interface CapabilityResource {
  type: string;
  interaction?: { code: string }[];
  searchParam?: { name: string }[];
}

/** Every FHIR route the CapabilityStatement lists, with bad values and bodies, as four roles: never a 5xx. */
describe.each(TEST_DATABASES)('FHIR fuzz on $name', (kind) => {
  let t: TestApp;
  let resources: CapabilityResource[];
  let tokens: { who: string; token: string }[];
  let alexId: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const cs = JSON.parse((await t.app.inject({ method: 'GET', url: `${FHIR}/metadata` })).body);
    resources = cs.rest[0].resource;
    tokens = [];
    for (const who of [
      'dr.still@demo.clinic',
      'alex@demo.clinic',
      'frontdesk@demo.clinic',
      'admin@demo.clinic',
    ]) {
      tokens.push({ who, token: await t.login(who) });
    }
    alexId = await patientIdOf(t, 'alex@demo.clinic');
  });
  afterAll(() => t.close());

  /** Sends one request; a 5xx or a 4xx that is not an OperationOutcome is returned as a failure line. */
  const probe = async (
    token: string,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    body?: string,
  ): Promise<string | null> => {
    const res = await t.app.inject({
      method,
      url,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/fhir+json',
        prefer: 'respond-async',
        ...(body === undefined ? {} : { 'content-type': 'application/fhir+json' }),
      },
      ...(body === undefined ? {} : { payload: body }),
    });
    const where = `${method} ${url.slice(0, 120)} → ${res.statusCode}`;
    if (res.statusCode >= 500) return `${where} ${res.body.slice(0, 200)}`;
    if (res.statusCode >= 400) {
      const outcome = JSON.parse(res.body) as { resourceType?: string; issue?: { diagnostics?: string }[] };
      if (outcome.resourceType !== 'OperationOutcome' || !outcome.issue?.[0]?.diagnostics) {
        return `${where}: not an OperationOutcome with words: ${res.body.slice(0, 200)}`;
      }
    }
    return null;
  };

  it('answers every search parameter given a bad value with a 2xx or a 4xx OperationOutcome', async () => {
    const failures: string[] = [];
    for (const r of resources.filter((x) => x.searchParam)) {
      const names = [...r.searchParam!.map((p) => p.name), '_count', '_include', '_revinclude', '_unknown'];
      for (const name of names) {
        for (const [i, value] of BAD_VALUES.entries()) {
          const { token } = tokens[i % tokens.length]!;
          const url = `${FHIR}/${r.type}?${name}=${encodeURIComponent(value)}`;
          const failure = await probe(token, 'GET', url);
          if (failure) failures.push(failure);
        }
      }
    }
    expect(failures).toEqual([]);
    // A sweep of every parameter with every bad value, given room for a machine busy with the rest of the suite.
  }, 120_000);

  it('answers bad ids, histories, operations and their parameters without a 5xx', async () => {
    const failures: string[] = [];
    const paths = resources.flatMap((r) =>
      BAD_VALUES.slice(1, 8).flatMap((v) => {
        const id = encodeURIComponent(v);
        return [
          `${FHIR}/${r.type}/${id}`,
          `${FHIR}/${r.type}/${id}/_history`,
          `${FHIR}/${r.type}/${id}/_history/${id}`,
        ];
      }),
    );
    for (const v of BAD_VALUES) {
      const q = encodeURIComponent(v);
      paths.push(
        `${FHIR}/$export?_type=${q}`,
        `${FHIR}/$export?_since=${q}`,
        `${FHIR}/Patient/$export?_outputFormat=${q}`,
        `${FHIR}/Group/${q}/$export`,
        `${FHIR}/$export-status/${q}`,
        `${FHIR}/$export-file/${q}/Patient/${q}`,
        `${FHIR}/Patient/${alexId}/$everything?_type=${q}`,
        `${FHIR}/Patient/${q}/$everything`,
      );
    }
    for (const [i, path] of paths.entries()) {
      const failure = await probe(tokens[i % tokens.length]!.token, 'GET', path);
      if (failure) failures.push(failure);
    }
    expect(failures).toEqual([]);
  });

  it('answers bad bodies on every write without a 5xx, saving nothing', async () => {
    const before = await t.handle.db.selectFrom('patients').select('id').execute();
    const failures: string[] = [];
    for (const { token } of tokens) {
      for (const body of BAD_BODIES) {
        for (const [method, url] of [
          ['POST', `${FHIR}/Patient`],
          ['PUT', `${FHIR}/Patient/${alexId}`],
          ['POST', `${FHIR}/Appointment`],
          ['POST', FHIR],
        ] as const) {
          const failure = await probe(token, method, url, body);
          if (failure) failures.push(failure);
        }
      }
    }
    expect(failures).toEqual([]);
    expect((await t.handle.db.selectFrom('patients').select('id').execute()).length).toBe(before.length);
  });
});
