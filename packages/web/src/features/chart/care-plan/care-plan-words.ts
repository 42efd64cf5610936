import type { DischargeReason, MeasureTiming } from '@omt/domain';

export const TIMING_WORDS: Record<MeasureTiming, string> = {
  baseline: 'Baseline',
  each_visit: 'Each visit',
  re_evaluation: 'Re-evaluation',
};

export const REASON_WORDS: Record<DischargeReason, string> = {
  goals_met: 'Goals met',
  plateau: 'Plateau',
  referred: 'Referred',
  patient_choice: "Patient's choice",
};

export const KIND_WORDS = { created: 'Recorded', revised: 'Revised', re_evaluated: 'Re-evaluated' } as const;

export function frequencyText(everyWeeks: number, visits: number): string {
  return `${everyWeeks === 1 ? 'Weekly' : `Every ${everyWeeks} weeks`} × ${visits} visits`;
}
