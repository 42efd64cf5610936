import type { RelatedPerson } from '@medplum/fhirtypes';
import { SYSTEM } from './codes';
import { shortHash } from './condition';
import { ref } from './references';

/** A guardian as the registration records it (`PatientDetails.guardians` in the contracts). */
export interface StoredGuardian {
  name: string;
  /** 'parent', 'legal_guardian' or 'other'. */
  relationship: string;
  phone: string | null;
  email: string | null;
  portalAccount: { userId: string; email: string } | null;
}

/** A patient-portal login that acts for the patient as guardian (`patient_access`). */
export interface GuardianLogin {
  user_id: string;
  display_name: string;
  email: string;
}

/** `<patient id>.guardian-<n>` for a recorded guardian, `<patient id>.login-<hash>` for a login recorded nowhere else. */
export const recordedGuardianId = (patientId: string, index: number) => `${patientId}.guardian-${index + 1}`;
export const guardianLoginId = (patientId: string, userId: string) =>
  `${patientId}.login-${shortHash(userId)}`;

/** The RelatedPerson a guardian's portal login is for a patient: the recorded guardian naming it, else its own. */
export function guardianPersonId(
  patientId: string,
  guardians: readonly StoredGuardian[],
  userId: string,
): string {
  const index = guardians.findIndex((g) => g.portalAccount?.userId === userId);
  return index < 0 ? guardianLoginId(patientId, userId) : recordedGuardianId(patientId, index);
}

/** The patient a RelatedPerson id belongs to (ids begin with it). */
export const relatedPersonPatient = (id: string) => id.slice(0, Math.max(0, id.indexOf('.')));

/** The relationship in HL7 v3 RoleCode (parent PRN, guardian GUARD; R4 definitions), in words for `other`. */
function relationship(code: string) {
  if (code === 'parent') return [{ coding: [{ system: SYSTEM.roleCode, code: 'PRN', display: 'parent' }] }];
  if (code === 'legal_guardian' || code === 'guardian')
    return [{ coding: [{ system: SYSTEM.roleCode, code: 'GUARD', display: 'guardian' }] }];
  return [{ text: 'Other guardian' }];
}

/**
 * A child's parents and guardians: those the registration records, then any portal login acting as guardian that
 * none of them names.
 */
export function toFhirRelatedPersons(
  patientId: string,
  guardians: readonly StoredGuardian[],
  logins: readonly GuardianLogin[],
): RelatedPerson[] {
  const recorded = guardians.map((g, i): RelatedPerson => ({
    resourceType: 'RelatedPerson',
    id: recordedGuardianId(patientId, i),
    active: true,
    patient: ref('Patient', patientId),
    relationship: relationship(g.relationship),
    name: [{ text: g.name }],
    ...(g.phone || g.email
      ? {
          telecom: [
            ...(g.phone ? [{ system: 'phone' as const, value: g.phone }] : []),
            ...(g.email ? [{ system: 'email' as const, value: g.email }] : []),
          ],
        }
      : {}),
  }));
  const named = new Set(guardians.map((g) => g.portalAccount?.userId));
  const fromLogins = logins
    .filter((l) => !named.has(l.user_id))
    .map((l): RelatedPerson => ({
      resourceType: 'RelatedPerson',
      id: guardianLoginId(patientId, l.user_id),
      active: true,
      patient: ref('Patient', patientId),
      relationship: relationship('guardian'),
      name: [{ text: l.display_name }],
      telecom: [{ system: 'email', value: l.email }],
    }));
  return [...recorded, ...fromLogins];
}
