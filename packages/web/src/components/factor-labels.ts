import { CONDITION_CATALOGUE } from '@omt/domain';
import type { PatientFactorsView } from '@omt/contracts';
import { FACTOR_KEYS, FACTOR_LABELS } from '../labels';

/** A factor as a header lists it, with the pregnancy weeks and the last anticoagulation level check. */
function factorLabel(f: PatientFactorsView, k: (typeof FACTOR_KEYS)[number]): string {
  if (k === 'pregnant' && f.pregnancyWeeks !== null) return `Pregnant (${f.pregnancyWeeks} weeks)`;
  const check = f.anticoagulationCheck;
  if (k === 'anticoagulated') {
    if (!check) return `${FACTOR_LABELS[k]} (no level check recorded)`;
    const inr = check.inr === null ? '' : `INR ${check.inr}, `;
    return `${FACTOR_LABELS[k]} (level check ${check.date}: ${inr}${check.inRange ? 'in range' : 'out of range'})`;
  }
  return FACTOR_LABELS[k];
}

/** The safety factors that are set, in words, conditions last. */
export function activeFactorLabels(f: PatientFactorsView): string[] {
  return FACTOR_KEYS.filter((k) => f[k])
    .map((k) => factorLabel(f, k))
    .concat(f.conditions.map((c) => CONDITION_CATALOGUE[c].label));
}
