/** Builds one safety rule per condition of a reference row, so each row is written once, as data (clinical-reference CR-CI-*, CR-HVLA-*, CR-TQ-*). */
import type { RegionId } from '../regions';
import { CONDITION_CATALOGUE, type ConditionCode } from './condition-catalogue';
import type { SafetyRule } from './safety-rule';
import type { TechniqueId } from './technique-ids';

/** One row (or one column of a row) of the reference: the conditions it names and what they mean for which techniques. */
export interface ConditionRow {
  /** Rule ids are `${idPrefix}_${condition}`. */
  idPrefix: string;
  /** The rows cited, e.g. `cite('CR-HVLA-1')`. */
  source: string;
  techniques: readonly TechniqueId[] | 'all';
  regions: readonly RegionId[] | 'all';
  verdict: 'caution' | 'blocked';
  conditions: readonly ConditionCode[];
  /** What the condition rules out, completing "<condition>: …", e.g. "absolute contraindication to HVLA". */
  meaning: string;
}

/** The row as rules, one per condition, each naming the condition in its message. */
export function conditionRules(row: ConditionRow): SafetyRule[] {
  return row.conditions.map((code) => {
    const rule: SafetyRule = {
      id: `${row.idPrefix}_${code}`,
      techniques: row.techniques,
      regions: row.regions,
      applies: (p) => p.conditions.includes(code),
      verdict: row.verdict,
      message: `${CONDITION_CATALOGUE[code].label}: ${row.meaning}.`,
      source: row.source,
    };
    return rule;
  });
}
