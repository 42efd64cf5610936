import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from '../../../../../scripts/test-support/databases';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { countRows, lastAuditId } from '../../test-support/db-rows';
import { expectValidFhir, fhirGet, fhirPost, warmFhirValidator } from '../../test-support/fhir';

const FHIR = '/fhir/R4';
const MRN = 'urn:oid:2.16.840.1.113883.19.5';
const RESULTS = 'urn:oid:2.16.840.1.113883.19.5.7';
const CODES = 'https://hospital.example.org/codes';
const CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

const urn = (n: number) => `urn:uuid:00000000-0000-4000-8000-0000000009${String(n).padStart(2, '0')}`;
const post = (type: string, resource: object, fullUrl?: string) => ({
  ...(fullUrl ? { fullUrl } : {}),
  resource: { resourceType: type, ...resource },
  request: { method: 'POST', url: type },
});
const patient = (n: number, given: string, mrn: string, birthDate: string) =>
  post(
    'Patient',
    {
      identifier: [{ system: MRN, value: mrn }],
      name: [{ use: 'official', family: 'Migrated', given: [given] }],
      gender: 'female',
      birthDate,
    },
    urn(n),
  );
const result = (n: number, id: string, extra: object) =>
  post('Observation', {
    identifier: [{ system: RESULTS, value: id }],
    status: 'final',
    subject: { reference: urn(n) },
    ...extra,
  });
const bundle = (entry: object[]) => ({ resourceType: 'Bundle', type: 'transaction', entry });

/** Two patients of another system with a problem, an allergy, medications and results of three kinds of value. */
const MIGRATION = [
  patient(1, 'Nora', 'MRN-901', '1971-07-09'),
  patient(2, 'Omar', 'MRN-902', '1958-11-23'),
  post('Condition', {
    code: {
      coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'M54.50' }],
      text: 'Low back pain',
    },
    subject: { reference: urn(1) },
  }),
  post('AllergyIntolerance', { code: { text: 'Latex' }, patient: { reference: urn(2) } }),
  post('MedicationStatement', {
    status: 'active',
    medicationCodeableConcept: { text: 'Ibuprofen 400 mg tablet' },
    subject: { reference: urn(1) },
    dosage: [{ text: 'one tablet twice a day' }],
  }),
  post('MedicationStatement', {
    status: 'completed',
    medicationCodeableConcept: { coding: [{ system: CODES, code: 'NAP-250', display: 'Naproxen 250 mg' }] },
    subject: { reference: urn(2) },
  }),
  result(1, 'R-1', {
    category: [{ coding: [{ system: CATEGORY, code: 'vital-signs' }] }],
    code: { coding: [{ system: CODES, code: 'TEMP', display: 'Body temperature' }] },
    effectiveDateTime: '2024-05-02T08:15:00+02:00',
    valueQuantity: { value: 38.2, unit: 'Cel', system: 'http://unitsofmeasure.org', code: 'Cel' },
  }),
  result(2, 'R-2', {
    category: [{ coding: [{ system: CATEGORY, code: 'exam' }] }],
    code: { text: 'Lumbar examination' },
    effectiveDateTime: '2024-05-03',
    valueString: 'Tender over L4, no deficit',
  }),
  result(2, 'R-3', {
    category: [{ coding: [{ system: CATEGORY, code: 'exam' }] }],
    code: { coding: [{ system: CODES, code: 'SLR', display: 'Straight leg raise' }] },
    effectivePeriod: { start: '2024-05-04T10:00:00Z' },
    valueCodeableConcept: { text: 'Negative' },
  }),
];

