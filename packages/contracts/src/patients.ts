import { z } from 'zod';
import { CONDITION_CODES } from '@omt/domain';

export const PatientFactorsView = z.object({
  pregnant: z.boolean(),
  pregnancyWeeks: z.number().int().min(0).max(45).nullable(),
  osteoporosis: z.boolean(),
  anticoagulated: z.boolean(),
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
  /** Further conditions from the domain catalogue (omt-reference §3.2–§3.4); omitted means none. */
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

export const Patient = z.object({
  id: z.string(),
  name: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string(),
  ageLabel: z.string(),
  sex: z.enum(['female', 'male', 'other', 'unknown']),
  factors: PatientFactorsView,
  summary: z.string(),
});
export type Patient = z.infer<typeof Patient>;

export const PatientSearch = z.object({ q: z.string().trim().max(100).default('') });
