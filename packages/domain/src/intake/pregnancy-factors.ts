/**
 * How the intake's pregnancy answer updates the patient's safety factors (clinical-reference CR-POP-1 to
 * CR-POP-3: HVLA is a relative contraindication, and from 20 weeks the patient does not lie on her back for long,
 * so the weeks matter).
 */

export interface PregnancyFactors {
  pregnant: boolean;
  pregnancyWeeks: number | null;
}

export interface PregnancyAnswer {
  pregnant: boolean;
  weeks: number | null;
}

/**
 * The factors after the patient's answer, or null when nothing changes.
 *
 * - "Pregnant" sets pregnant and the weeks given (unknown weeks keep the recorded ones, or stay unknown,
 *   which the engine treats as 20 weeks or more — the safer reading).
 * - "Not pregnant" never clears a recorded pregnancy: ending it is a clinical fact the physician confirms
 *   in the factors form (the answer is shown in the intake summary). Leaving it set errs on the safe
 *   side, because a pregnancy only adds cautions.
 */
export function pregnancyFactorsFromIntake(
  current: PregnancyFactors,
  answer: PregnancyAnswer | null,
): PregnancyFactors | null {
  if (!answer?.pregnant) return null;
  const next = { pregnant: true, pregnancyWeeks: answer.weeks ?? current.pregnancyWeeks };
  const same = current.pregnant && current.pregnancyWeeks === next.pregnancyWeeks;
  return same ? null : next;
}
