/** The safety engine: checks one technique × region × patient against every contraindication rule (clinical-reference CR-CI-*, CR-HVLA-*, CR-TQ-*, CR-POP-*). */
import type { RegionId } from '../regions';
import type { PatientFactors } from './patient-factors';
import type { SafetyRule } from './safety-rule';
import { GENERAL_RULES } from './safety-rules-general';
import { HVLA_RULES } from './safety-rules-hvla';
import { TECHNIQUE_RULES } from './safety-rules-technique';
import { HVLA_CONDITION_RULES } from './safety-rules-conditions-hvla';
import { TECHNIQUE_CONDITION_RULES } from './safety-rules-conditions-technique';
import type { TechniqueId } from './technique-ids';

export type SafetyVerdict = 'allowed' | 'caution' | 'blocked';

export interface SafetyReason {
  ruleId: string;
  verdict: 'caution' | 'blocked';
  message: string;
  /** The cited rows with their source and evidence, in plain words. */
  source: string;
}

export interface SafetyResult {
  verdict: SafetyVerdict;
  reasons: SafetyReason[];
}

/** Every contraindication rule, in the order reasons are reported within one verdict. */
export const SAFETY_RULES: readonly SafetyRule[] = [
  ...GENERAL_RULES,
  ...HVLA_RULES,
  ...TECHNIQUE_RULES,
  ...HVLA_CONDITION_RULES,
  ...TECHNIQUE_CONDITION_RULES,
];

function ruleMatches(
  rule: SafetyRule,
  technique: TechniqueId,
  region: RegionId,
  patient: PatientFactors,
): boolean {
  const techniqueOk = rule.techniques === 'all' || rule.techniques.includes(technique);
  const regionOk = rule.regions === 'all' || rule.regions.includes(region);
  return techniqueOk && regionOk && rule.applies(patient, region);
}

function toReason(rule: SafetyRule): SafetyReason {
  return { ruleId: rule.id, verdict: rule.verdict, message: rule.message, source: rule.source };
}

/** Decides whether a technique may be used on a region for this patient; the worst matching rule wins. */
export function checkTechniqueSafety(
  technique: TechniqueId,
  region: RegionId,
  patient: PatientFactors,
  rules: readonly SafetyRule[] = SAFETY_RULES,
): SafetyResult {
  const matched = rules.filter((rule) => ruleMatches(rule, technique, region, patient)).map(toReason);
  const blocked = matched.filter((r) => r.verdict === 'blocked');
  const caution = matched.filter((r) => r.verdict === 'caution');
  const verdict: SafetyVerdict = blocked.length > 0 ? 'blocked' : caution.length > 0 ? 'caution' : 'allowed';
  return { verdict, reasons: [...blocked, ...caution] };
}
