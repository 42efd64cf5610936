import { z } from 'zod';

/** What the physician records to complete the Canadian C-spine rule at the exam (clinical-reference CR-NECK-6). */
export const CSpineExamFindings = z.object({
  /** High-risk factors newly found at the exam; they add to the intake's answers. */
  dangerousMechanism: z.boolean().default(false),
  extremityParaesthesias: z.boolean().default(false),
  simpleRearEndMvc: z.boolean(),
  sittingPosition: z.boolean(),
  ambulatoryAtAnyTime: z.boolean(),
  delayedOnsetNeckPain: z.boolean(),
  noMidlineTenderness: z.boolean(),
  /** Able to actively rotate 45° left and right; null when not assessed. */
  canRotate45BothWays: z.boolean().nullable(),
});
export type CSpineExamFindings = z.infer<typeof CSpineExamFindings>;

export const CSpineExamView = CSpineExamFindings.extend({
  imaging: z.boolean(),
  step: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  reason: z.string(),
  source: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type CSpineExamView = z.infer<typeof CSpineExamView>;

/** The rule at this visit: shown when the intake reported neck trauma. */
export const CSpineView = z.object({
  /** The intake's Canadian C-spine answers by question id (step 1 and the patient's low-risk answers). */
  intakeAnswers: z.record(z.string(), z.boolean()),
  exam: CSpineExamView.nullable(),
});
export type CSpineView = z.infer<typeof CSpineView>;
