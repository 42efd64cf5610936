import type { Patient, RegisterPatientInput } from '@omt/contracts';

/** One guardian row of the form, every value as typed. */
export interface GuardianDraft {
  name: string;
  relationship: 'parent' | 'legal_guardian' | 'other';
  phone: string;
  email: string;
  portalAccountEmail: string;
}

/** The registration form as typed: strings only, blanks meaning "not given". */
export interface RegistrationDraft {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: 'female' | 'male' | 'other' | 'unknown';
  email: string;
  phone: string;
  preferredLanguage: 'en' | 'es';
  addressLine1: string;
  addressLine2: string;
  city: string;
  state: string;
  postalCode: string;
  emergencyName: string;
  emergencyPhone: string;
  emergencyRelationship: string;
  insurancePayer: string;
  insuranceMemberId: string;
  insuranceGroupId: string;
  guardians: GuardianDraft[];
}

export const EMPTY_GUARDIAN: GuardianDraft = {
  name: '',
  relationship: 'parent',
  phone: '',
  email: '',
  portalAccountEmail: '',
};

export const EMPTY_REGISTRATION: RegistrationDraft = {
  givenName: '',
  familyName: '',
  birthDate: '',
  sex: 'unknown',
  email: '',
  phone: '',
  preferredLanguage: 'en',
  addressLine1: '',
  addressLine2: '',
  city: '',
  state: '',
  postalCode: '',
  emergencyName: '',
  emergencyPhone: '',
  emergencyRelationship: '',
  insurancePayer: '',
  insuranceMemberId: '',
  insuranceGroupId: '',
  guardians: [],
};

const orNull = (v: string) => (v.trim() === '' ? null : v);
const anyFilled = (...values: string[]) => values.some((v) => v.trim() !== '');

/**
 * The request body: a group left wholly blank (address, emergency contact, insurance) is sent as null, a
 * partly filled one as typed, so the server names the missing part.
 */
export function registrationBody(d: RegistrationDraft): Omit<RegisterPatientInput, 'duplicateReason'> {
  return {
    givenName: d.givenName,
    familyName: d.familyName,
    birthDate: d.birthDate,
    sex: d.sex,
    email: orNull(d.email),
    phone: orNull(d.phone),
    preferredLanguage: d.preferredLanguage,
    address: anyFilled(d.addressLine1, d.addressLine2, d.city, d.state, d.postalCode)
      ? {
          lines: [d.addressLine1, d.addressLine2].filter((l) => l.trim() !== ''),
          city: d.city,
          state: d.state,
          postalCode: d.postalCode,
        }
      : null,
    emergencyContact: anyFilled(d.emergencyName, d.emergencyPhone, d.emergencyRelationship)
      ? { name: d.emergencyName, phone: d.emergencyPhone, relationship: d.emergencyRelationship }
      : null,
    insurance: anyFilled(d.insurancePayer, d.insuranceMemberId, d.insuranceGroupId)
      ? { payer: d.insurancePayer, memberId: d.insuranceMemberId, groupId: orNull(d.insuranceGroupId) }
      : null,
    guardians: d.guardians.map((g) => ({
      name: g.name,
      relationship: g.relationship,
      phone: orNull(g.phone),
      email: orNull(g.email),
      portalAccountEmail: orNull(g.portalAccountEmail),
    })),
  };
}

/** The form filled from a stored patient (for an edit). */
export function draftOf(p: Patient): RegistrationDraft {
  return {
    givenName: p.givenName,
    familyName: p.familyName,
    birthDate: p.birthDate,
    sex: p.sex,
    email: p.email ?? '',
    phone: p.phone ?? '',
    preferredLanguage: p.preferredLanguage,
    addressLine1: p.address?.lines[0] ?? '',
    addressLine2: p.address?.lines[1] ?? '',
    city: p.address?.city ?? '',
    state: p.address?.state ?? '',
    postalCode: p.address?.postalCode ?? '',
    emergencyName: p.emergencyContact?.name ?? '',
    emergencyPhone: p.emergencyContact?.phone ?? '',
    emergencyRelationship: p.emergencyContact?.relationship ?? '',
    insurancePayer: p.insurance?.payer ?? '',
    insuranceMemberId: p.insurance?.memberId ?? '',
    insuranceGroupId: p.insurance?.groupId ?? '',
    guardians: p.guardians.map((g) => ({
      name: g.name,
      relationship: g.relationship,
      phone: g.phone ?? '',
      email: g.email ?? '',
      portalAccountEmail: g.portalAccount?.email ?? '',
    })),
  };
}

/** The server's field path for a draft key (`addressLine1` → `address.lines.0`). */
export const SERVER_FIELD: Partial<Record<keyof RegistrationDraft, string[]>> = {
  addressLine1: ['address.lines.0', 'address.lines', 'address'],
  addressLine2: ['address.lines.1'],
  city: ['address.city'],
  state: ['address.state'],
  postalCode: ['address.postalCode'],
  emergencyName: ['emergencyContact.name', 'emergencyContact'],
  emergencyPhone: ['emergencyContact.phone'],
  emergencyRelationship: ['emergencyContact.relationship'],
  insurancePayer: ['insurance.payer', 'insurance'],
  insuranceMemberId: ['insurance.memberId'],
  insuranceGroupId: ['insurance.groupId'],
};
