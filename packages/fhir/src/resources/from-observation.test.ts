import { describe, expect, it } from 'vitest';
import { validateFhir } from '../test-support/validator';
import {
  FhirInputError,
  fromFhirMedicationStatement,
  fromFhirObservation,
  outsideObservationRowId,
  parseObservationId,
  toFhirOutsideObservation,
  type FhirObservation,
} from '.';

const P = '0b1e4c1e-8f43-4a55-9a5c-3f0e2d8a9b10';
const LAB = 'urn:oid:2.16.840.1.113883.19.5.7';

const observation = (extra: Partial<FhirObservation> = {}): FhirObservation => ({
  resourceType: 'Observation',
  identifier: [{ value: 'no system' }, { system: LAB, value: 'R-1' }],
  status: 'final',
  category: [
    {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }],
    },
  ],
  code: { coding: [{ system: 'https://lab.example.org', code: 'TEMP', display: 'Body temperature' }] },
  subject: { reference: `Patient/${P}` },
  effectiveDateTime: '2024-05-02T08:15:30.250+02:00',
  valueQuantity: { value: 38.2, unit: 'Cel', system: 'http://unitsofmeasure.org', code: 'Cel' },
  ...extra,
});

const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof FhirInputError) return error.path;
    throw error;
  }
  return null;
};

