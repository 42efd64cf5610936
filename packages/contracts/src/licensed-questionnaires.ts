import { LICENSED_MEASURE_CODES } from '@omt/domain';
import { z } from 'zod';

export const LicensedMeasure = z.enum(LICENSED_MEASURE_CODES);
export const LicensedMeasureParam = z.object({ measure: LicensedMeasure });

export const UploadLicensedQuestionnaire = z
  .object({
    /** The uploaded file's JSON: a FHIR R4 Questionnaire (checked by the server, which names what is wrong). */
    questionnaire: z.unknown(),
    /** The version this upload replaces, as read (0 when none): 409 when someone uploaded since. */
    replacesVersion: z.number().int().min(0),
  })
  .strict();

export const LicensedQuestionnaireSummary = z.object({
  measure: LicensedMeasure,
  version: z.number().int(),
  title: z.string(),
  itemCount: z.number().int(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});
export type LicensedQuestionnaireSummary = z.infer<typeof LicensedQuestionnaireSummary>;

export const LicensedQuestionnaireList = z.object({
  measures: z.array(
    z.object({
      measure: LicensedMeasure,
      name: z.string(),
      itemCount: z.number().int(),
      optionScores: z.array(z.number()),
      current: LicensedQuestionnaireSummary.nullable(),
    }),
  ),
});
export type LicensedQuestionnaireList = z.infer<typeof LicensedQuestionnaireList>;

export const LicensedQuestionnaireDetail = LicensedQuestionnaireSummary.extend({
  /** The FHIR R4 Questionnaire as uploaded. */
  questionnaire: z.record(z.string(), z.unknown()),
  /** Its scored items in order, each option with the score the measure's scorer reads. */
  items: z.array(
    z.object({
      linkId: z.string(),
      text: z.string(),
      options: z.array(z.object({ code: z.string(), display: z.string(), score: z.number() })),
    }),
  ),
});
export type LicensedQuestionnaireDetail = z.infer<typeof LicensedQuestionnaireDetail>;
