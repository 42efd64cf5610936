import { beforeAll, describe, expect, it } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import { validateFhir } from '../test-support/validator';
import {
  operationOutcome,
  parseObservationId,
  redFlagConditionId,
  searchsetBundle,
  toFhirAppointment,
  toFhirDysfunctionCondition,
  toFhirEncounter,
  toFhirLocation,
  toFhirObservations,
  toFhirOrganization,
  toFhirPatient,
  toFhirPractitioner,
  toFhirProcedure,
  toFhirRedFlagCondition,
} from '.';

const P = '0b1e4c1e-8f43-4a55-9a5c-3f0e2d8a9b10';
const E = '6d0f7a2b-1c3e-4f5a-8b9c-0d1e2f3a4b5c';
const finding = {
  id: 'f-1',
  region: 'lumbar',
  tenderness: 1,
  asymmetry: 0,
  restriction: 1,
  tissue_texture: 0,
  encounter_id: E,
  patient_id: P,
  encounter_status: 'signed',
  encounter_created_at: '2026-06-01T14:00:00Z',
};

const samples: [string, Resource][] = [
  [
    'Patient',
    toFhirPatient({
      id: P,
      given_name: 'Alex',
      family_name: 'Rivera',
      birth_date: '1988-04-12',
      sex: 'male',
      email: 'alex@example.org',
      phone: '+1 216 555 0100',
      preferred_language: 'es',
      active: 1,
    }),
  ],
  [
    'Practitioner',
    toFhirPractitioner({
      id: 'u-1',
      display_name: 'Dr. Andrea Still',
      credential: 'DO',
      npi: '1234567893',
      status: 'active',
    }),
  ],
  [
    'Organization',
    toFhirOrganization({ name: 'OMT Clinic', address: '1 Main St', phone: '555', npi: '1234567893' }),
  ],
  [
    'Location',
    toFhirLocation({
      id: 'l-1',
      name: 'Cleveland',
      time_zone: 'America/New_York',
      address: 'x',
      phone: '1',
      retired_at: null,
    }),
  ],
  [
    'Appointment',
    toFhirAppointment({
      id: 'a-1',
      patient_id: P,
      provider_id: 'u-1',
      location_id: 'l-1',
      visit_type: 'omt-follow-up',
      visit_type_name: 'OMT follow-up',
      start_at: '2026-06-02T14:00:00Z',
      end_at: '2026-06-02T14:30:00Z',
      status: 'cancelled',
      created_at: '2026-06-01T12:00:00Z',
      cancel_reason: 'ill',
    }),
  ],
  [
    'Encounter',
    toFhirEncounter({
      id: E,
      appointment_id: 'a-1',
      patient_id: P,
      author_id: 'u-1',
      status: 'signed',
      created_at: '2026-06-02T14:00:00Z',
      updated_at: '2026-06-02T14:40:00Z',
      signed_at: '2026-06-02T14:40:00Z',
      cosigned_by: null,
      location_id: 'l-1',
    }),
  ],
  ['Condition (somatic dysfunction)', toFhirDysfunctionCondition(finding)],
  [
    'Condition (red flag)',
    toFhirRedFlagCondition({
      intake_id: E,
      patient_id: P,
      submitted_at: '2026-06-01T12:00:00Z',
      flag: { id: 'snoop_positional_or_valsalva', label: 'Headache worse lying down', action: 'imaging' },
    }),
  ],
  [
    'Procedure',
    toFhirProcedure({
      id: 't-1',
      encounter_id: E,
      region: 'lumbar',
      technique: 'soft_tissue',
      response: 'improved',
      recorded_by: 'u-1',
      recorded_at: '2026-06-02T14:20:00Z',
      patient_id: P,
      encounter_cpt: '98925',
    }),
  ],
  ...toFhirObservations({
    id: E,
    patient_id: P,
    submitted_at: '2026-06-01T12:00:00Z',
    phq2: 1,
    phq9: 7,
    peg: 5,
    pain: 6,
  }).map((o): [string, Resource] => [`Observation ${o.id}`, o]),
  ['OperationOutcome', operationOutcome('invalid', 'name: bad', 'name')],
];

describe('FHIR R4 mapping', () => {
  // Indexing the R4 definitions takes seconds on a busy machine: once, before the cases.
  beforeAll(() => validateFhir(operationOutcome('invalid', 'warm-up')), 60_000);

  it.each(samples)('%s validates with 0 errors', (_name, resource) => {
    expect(() => validateFhir(resource)).not.toThrow();
  });

  it('a searchset Bundle of them validates', () => {
    const resources = samples.map(([, r]) => r).filter((r) => r.resourceType !== 'OperationOutcome');
    expect(() =>
      validateFhir(
        searchsetBundle('https://x/fhir/R4', resources, 99, {
          self: 'https://x/fhir/R4/Patient',
          next: 'https://x/n',
        }),
      ),
    ).not.toThrow();
  });

  it('codes somatic dysfunction as ICD-10-CM M99.0x with the region as SNOMED CT body site', () => {
    const c = toFhirDysfunctionCondition(finding);
    expect(c.code?.coding?.[0]).toMatchObject({
      system: 'http://hl7.org/fhir/sid/icd-10-cm',
      code: 'M99.03',
    });
    expect(c.bodySite?.[0]?.coding?.[0]).toEqual({ system: 'http://snomed.info/sct', code: '122496007' });
    expect(c.category?.[0]?.coding?.[0]?.code).toBe('encounter-diagnosis');
  });

  it('scores carry their LOINC codes and ids that lead back to the intake', () => {
    const obs = toFhirObservations({
      id: E,
      patient_id: P,
      submitted_at: 'x',
      phq2: 1,
      phq9: null,
      peg: 5,
      pain: 6,
    });
    expect(obs.map((o) => o.code.coding?.[0]?.code)).toEqual(['55758-7', '91147-9', '72514-3']);
    expect(obs.map((o) => parseObservationId(o.id!))).toEqual([
      { intakeId: E, key: 'phq2' },
      { intakeId: E, key: 'peg' },
      { intakeId: E, key: 'pain' },
    ]);
  });

  it('keeps a red flag Condition id within 64 characters and stable per flag', () => {
    const id = redFlagConditionId(E, 'snoop_positional_or_valsalva');
    expect(id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
    expect(redFlagConditionId(E, 'snoop_positional_or_valsalva')).toBe(id);
    expect(redFlagConditionId(E, 'pain_worsening_or_at_night')).not.toBe(id);
  });

  it('names the NPI with its system and identifier type', () => {
    const p = toFhirPractitioner({
      id: 'u',
      display_name: 'D',
      credential: null,
      npi: '1234567893',
      status: 'active',
    });
    expect(p.identifier?.[0]).toMatchObject({
      system: 'http://hl7.org/fhir/sid/us-npi',
      value: '1234567893',
    });
  });
});
