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

export const Patient = z.object({
  id: z.string(),
  name: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string(),
  ageLabel: z.string(),
  sex: z.enum(['female', 'male', 'other', 'unknown']),
  factors: PatientFactorsView,
  /** Moves on every change of the factors; a save sends the one it read. */
  factorsVersion: z.number().int(),
  summary: z.string(),
});
export type Patient = z.infer<typeof Patient>;

export const PatientSearch = z.object({ q: z.string().trim().max(100).default('') });
