/**
 * Oswestry Disability Index, version 2.1a (licensed: scoring only, no item text here; clinical-reference
 * CR-SCORE-7, CR-SCORE-8, CR-SCORE-9).
 */
import { cite } from '../clinical-reference';
import { checkAnswers, oneDecimalDown, sum } from './answers';
import type { ItemAnswer, MeasureScore } from './types';

export const ODI_SOURCE = cite('CR-SCORE-7', 'CR-SCORE-8');
export const ODI_CHANGE_SOURCE = cite('CR-SCORE-9');
export const ODI_SECTIONS = 10;

export type OdiBand = 'minimal' | 'moderate' | 'severe' | 'crippled' | 'bed_bound';

/** Upper bounds (inclusive) of each band in percent; a score between two bands counts in the higher one. */
export const ODI_BANDS: readonly { band: OdiBand; upTo: number; source: string }[] = [
  { band: 'minimal', upTo: 20, source: ODI_SOURCE },
  { band: 'moderate', upTo: 40, source: ODI_SOURCE },
  { band: 'severe', upTo: 60, source: ODI_SOURCE },
  { band: 'crippled', upTo: 80, source: ODI_SOURCE },
  { band: 'bed_bound', upTo: 100, source: ODI_SOURCE },
];

export function odiBand(percent: number): OdiBand {
  return (ODI_BANDS.find((b) => percent <= b.upTo) ?? ODI_BANDS[ODI_BANDS.length - 1]!).band;
}

/** Sum over 5 × the answered sections, as a percentage; no score when no section is answered. */
export function scoreOdi(answers: readonly ItemAnswer[]): MeasureScore {
  const answered = checkAnswers('ODI', answers, ODI_SECTIONS, 0, 5);
  const base = { measure: 'odi' as const, answered: answered.length, itemCount: ODI_SECTIONS };
  if (answered.length === 0) {
    return {
      ...base,
      score: null,
      shown: 'No score',
      band: null,
      method: null,
      noScoreReason: 'No section answered',
    };
  }
  const percent = (sum(answered) / (5 * answered.length)) * 100;
  return {
    ...base,
    score: percent,
    shown: `${oneDecimalDown(percent)} %`,
    band: odiBand(percent),
    method: answered.length < ODI_SECTIONS ? 'answered sections only' : null,
    noScoreReason: null,
  };
}

/** A fall of ≥15 points, or of ≥30 % of baseline that is also ≥10 points (clinical-reference CR-SCORE-9). */
export function isMeaningfulOdiImprovement(baseline: number, current: number): boolean {
  const drop = baseline - current;
  if (drop <= 0) return false;
  return drop >= 15 || (drop >= 10 && drop / baseline >= 0.3);
}