describe('a result from another system', () => {
  it('is read as sent, its time in UTC, the identifier the first with system and value', () => {
    const read = fromFhirObservation(observation());
    expect(read.patient).toBe(`Patient/${P}`);
    expect(read.fields).toEqual({
      identifier: { system: LAB, value: 'R-1' },
      status: 'final',
      category: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/observation-category',
          code: 'vital-signs',
          display: null,
        },
      ],
      code: {
        coding: [{ system: 'https://lab.example.org', code: 'TEMP', display: 'Body temperature' }],
        text: null,
      },
      value: {
        kind: 'quantity',
        value: 38.2,
        unit: 'Cel',
        unitSystem: 'http://unitsofmeasure.org',
        unitCode: 'Cel',
      },
      effective: '2024-05-02T06:15:30Z',
      sentAt: null,
      sourceName: null,
    });
    expect(read.pathOf('identifier.value')).toBe('Observation.identifier[1].value');
    expect(read.pathOf('value.unitCode')).toBe('Observation.valueQuantity.code');
    expect(read.pathOf('category.0.code')).toBe('Observation.category[0].coding[0]');
    const dated = fromFhirObservation(
      observation({ effectiveDateTime: '2024-05', valueString: 'x', valueQuantity: undefined }),
    );
    expect(dated.fields).toMatchObject({ effective: '2024-05', value: { kind: 'string', text: 'x' } });
    expect(dated.pathOf('value.text')).toBe('Observation.valueString');
  });

  it('refuses what cannot be kept, naming the element', () => {
    expect(thrown(() => fromFhirObservation(observation({ identifier: [{ value: 'x' }] })))).toBe(
      'Observation.identifier',
    );
    expect(thrown(() => fromFhirObservation(observation({ effectiveDateTime: undefined })))).toBe(
      'Observation.effective',
    );
    expect(
      thrown(() => fromFhirObservation(observation({ valueQuantity: undefined, valueBoolean: true }))),
    ).toBe('Observation.value');
    expect(thrown(() => fromFhirObservation(observation({ code: {} })))).toBe('Observation.code');
  });

  it('reads one entered in error or cancelled as the withdrawal of the result its identifier names, value or none', () => {
    const withdrawn = fromFhirObservation(
      observation({
        status: 'entered-in-error',
        valueQuantity: undefined,
        effectiveDateTime: undefined,
        meta: { lastUpdated: '2024-05-04T12:00:00+02:00' },
      }),
    );
    expect(withdrawn).toMatchObject({
      fields: {
        identifier: { system: LAB, value: 'R-1' },
        status: 'entered-in-error',
        code: { coding: [{ code: 'TEMP', display: 'Body temperature' }], text: null },
        value: null,
        effective: null,
        sentAt: '2024-05-04T10:00:00Z',
      },
      skipped: null,
    });
    expect(withdrawn.pathOf('identifier.value')).toBe('Observation.identifier[1].value');
    expect(withdrawn.pathOf('sentAt')).toBe('Observation.meta.lastUpdated');
    expect(withdrawn.pathOf('code.text')).toBe('Observation.code.text');
    expect(fromFhirObservation(observation({ status: 'entered-in-error' })).fields?.sentAt).toBeNull();
    for (const status of ['entered-in-error', 'cancelled'] as const) {
      expect(fromFhirObservation(observation({ status, identifier: [{ value: 'x' }] }))).toMatchObject({
        fields: null,
        skipped: `not recorded: the observation is ${status} and names no result by an identifier with system and value`,
      });
    }
  });

  it('keeps what a withdrawal says of the result: its value (not a blanked one) and when it was taken, in UTC', () => {
    const cancelled = fromFhirObservation(observation({ status: 'cancelled' }));
    expect(cancelled.fields).toMatchObject({
      status: 'cancelled',
      value: { kind: 'quantity', value: 38.2, unit: 'Cel' },
      effective: '2024-05-02T06:15:30Z',
    });
    expect(cancelled.pathOf('value.unit')).toBe('Observation.valueQuantity.unit');
    expect(cancelled.pathOf('effective')).toBe('Observation.effectiveDateTime');
    const blanked = fromFhirObservation(
      observation({ status: 'cancelled', valueQuantity: { unit: 'Cel' }, effectiveDateTime: '2024-05-02' }),
    );
    expect(blanked.fields).toMatchObject({ value: null, effective: '2024-05-02' });
    expect(blanked.pathOf('value')).toBe('Observation.value');
  });

  it("carries the sending organisation's name: its identifier's assigner, else an Organization performer, in words", () => {
    const labs = [
      { value: 'no system' },
      { system: LAB, value: 'R-1', assigner: { display: ' Valley Lab ' } },
    ];
    const assigned = fromFhirObservation(
      observation({ identifier: labs, performer: [{ reference: 'Organization/o1', display: 'Other' }] }),
    );
    expect(assigned.fields?.sourceName).toBe('Valley Lab');
    expect(assigned.pathOf('sourceName')).toBe('Observation.identifier[1].assigner.display');
    const performers: NonNullable<FhirObservation['performer']> = [
      { reference: 'Practitioner/p1', display: 'Dr. Jones' },
      { reference: 'Organization/o0' },
      { type: 'Organization', display: '  ' },
      { reference: 'https://lab.example.org/fhir/Organization/o2/_history/3', display: 'Hill Lab' },
    ];
    const performed = fromFhirObservation(observation({ performer: performers }));
    expect(performed.fields?.sourceName).toBe('Hill Lab');
    expect(performed.pathOf('sourceName')).toBe('Observation.performer[3].display');
    const typed = fromFhirObservation(
      observation({ performer: [{ type: 'Organization', display: 'Lake Lab' }] }),
    );
    expect(typed.fields?.sourceName).toBe('Lake Lab');
    // A person, an organisation without words, or meta.source (a URI) names no sending organisation.
    const unnamed = fromFhirObservation(
      observation({ performer: performers.slice(0, 3), meta: { source: 'urn:oid:2.16.840.1.113883.19.5' } }),
    );
    expect(unnamed.fields?.sourceName).toBeNull();
    expect(unnamed.pathOf('sourceName')).toBe('Observation.identifier[1].assigner.display');
    const withdrawn = fromFhirObservation(observation({ status: 'entered-in-error', identifier: labs }));
    expect(withdrawn.fields?.sourceName).toBe('Valley Lab');
  });

  it('carries when the sender made this version: meta.lastUpdated, else issued, in UTC', () => {
    const both = fromFhirObservation(
      observation({ meta: { lastUpdated: '2024-05-03T10:00:00.500+02:00' }, issued: '2024-05-02T09:00:00Z' }),
    );
    expect(both.fields?.sentAt).toBe('2024-05-03T08:00:00Z');
    expect(both.pathOf('sentAt')).toBe('Observation.meta.lastUpdated');
    const issued = fromFhirObservation(observation({ issued: '2024-05-02T09:00:00-05:00' }));
    expect(issued.fields?.sentAt).toBe('2024-05-02T14:00:00Z');
    expect(issued.pathOf('sentAt')).toBe('Observation.issued');
    expect(thrown(() => fromFhirObservation(observation({ issued: 'yesterday' })))).toBe(
      'Observation.issued',
    );
  });

  it('is served back as valid R4 under an id the intake scores never take', () => {
    const served = toFhirOutsideObservation({
      id: 'a1',
      patient_id: P,
      identifier_system: LAB,
      identifier_value: 'R-1',
      status: 'amended',
      category_json: '[]',
      code_json: JSON.stringify([{ system: null, code: 'SLR', display: null }]),
      code_text: 'Straight leg raise',
      value_kind: 'concept',
      value_decimal: null,
      value_unit: null,
      value_unit_system: null,
      value_unit_code: null,
      value_text: 'Negative',
      effective: '2024-05-04',
    });
    expect(() => validateFhir(served)).not.toThrow();
    expect(served).toMatchObject({
      id: 'ext-a1',
      code: { coding: [{ code: 'SLR' }], text: 'Straight leg raise' },
      valueCodeableConcept: { text: 'Negative' },
      effectiveDateTime: '2024-05-04',
    });
    expect(outsideObservationRowId(served.id!)).toBe('a1');
    expect(parseObservationId(served.id!)).toBeNull();
    expect(outsideObservationRowId(`${P}.phq9`)).toBeNull();
  });

  it('is served back without a value or time when a withdrawal received first did not say them', () => {
    const served = toFhirOutsideObservation({
      id: 'a2',
      patient_id: P,
      identifier_system: LAB,
      identifier_value: 'R-2',
      status: 'cancelled',
      category_json: '[]',
      code_json: '[]',
      code_text: 'Potassium',
      value_kind: 'none',
      value_decimal: null,
      value_unit: null,
      value_unit_system: null,
      value_unit_code: null,
      value_text: null,
      effective: '',
    });
    expect(() => validateFhir(served)).not.toThrow();
    expect(served).toEqual({
      resourceType: 'Observation',
      id: 'ext-a2',
      identifier: [{ system: LAB, value: 'R-2' }],
      status: 'cancelled',
      code: { text: 'Potassium' },
      subject: { reference: `Patient/${P}` },
    });
  });
});

