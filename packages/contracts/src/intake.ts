import { z } from 'zod';
import { FLAG_URGENCIES, REGION_IDS } from '@omt/domain';
import { QuestionnaireResponse } from './questionnaire';

/** The intake as the patient sends it: a FHIR R4 QuestionnaireResponse to the tailored Questionnaire. */
export const IntakeSubmission = z.object({ questionnaireResponse: QuestionnaireResponse });
export type IntakeSubmission = z.infer<typeof IntakeSubmission>;

/** The intake's language (`en` or `es`); without it, the patient's preferred language. Answers are codes either way. */
export const IntakeQuestionnaireQuery = z.object({ lang: z.enum(['en', 'es']).optional() });

export const RedFlagView = z.object({
  id: z.string(),
  label: z.string(),
  action: z.enum(['emergency_referral', 'imaging', 'omt_hold']),
  imaging: z.string().optional(),
  message: z.string(),
  source: z.string(),
});
export type RedFlagView = z.infer<typeof RedFlagView>;

export const FlagUrgency = z.enum(FLAG_URGENCIES);

/** A raised flag that alerts at once (emergency or urgent), as the desk's visit mark shows it. */
export const UrgentFlagMark = z.object({
  flagId: z.string(),
  label: z.string(),
  action: RedFlagView.shape.action,
  urgency: FlagUrgency,
});
export type UrgentFlagMark = z.infer<typeof UrgentFlagMark>;

/** The same flag with the patient's instruction, in English and Spanish, and its citation. */
export const UrgentFlagView = UrgentFlagMark.extend({
  instruction: z.object({ en: z.string(), es: z.string() }),
  source: z.string(),
});
export type UrgentFlagView = z.infer<typeof UrgentFlagView>;

/** The answers a physician reads first, flat; null where the section was not asked. */
export const IntakeSummary = z.object({
  chiefComplaint: z.string(),
  regions: z.array(z.enum(REGION_IDS)),
  painScore: z.number().nullable(),
  sleepHours: z.number().nullable(),
  sleepQuality: z.string().nullable(),
  activityLevel: z.string().nullable(),
  diet: z.string().nullable(),
  infantFeeding: z.string().nullable(),
  infantCryingHoursPerDay: z.number().nullable(),
  infantSleepHoursPerDay: z.number().nullable(),
  pregnant: z.boolean().nullable(),
  pregnancyWeeks: z.number().nullable(),
  pregnancyComplications: z.boolean().nullable(),
  pregnancyComplicationDetails: z.string().nullable(),
});
export type IntakeSummary = z.infer<typeof IntakeSummary>;

export const Phq9View = z.object({
  score: z.number(),
  severity: z.enum(['minimal', 'mild', 'moderate', 'moderately_severe', 'severe']),
  item9Positive: z.boolean(),
});
export type Phq9View = z.infer<typeof Phq9View>;

export const Intake = z.object({
  id: z.string(),
  appointmentId: z.string(),
  patientId: z.string(),
  submittedAt: z.string(),
  /** PHQ-2; null when the mental-health section was not asked (children under 12). */
  phq2: z.object({ score: z.number(), positive: z.boolean() }).nullable(),
  /** PHQ-9; asked only after a positive PHQ-2. */
  phq9: Phq9View.nullable(),
  /** PEG-3 mean (0–10) and items; adults only. */
  peg: z.object({ score: z.number(), items: z.array(z.number()) }).nullable(),
  summary: IntakeSummary,
  redFlags: z.array(RedFlagView),
  /** The same-visit safety task opened by a PHQ-9 item 9 above 0, if any. */
  safetyTaskId: z.string().nullable(),
  /** Raised flags that alert at once (each opened a task for the visit's physician), emergencies first. */
  urgentFlags: z.array(UrgentFlagView),
  questionnaireResponse: z.record(z.string(), z.unknown()),
});
export type Intake = z.infer<typeof Intake>;
