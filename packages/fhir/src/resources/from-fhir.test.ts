import { describe, expect, it } from 'vitest';
import { validateFhir } from '../test-support/validator';
import {
  FhirInputError,
  LOCAL,
  fromFhirAllergyIntolerance,
  fromFhirAppointment,
  fromFhirCondition,
  fromFhirPatient,
  referenceId,
  toFhirAppointment,
  toFhirPatient,
  transactionResponseBundle,
  warningOutcome,
} from '.';

const P = '0b1e4c1e-8f43-4a55-9a5c-3f0e2d8a9b10';

describe('reading FHIR input', () => {
  it('reads a Patient as written by toFhirPatient back into the same fields, leaving the clinic id out', () => {
    const patient = toFhirPatient({
      id: P,
      given_name: 'Alex',
      family_name: 'Rivera',
      birth_date: '1984-05-06',
      sex: 'male',
      email: 'alex@example.org',
      phone: '216-555-0100',
      preferred_language: 'es',
      active: 1,
    });
    const read = fromFhirPatient(patient);
    expect(read.fields).toEqual({
      givenName: 'Alex',
      familyName: 'Rivera',
      birthDate: '1984-05-06',
      sex: 'male',
      email: 'alex@example.org',
      phone: '216-555-0100',
      preferredLanguage: 'es',
      guardians: undefined,
    });
    expect(read.identifiers).toEqual([]);
    expect(read.pathOf('email')).toBe('Patient.telecom[1].value');
    expect(read.pathOf('givenName')).toBe('Patient.name[0].given');
  });

  it('takes the official name, English for a language the portal does not speak, guardians from contact', () => {
    const read = fromFhirPatient({
      resourceType: 'Patient',
      identifier: [
        { system: 'urn:oid:1.2.3', value: 'A-1' },
        { value: 'no system' },
        { system: LOCAL.patientId, value: P },
      ],
      name: [
        { family: 'Nick', given: ['N'] },
        { use: 'official', family: 'Doe', given: ['Jane', 'Q'] },
      ],
      communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'fr' }] } }],
      contact: [
        {
          relationship: [
            { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'MTH' }] },
          ],
          name: { family: 'Doe', given: ['Mary'] },
          telecom: [{ system: 'phone', value: '216-555-0101' }],
        },
        {
          name: { text: 'Court Guardian' },
          relationship: [
            { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode', code: 'GUARD' }] },
          ],
        },
      ],
    });
    expect(read.fields).toMatchObject({
      givenName: 'Jane Q',
      familyName: 'Doe',
      preferredLanguage: 'en',
      sex: 'unknown',
    });
    expect(read.fields.guardians).toEqual([
      {
        name: 'Mary Doe',
        relationship: 'parent',
        phone: '216-555-0101',
        email: null,
        portalAccountEmail: null,
      },
      {
        name: 'Court Guardian',
        relationship: 'legal_guardian',
        phone: null,
        email: null,
        portalAccountEmail: null,
      },
    ]);
    expect(read.identifiers).toEqual([{ system: 'urn:oid:1.2.3', value: 'A-1' }]);
    expect(read.identifierPaths).toEqual(['Patient.identifier[0]']);
    expect(read.pathOf('familyName')).toBe('Patient.name[1].family');
    expect(read.pathOf('guardians.1.name')).toBe('Patient.contact[1].name');
  });

  it('reads an Appointment as toFhirAppointment writes it, and names what is missing', () => {
    const written = toFhirAppointment({
      id: 'a-1',
      patient_id: P,
      provider_id: 'dr-1',
      location_id: 'loc-1',
      visit_type: 'omt-follow-up',
      visit_type_name: 'OMT follow-up',
      start_at: '2026-06-02T14:00:00Z',
      end_at: '2026-06-02T14:30:00Z',
      status: 'booked',
      created_at: '2026-06-01T12:00:00Z',
      cancel_reason: null,
    });
    const read = fromFhirAppointment(written);
    expect(read).toMatchObject({
      patientId: P,
      providerId: 'dr-1',
      locationId: 'loc-1',
      start: '2026-06-02T14:00:00Z',
    });
    expect(read.visitType.code ?? read.visitType.text).toBeTruthy();
    expect(read.pathOf('providerId')).toBe('Appointment.participant[1].actor');
    const coded = fromFhirAppointment({
      ...written,
      serviceType: [
        { text: 'Something else' },
        { coding: [{ system: LOCAL.visitType, code: 'consultation' }] },
      ],
    });
    expect(coded.visitType).toEqual({
      code: 'consultation',
      text: undefined,
      path: 'Appointment.serviceType[1]',
    });
    expect(() => fromFhirAppointment({ ...written, status: 'proposed' })).toThrow(FhirInputError);
    expect(() => fromFhirAppointment({ ...written, participant: written.participant.slice(0, 2) })).toThrow(
      /Appointment.participant: must name exactly one Location/,
    );
  });

  it('reads Conditions and allergies as chart entries; refuted ones are not recorded', () => {
    const condition = fromFhirCondition({
      resourceType: 'Condition',
      subject: { reference: 'urn:uuid:1' },
      clinicalStatus: { coding: [{ code: 'remission' }] },
      code: {
        coding: [
          { system: 'http://snomed.info/sct', code: '1' },
          {
            system: 'http://hl7.org/fhir/sid/icd-10-cm',
            code: 'M54.50',
            display: 'Low back pain, unspecified',
          },
        ],
      },
      onsetDateTime: '2024-03-01T10:00:00Z',
    });
    expect(condition.fields).toEqual({
      kind: 'problem',
      name: 'Low back pain, unspecified',
      icd10: 'M54.50',
      onset: '2024-03-01',
      status: 'resolved',
    });
    expect(condition.pathOf('icd10')).toBe('Condition.code.coding[1].code');
    const refuted = fromFhirCondition({
      resourceType: 'Condition',
      subject: { reference: `Patient/${P}` },
      verificationStatus: { coding: [{ code: 'refuted' }] },
      code: { text: 'Gout' },
    });
    expect(refuted.fields).toBeNull();
    expect(refuted.skipped).toContain('refuted');
    const allergy = fromFhirAllergyIntolerance({
      resourceType: 'AllergyIntolerance',
      patient: { reference: `Patient/${P}` },
      code: { coding: [{ system: 'http://snomed.info/sct', code: '2', display: 'Latex' }] },
      reaction: [
        { manifestation: [{ text: 'Rash' }], severity: 'mild' },
        { manifestation: [{ text: 'Wheeze' }], severity: 'severe' },
      ],
    });
    expect(allergy.fields).toEqual({
      kind: 'allergy',
      substance: 'Latex',
      reaction: 'Rash, Wheeze',
      severity: 'severe',
      status: 'active',
    });
    expect(() => fromFhirAllergyIntolerance({ resourceType: 'AllergyIntolerance', patient: {} })).toThrow(
      /AllergyIntolerance.patient/,
    );
  });

  it('names only references of the type asked for', () => {
    expect(referenceId(`Patient/${P}`, 'Patient')).toBe(P);
    expect(referenceId(`https://other.example/fhir/Patient/${P}`, 'Patient')).toBe(P);
    expect(referenceId(`Practitioner/${P}`, 'Patient')).toBeNull();
    expect(referenceId('urn:uuid:1', 'Patient')).toBeNull();
  });

  it('answers a transaction with a valid transaction-response Bundle, warnings included', () => {
    const bundle = transactionResponseBundle([
      { status: '201 Created', location: `Patient/${P}` },
      { status: '200 OK', outcome: warningOutcome('not recorded', 'Observation') },
    ]);
    expect(() => validateFhir(bundle)).not.toThrow();
  });
});
