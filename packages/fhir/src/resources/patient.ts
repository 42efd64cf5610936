import type { ContactPoint, Patient } from '@medplum/fhirtypes';
import { LOCAL, US_CORE } from './codes';

/** The patient columns the mapping reads (a `patients` row fits). */
export interface PatientSource {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  sex: string;
  email: string | null;
  phone: string | null;
  preferred_language: string;
  active: number;
}

const GENDER: Record<string, Patient['gender']> = {
  female: 'female',
  male: 'male',
  other: 'other',
  unknown: 'unknown',
};

/**
 * A patient as US Core Patient: the clinic's record id as identifier (then those other systems gave the patient),
 * name, birth date, gender, contact.
 */
export function toFhirPatient(
  p: PatientSource,
  otherIdentifiers: readonly { system: string; value: string }[] = [],
): Patient {
  const telecom: ContactPoint[] = [
    ...(p.phone ? [{ system: 'phone' as const, value: p.phone }] : []),
    ...(p.email ? [{ system: 'email' as const, value: p.email }] : []),
  ];
  return {
    resourceType: 'Patient',
    id: p.id,
    meta: { profile: [US_CORE.patient] },
    identifier: [
      { system: LOCAL.patientId, value: p.id },
      ...otherIdentifiers.map(({ system, value }) => ({ system, value })),
    ],
    active: p.active === 1,
    name: [{ use: 'official', family: p.family_name, given: [p.given_name] }],
    ...(telecom.length ? { telecom } : {}),
    gender: GENDER[p.sex] ?? 'unknown',
    birthDate: p.birth_date,
    communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: p.preferred_language }] } }],
  };
}
