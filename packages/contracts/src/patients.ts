import { z } from 'zod';
import { CONDITION_CODES } from '@omt/domain';
import { IsoDate } from './common';

/** The last therapeutic-level check of an anticoagulated patient: its date and the INR, or "in range". */
export const AnticoagulationCheckView = z
  .object({
    date: IsoDate,
    inr: z.number().min(0.5).max(15).nullable(),
    inRange: z.boolean(),
  })
  .strict();

export const PatientFactorsView = z.object({
  pregnant: z.boolean(),
  pregnancyWeeks: z.number().int().min(0).max(45).nullable(),
  osteoporosis: z.boolean(),
  anticoagulated: z.boolean(),
  /** Last level check; counts when recent and in range (domain `isAnticoagulationCheckCurrent`). */
  anticoagulationCheck: AnticoagulationCheckView.nullable().default(null),
  malignancy: z.boolean(),
  recentFracture: z.boolean(),
  infection: z.boolean(),
  downSyndrome: z.boolean(),
  rheumatoidArthritis: z.boolean(),
  vertebralArterySymptoms: z.boolean(),
  dvt: z.boolean(),
  recentSurgery: z.boolean(),
  caudaEquinaSigns: z.boolean(),
  connectiveTissueDisease: z.boolean(),
  /** Further conditions from the domain catalogue (clinical-reference CR-CI, CR-HVLA, CR-TQ rows); omitted means none. */
  conditions: z
    .array(
      z.enum(CONDITION_CODES, {
        error: (issue) => `unknown condition code ${JSON.stringify(issue.input)}`,
      }),
    )
    .max(CONDITION_CODES.length)
    .default([]),
});
export type PatientFactorsView = z.infer<typeof PatientFactorsView>;

/**
 * A clinician's save of the factors: every factor plus the `version` read with them. Unknown keys are refused
 * (400 naming the key) and a save from an older read gets 409 `stale_factors`.
 */
export const UpdateFactors = PatientFactorsView.extend({
  version: z.number().int().min(0),
}).strict();
export type UpdateFactors = z.infer<typeof UpdateFactors>;

export const PatientSex = z.enum(['female', 'male', 'other', 'unknown'], {
  error: 'must be female, male, other or unknown',
});
export const PreferredLanguage = z.enum(['en', 'es'], { error: 'must be en or es' });

const text = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
/** A phone number as people write it: 7 to 15 digits with spaces, brackets, dots, dashes or a leading +. */
export const PhoneNumber = z
  .string()
  .trim()
  .max(40, 'must be at most 40 characters')
  .regex(/^\+?[\d\s().-]+$/, 'may contain only digits, spaces and ( ) . - +')
  .refine((v) => {
    const n = v.replace(/\D/g, '').length;
    return n >= 7 && n <= 15;
  }, 'must have 7 to 15 digits');
export const EmailAddress = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an email address like name@example.com');

export const PatientAddress = z
  .object({
    lines: z.array(text(100)).min(1, 'needs at least one line').max(3, 'at most 3 lines'),
    city: text(100),
    state: text(50),
    postalCode: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/, 'must be 2 to 10 letters, digits, spaces or dashes'),
  })
  .strict();
export type PatientAddress = z.infer<typeof PatientAddress>;

export const EmergencyContact = z
  .object({ name: text(100), phone: PhoneNumber, relationship: text(50) })
  .strict();
export type EmergencyContact = z.infer<typeof EmergencyContact>;

export const Insurance = z
  .object({ payer: text(100), memberId: text(40), groupId: text(40).nullable().default(null) })
  .strict();
export type Insurance = z.infer<typeof Insurance>;

export const GuardianRelationship = z.enum(['parent', 'legal_guardian', 'other'], {
  error: 'must be parent, legal_guardian or other',
});

/**
 * A guardian of a minor: name and contact recorded, and optionally the guardian's own patient-portal login
 * (by its email), which then may act for the child as `patient_access` relationship `guardian`.
 */
