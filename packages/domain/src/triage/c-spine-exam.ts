/**
 * Completing the Canadian C-spine rule at the exam (clinical-reference CR-NECK-6). Intake can only apply
 * step 1 from the patient's answers; the physician records the low-risk factors (step 2) and the active
 * 45° rotation (step 3). The decision replaces the intake's "neck pain after trauma" hold: imaging keeps
 * (or raises) the imaging flag, which the physician must acknowledge before neck OMT; no imaging resolves it.
 */
import { applyCanadianCSpineRule, CANADIAN_C_SPINE_SOURCE, type CSpineDecision } from './canadian-c-spine';
import {
  C_SPINE_IMAGING_FLAG_ID,
  cSpineFactorsFromIntake,
  cSpineImagingFlag,
  NECK_TRAUMA_FLAG_ID,
  type CSpineFactors,
} from './c-spine-intake';
import type { RedFlag, RedFlagContext } from './red-flag';

/**
 * What the physician records: the rule's factors (high-risk factors found at the exam are added to the
 * intake's answers, so they can only add risk) and whether the patient can actively rotate 45° left and
 * right (null = not assessed).
 */
export type CSpineExamFindings = CSpineFactors & {
  canRotate45BothWays: boolean | null;
};

/** Nothing found yet: no factor present and the rotation not assessed. */
export const NO_C_SPINE_FINDINGS: Readonly<CSpineExamFindings> = {
  dangerousMechanism: false,
  extremityParaesthesias: false,
  simpleRearEndMvc: false,
  sittingPosition: false,
  ambulatoryAtAnyTime: false,
  delayedOnsetNeckPain: false,
  noMidlineTenderness: false,
  canRotate45BothWays: null,
};

export interface CSpineExamProblem {
  field: keyof CSpineExamFindings;
  message: string;
}

function ruleInput(intake: Record<string, boolean> | null, f: CSpineExamFindings, ctx: RedFlagContext) {
  const said = cSpineFactorsFromIntake(intake);
  return {
    ageYears: ctx.ageYears,
    dangerousMechanism: f.dangerousMechanism || said.dangerousMechanism,
    extremityParaesthesias: f.extremityParaesthesias || said.extremityParaesthesias,
    simpleRearEndMvc: f.simpleRearEndMvc,
    sittingPosition: f.sittingPosition,
    ambulatoryAtAnyTime: f.ambulatoryAtAnyTime,
    delayedOnsetNeckPain: f.delayedOnsetNeckPain,
    noMidlineTenderness: f.noMidlineTenderness,
    ...(f.canRotate45BothWays === null ? {} : { canRotate45BothWays: f.canRotate45BothWays }),
  };
}

/** Findings the rule forbids: range of motion is tested only when step 1 found no high risk and step 2 a low-risk factor. */
export function checkCSpineExamFindings(
  intake: Record<string, boolean> | null,
  f: CSpineExamFindings,
  ctx: RedFlagContext,
): CSpineExamProblem | null {
  if (f.canRotate45BothWays === null) return null;
  const before = applyCanadianCSpineRule({ ...ruleInput(intake, f, ctx), canRotate45BothWays: true });
  if (before.step === 3) return null;
  const why =
    before.step === 1
      ? 'a high-risk factor (step 1) means imaging without range-of-motion testing'
      : 'with no low-risk factor (step 2) range of motion must not be tested';
  return {
    field: 'canRotate45BothWays',
    message: `leave rotation unassessed: ${why} (${CANADIAN_C_SPINE_SOURCE})`,
  };
}

/** The rule's decision from the intake's step-1 answers and the exam's findings. */
export function completeCSpineRuleAtExam(
  intake: Record<string, boolean> | null,
  f: CSpineExamFindings,
  ctx: RedFlagContext,
): CSpineDecision {
  return applyCanadianCSpineRule(ruleInput(intake, f, ctx));
}

/** Whether the intake reported neck trauma (the Canadian C-spine rule applies). */
export function neckTraumaReported(intakeFlags: readonly Pick<RedFlag, 'id'>[]): boolean {
  return intakeFlags.some((f) => f.id === NECK_TRAUMA_FLAG_ID || f.id === C_SPINE_IMAGING_FLAG_ID);
}

/**
 * The visit's red flags once the exam completed the rule: the "neck pain after trauma" hold is resolved
 * either way; imaging keeps the intake's imaging flag (same id, so a decision on it still counts) or raises it.
 */
export function redFlagsAfterCSpineExam(
  intakeFlags: readonly RedFlag[],
  decision: CSpineDecision | null,
): RedFlag[] {
  if (!decision) return [...intakeFlags];
  const others = intakeFlags.filter((f) => f.id !== NECK_TRAUMA_FLAG_ID && f.id !== C_SPINE_IMAGING_FLAG_ID);
  if (!decision.imaging) return others;
  const fromIntake = intakeFlags.find((f) => f.id === C_SPINE_IMAGING_FLAG_ID);
  return [...others, fromIntake ?? cSpineImagingFlag(decision)];
}