describe('a medication from another system', () => {
  it('becomes a medication in words with its dosage, stopped when completed; not-taken is not recorded', () => {
    const read = fromFhirMedicationStatement({
      resourceType: 'MedicationStatement',
      status: 'completed',
      medicationCodeableConcept: { coding: [{ code: 'NAP-250', display: 'Naproxen 250 mg' }] },
      subject: { reference: `Patient/${P}` },
      dosage: [{ text: 'twice a day' }, { text: 'with food' }],
    });
    expect(read.fields).toEqual({
      kind: 'medication',
      name: 'Naproxen 250 mg',
      dose: 'twice a day; with food',
      status: 'stopped',
    });
    expect(read.pathOf('dose')).toBe('MedicationStatement.dosage');
    const notTaken = fromFhirMedicationStatement({
      resourceType: 'MedicationStatement',
      status: 'not-taken',
      medicationCodeableConcept: { text: 'Aspirin' },
      subject: { reference: `Patient/${P}` },
    });
    expect(notTaken.skipped).toBe('not recorded: the medication is not-taken');
    expect(
      thrown(() =>
        fromFhirMedicationStatement({
          resourceType: 'MedicationStatement',
          status: 'active',
          medicationReference: { reference: 'Medication/x' },
          subject: { reference: `Patient/${P}` },
        }),
      ),
    ).toBe('MedicationStatement.medication');
  });
});