export const GuardianInput = z
  .object({
    name: text(100),
    relationship: GuardianRelationship,
    phone: PhoneNumber.nullable().default(null),
    email: EmailAddress.nullable().default(null),
    portalAccountEmail: EmailAddress.nullable().default(null),
  })
  .strict();
export type GuardianInput = z.infer<typeof GuardianInput>;

export const Guardian = GuardianInput.omit({ portalAccountEmail: true }).extend({
  /** The linked patient-portal login, when there is one. */
  portalAccount: z.object({ userId: z.string(), email: z.string() }).nullable(),
});
export type Guardian = z.infer<typeof Guardian>;

const registrationFields = {
  givenName: text(100),
  familyName: text(100),
  birthDate: IsoDate,
  sex: PatientSex,
  email: EmailAddress.nullable().default(null),
  phone: PhoneNumber.nullable().default(null),
  preferredLanguage: PreferredLanguage.default('en'),
  address: PatientAddress.nullable().default(null),
  emergencyContact: EmergencyContact.nullable().default(null),
  insurance: Insurance.nullable().default(null),
  guardians: z.array(GuardianInput).max(4, 'at most 4 guardians').default([]),
};

/**
 * The desk registers a patient. A possible duplicate (same name and date of birth, same email or same phone)
 * is refused with 409 `possible_duplicate` listing the matches, unless `duplicateReason` says why this is
 * another person; the reason is audited.
 */
export const RegisterPatient = z
  .object({
    ...registrationFields,
    duplicateReason: z.string().trim().min(5, 'must say why in at least 5 characters').max(500).optional(),
  })
  .strict();
export type RegisterPatient = z.infer<typeof RegisterPatient>;
export type RegisterPatientInput = z.input<typeof RegisterPatient>;

/** An edit of the registration: every field again plus the record `version` read (409 `stale_patient`). */
export const UpdatePatient = z.object({ ...registrationFields, version: z.number().int().min(0) }).strict();
export type UpdatePatient = z.infer<typeof UpdatePatient>;

export const DeactivatePatient = z
  .object({ reason: z.string().trim().min(3, 'must say why in at least 3 characters').max(500) })
  .strict();

/** One match of a possible duplicate, its contact masked. */
export const PossibleDuplicate = z.object({
  id: z.string(),
  name: z.string(),
  birthDate: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  matchedOn: z.array(z.enum(['name_and_birth_date', 'email', 'phone'])),
});
export type PossibleDuplicate = z.infer<typeof PossibleDuplicate>;
/** The `details` of a 409 `possible_duplicate`. */
export const PossibleDuplicates = z.object({ matches: z.array(PossibleDuplicate) });

export const Patient = z.object({
  id: z.string(),
  name: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string(),
  ageLabel: z.string(),
  sex: PatientSex,
  factors: PatientFactorsView,
  /** Moves on every change of the factors; a save sends the one it read. */
  factorsVersion: z.number().int(),
  summary: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  preferredLanguage: PreferredLanguage,
  address: PatientAddress.nullable(),
  emergencyContact: EmergencyContact.nullable(),
  insurance: Insurance.nullable(),
  guardians: z.array(Guardian),
  /** Moves on every change of the registration; an edit sends the one it read. */
  version: z.number().int(),
  /** A deactivated patient keeps their history but cannot be booked. */
  active: z.boolean(),
  deactivatedAt: z.string().nullable(),
  deactivationReason: z.string().nullable(),
  /** A record made by an online sign-up that may be someone already registered: the matches, for the desk to review. */
  duplicateReview: z.object({ matchIds: z.array(z.string()), flaggedAt: z.string() }).nullable(),
});
export type Patient = z.infer<typeof Patient>;

/** A name prefix (given or family), a date of birth (YYYY-MM-DD or MM/DD/YYYY), a phone or an email. */
export const PatientSearch = z.object({ q: z.string().trim().max(100).default('') });