describe.each(TEST_DATABASES)('FHIR transaction import by an importer on $name', (kind) => {
  let t: TestApp;
  let admin: string;
  let doc: string;
  let desk: string;

  const count = (table: 'patients' | 'chart_entries' | 'outside_observations' | 'patient_identifiers') =>
    countRows(t, table);
  const counts = async () =>
    Promise.all(
      (['patients', 'chart_entries', 'outside_observations', 'patient_identifiers'] as const).map(count),
    );
  const refused = (r: { status: number; body: any }, status: number, expression: string) => {
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    expect(r.body.resourceType).toBe('OperationOutcome');
    expectValidFhir(r.body);
    expect(r.body.issue[0].expression).toEqual([expression]);
  };
  const statuses = (b: any) => b.entry.map((e: any) => e.response.status);
  const locations = (b: any): string[] => b.entry.map((e: any) => e.response.location);

  beforeAll(async () => {
    t = await startTestApp(kind);
    warmFhirValidator();
    admin = await t.login('admin@demo.clinic');
    doc = await t.login('dr.still@demo.clinic');
    desk = await t.login('frontdesk@demo.clinic');
  }, 60_000);
  afterAll(() => t.close());

  it('refuses a desk Bundle with chart entries and results (403 as before), saving nothing', async () => {
    const before = await counts();
    refused(await fhirPost(t, desk, FHIR, bundle(MIGRATION)), 403, 'Bundle.entry[2]');
    // A clinician does not register patients: the Patient entries alone are refused to them.
    refused(await fhirPost(t, doc, FHIR, bundle(MIGRATION)), 403, 'Bundle.entry[0]');
    expect(await counts()).toEqual(before);
  });

  it('saves nothing of a Bundle with one bad result: a 400 naming the entry and element', async () => {
    const before = await counts();
    const noValue = [
      ...MIGRATION.slice(0, 7),
      result(2, 'R-9', {
        code: { text: 'Weight' },
        effectiveDateTime: '2024-05-01',
        valueQuantity: { unit: 'kg' },
      }),
    ];
    refused(
      await fhirPost(t, admin, FHIR, bundle(noValue)),
      400,
      'Bundle.entry[7].resource.valueQuantity.value',
    );
    const notANumber = [
      ...MIGRATION.slice(0, 2),
      result(1, 'R-8', {
        code: { text: 'Weight' },
        effectiveDateTime: '2024-05-01',
        valueQuantity: { value: 'heavy' },
      }),
    ];
    refused(
      await fhirPost(t, admin, FHIR, bundle(notANumber)),
      400,
      'Bundle.entry[2].resource.valueQuantity.value',
    );
    const noTime = [
      ...MIGRATION.slice(0, 2),
      result(1, 'R-7', { code: { text: 'Weight' }, valueString: '70 kg' }),
    ];
    refused(await fhirPost(t, admin, FHIR, bundle(noTime)), 400, 'Bundle.entry[2].resource.effective');
    const noIdentifier = [
      ...MIGRATION.slice(0, 2),
      result(1, 'R-6', {
        identifier: undefined,
        code: { text: 'Weight' },
        effectiveDateTime: '2024-05-01',
        valueString: '70 kg',
      }),
    ];
    refused(await fhirPost(t, admin, FHIR, bundle(noIdentifier)), 400, 'Bundle.entry[2].resource.identifier');
    const components = [
      ...MIGRATION.slice(0, 2),
      result(1, 'R-5', {
        code: { text: 'Blood pressure' },
        effectiveDateTime: '2024-05-01',
        component: [{ code: { text: 'Systolic' }, valueQuantity: { value: 120 } }],
      }),
    ];
    refused(await fhirPost(t, admin, FHIR, bundle(components)), 400, 'Bundle.entry[2].resource.value');
    const medicationReference = [
      ...MIGRATION.slice(0, 2),
      post('MedicationStatement', {
        status: 'active',
        medicationReference: { reference: 'Medication/x' },
        subject: { reference: urn(1) },
      }),
    ];
    refused(
      await fhirPost(t, admin, FHIR, bundle(medicationReference)),
      400,
      'Bundle.entry[2].resource.medication',
    );
    expect(await counts()).toEqual(before);
  });

  it('lets an admin import patients, problems, allergies, medications and results in one Bundle; the same Bundle again adds nothing', async () => {
    const since = await lastAuditId(t);
    const first = await fhirPost(t, admin, FHIR, bundle(MIGRATION));
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expectValidFhir(first.body);
    expect(statuses(first.body)).toEqual(MIGRATION.map(() => '201 Created'));
    const [nora, omar] = locations(first.body)
      .slice(0, 2)
      .map((l) => l.replace('Patient/', ''));

    // Every location answers a clinician's read, as valid R4.
    for (const location of locations(first.body)) {
      const read = await fhirGet(t, doc, `${FHIR}/${location}`);
      expect(read.status, location).toBe(200);
      expectValidFhir(read.body);
    }
    const temperature = (await fhirGet(t, doc, `${FHIR}/${locations(first.body)[6]}`)).body;
    expect(temperature).toMatchObject({
      id: expect.stringMatching(/^ext-/),
      identifier: [{ system: RESULTS, value: 'R-1' }],
      status: 'final',
      category: [{ coding: [{ system: CATEGORY, code: 'vital-signs' }] }],
      code: { coding: [{ system: CODES, code: 'TEMP', display: 'Body temperature' }] },
      subject: { reference: `Patient/${nora}` },
      effectiveDateTime: '2024-05-02T06:15:00Z',
      valueQuantity: { value: 38.2, unit: 'Cel', system: 'http://unitsofmeasure.org', code: 'Cel' },
    });
    const search = async (query: string) =>
      ((await fhirGet(t, doc, `${FHIR}/Observation?${query}`)).body.entry ?? []).map(
        (e: any) => e.resource.id,
      );
    expect(await search(`patient=${nora}&code=${CODES}|TEMP`)).toEqual([temperature.id]);
    expect(await search(`patient=${nora}&category=vital-signs&date=ge2024-05-01`)).toEqual([temperature.id]);
    expect(await search(`patient=${nora}&date=lt2024-05-01`)).toEqual([]);
    expect((await search(`patient=${omar}&category=exam`)).length).toBe(2);
    const medications = (await fhirGet(t, doc, `${FHIR}/MedicationStatement?patient=${omar}`)).body;
    expect(
      medications.entry.map((e: any) => [e.resource.medicationCodeableConcept.text, e.resource.status]),
    ).toEqual([['Naproxen 250 mg', 'stopped']]);

    // The chart lists them: the lists, and the results from other systems latest first.
    const chart = (await t.call(doc, 'GET', `/api/patients/${nora}/chart`)).body;
    expect(chart.entries.map((e: any) => [e.kind, e.name, e.status])).toEqual(
      expect.arrayContaining([
        ['problem', 'Low back pain', 'active'],
        ['medication', 'Ibuprofen 400 mg tablet', 'active'],
      ]),
    );
    expect(chart.entries.find((e: any) => e.kind === 'medication').dose).toBe('one tablet twice a day');
    const outside = await t.call(doc, 'GET', `/api/patients/${omar}/outside-results`);
    expect(outside.status).toBe(200);
    expect(outside.body.results.map((r: any) => [r.name, r.value, r.effective, r.source])).toEqual([
      ['Straight leg raise', { kind: 'concept', text: 'Negative' }, '2024-05-04T10:00:00Z', RESULTS],
      ['Lumbar examination', { kind: 'string', text: 'Tender over L4, no deficit' }, '2024-05-03', RESULTS],
    ]);
    expect((await t.call(desk, 'GET', `/api/patients/${omar}/outside-results`)).status).toBe(403);

    // Each write audited on its patient in the import's transaction, the chart's ones as allowed by the import.
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['patient_id', 'action', 'outcome', 'detail'])
      .where('id', '>', since)
      .execute();
    const writes = audit.filter((a) => a.action === 'chart.write');
    expect(writes.length).toBe(7);
    expect(writes.every((a) => a.outcome === 'allowed' && a.detail?.includes('by records.import'))).toBe(
      true,
    );
    expect(new Set(writes.map((a) => a.patient_id))).toEqual(new Set([nora, omar]));
    expect(
      audit
        .filter((a) => a.action === 'demographics.write')
        .map((a) => a.patient_id)
        .sort(),
    ).toEqual([nora, omar].sort());

    const before = await counts();
    const again = await fhirPost(t, admin, FHIR, bundle(MIGRATION));
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expectValidFhir(again.body);
    expect(statuses(again.body)).toEqual(MIGRATION.map(() => '200 OK'));
    expect(locations(again.body)).toEqual(locations(first.body));
    expect(await counts()).toEqual(before);

    // A result's identifier names one result: sent again for someone else, it is a 409 naming it.
    const elsewhere = [
      patient(3, 'Pia', 'MRN-903', '1990-01-01'),
      result(3, 'R-1', {
        code: { text: 'Temperature' },
        effectiveDateTime: '2024-05-02',
        valueString: 'normal',
      }),
    ];
    refused(await fhirPost(t, admin, FHIR, bundle(elsewhere)), 409, 'Bundle.entry[1].resource.identifier[0]');
    expect(await counts()).toEqual(before);
  });
});
