import { z } from 'zod';
import { REGION_IDS } from '@omt/domain';

export const SLEEP_QUALITY = ['good', 'fair', 'poor'] as const;
export const ACTIVITY_LEVEL = ['sedentary', 'light', 'moderate', 'vigorous'] as const;
export const DIET_QUALITY = ['balanced', 'mixed', 'poor'] as const;

const Phq2Item = z.number().int().min(0, 'must be 0–3').max(3, 'must be 0–3');

export const SubmitIntake = z.object({
  chiefComplaint: z.string().trim().min(3, 'describe the problem in at least 3 characters').max(500),
  painRegions: z.array(z.enum(REGION_IDS)).min(1, 'choose at least one area').max(10),
  painScore: z.number().int().min(0, 'must be 0–10').max(10, 'must be 0–10'),
  sleepHours: z.number().min(0).max(24),
  sleepQuality: z.enum(SLEEP_QUALITY),
  activityLevel: z.enum(ACTIVITY_LEVEL),
  diet: z.enum(DIET_QUALITY),
  phq2: z.tuple([Phq2Item, Phq2Item]),
  /** Answers to the red-flag questions by question id; every question must be answered. */
  redFlags: z.record(z.string(), z.boolean()),
});
export type SubmitIntake = z.infer<typeof SubmitIntake>;

export const RedFlagView = z.object({
  id: z.string(),
  label: z.string(),
  action: z.enum(['emergency_referral', 'imaging', 'omt_hold']),
  imaging: z.string().optional(),
  message: z.string(),
  source: z.string(),
});
export type RedFlagView = z.infer<typeof RedFlagView>;

export const Intake = z.object({
  id: z.string(),
  appointmentId: z.string(),
  patientId: z.string(),
  submittedAt: z.string(),
  answers: SubmitIntake,
  phq2: z.object({ score: z.number(), positive: z.boolean() }),
  redFlags: z.array(RedFlagView),
  questionnaireResponse: z.record(z.string(), z.unknown()),
});
export type Intake = z.infer<typeof Intake>;

export const IntakeForm = z.object({
  redFlagQuestions: z.array(z.object({ id: z.string(), text: z.string() })),
  phq2Items: z.array(z.string()),
  phq2Choices: z.array(z.object({ value: z.number(), label: z.string() })),
});
export type IntakeForm = z.infer<typeof IntakeForm>;
