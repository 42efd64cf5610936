import { z } from 'zod';
import { MEASURE_CODES, MEASURE_TIMINGS } from '@omt/domain';
import { Id } from './common';

export const MeasureCodeParam = z.object({ code: z.enum(MEASURE_CODES) });

export const ANSWERED_BY = ['patient', 'parent', 'staff'] as const;

/** A patient's answer to a measure the plan has due before the next visit (the portal, or the desk's tablet). */
export const AnswerMeasure = z.object({
  planId: Id,
  measure: z.enum(MEASURE_CODES),
  /** One answer per item in the measure's order; null for an item left unanswered. The scorer checks each. */
  answers: z.array(z.number().nullable()).min(1, { error: 'answer the questions' }).max(60),
  /** Who gave the answers; a patient's login answers as the patient or a parent, the desk as any. */
  answeredBy: z.enum(ANSWERED_BY).optional(),
  /**
   * For a licensed measure, the version of the clinic's Questionnaire the form showed (MeasureForm.licensedVersion):
   * an answer to questions the clinic has since replaced is refused rather than scored on the new ones.
   */
  licensedVersion: z.number().int().positive().optional(),
});
export type AnswerMeasure = z.infer<typeof AnswerMeasure>;

export const MeasureResponse = z.object({
  id: z.string(),
  measure: z.enum(MEASURE_CODES),
  name: z.string(),
  planId: z.string().nullable(),
  appointmentId: z.string().nullable(),
  timing: z.enum(MEASURE_TIMINGS).nullable(),
  answers: z.array(z.number().nullable()),
  score: z.number().nullable(),
  shown: z.string(),
  band: z.string().nullable(),
  answeredBy: z.enum(ANSWERED_BY),
  answeredAt: z.string(),
  /** The answer came from the intake's questions (the PEG or the pain rating), not a separate measure. */
  fromIntake: z.boolean(),
});
export type MeasureResponse = z.infer<typeof MeasureResponse>;

/** One item of a measure, with its scale. */
export const MeasureForm = z.object({
  code: z.enum(MEASURE_CODES),
  name: z.string(),
  stem: z.string().nullable(),
  items: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      min: z.number(),
      max: z.number(),
      /** A licensed item's statements, each with its score; null where the answer is a number from min to max. */
      options: z.array(z.object({ value: z.number(), label: z.string() })).nullable(),
    }),
  ),
  /** The range of the measure's score (ODI and NDI as a percentage, 0–100 and 0–50 raw). */
  scale: z.object({ min: z.number(), max: z.number() }),
  /** The version of the clinic's licensed Questionnaire the items come from; null for public-domain measures. */
  licensedVersion: z.number().nullable(),
  /** False for a licensed measure whose items the clinic has not loaded: it is answered at the visit. */
  online: z.boolean(),
  /** Whether items may be left unanswered (a section that does not apply); the score then uses the answered ones. */
  itemsMayBeSkipped: z.boolean(),
});
export type MeasureForm = z.infer<typeof MeasureForm>;

export const MeasureDueItem = z.object({
  planId: z.string(),
  measure: z.enum(MEASURE_CODES),
  name: z.string(),
  timing: z.enum(MEASURE_TIMINGS),
  appointmentId: z.string(),
  visitStart: z.string(),
  online: z.boolean(),
});
export type MeasureDueItem = z.infer<typeof MeasureDueItem>;

export const MeasureTrend = z.object({
  measure: z.enum(MEASURE_CODES),
  name: z.string(),
  scale: z.object({ min: z.number(), max: z.number() }),
  /** The first score: the baseline the meaningful change is measured from. */
  baseline: z.number().nullable(),
  /** Scores at or below this are a meaningful improvement over the baseline; null when the reference gives no rule. */
  threshold: z.number().nullable(),
  points: z.array(
    z.object({
      at: z.string(),
      score: z.number(),
      shown: z.string(),
      band: z.string().nullable(),
      appointmentId: z.string().nullable(),
    }),
  ),
});
export type MeasureTrend = z.infer<typeof MeasureTrend>;

/** What is due before the next visit, every answer, and each measure's trend with the plan's visits as markers. */
export const PatientMeasures = z.object({
  due: z.array(MeasureDueItem),
  responses: z.array(MeasureResponse),
  trends: z.array(MeasureTrend),
  visits: z.array(z.object({ appointmentId: z.string(), start: z.string(), done: z.boolean() })),
});
export type PatientMeasures = z.infer<typeof PatientMeasures>;
