/**
 * Neck Disability Index (licensed: scoring only, no item text here; clinical-reference CR-SCORE-10,
 * CR-SCORE-11).
 */
import { cite } from '../clinical-reference';
import { checkAnswers, sum } from './answers';
import type { ItemAnswer, MeasureScore } from './types';

export const NDI_SOURCE = cite('CR-SCORE-10', 'CR-SCORE-11');
export const NDI_ITEMS = 10;
/** A change of 5 raw points (10 percentage points), clinical-reference CR-SCORE-10. */
export const NDI_MCID = 5;

export type NdiBand = 'none' | 'mild' | 'moderate' | 'severe' | 'complete';

/** Lower bounds (inclusive) of each band on the raw 0–50 score. */
export const NDI_BANDS: readonly { band: NdiBand; from: number; source: string }[] = [
  { band: 'complete', from: 35, source: NDI_SOURCE },
  { band: 'severe', from: 25, source: NDI_SOURCE },
  { band: 'moderate', from: 15, source: NDI_SOURCE },
  { band: 'mild', from: 5, source: NDI_SOURCE },
  { band: 'none', from: 0, source: NDI_SOURCE },
];

export function ndiBand(raw: number): NdiBand {
  return (NDI_BANDS.find((b) => raw >= b.from) ?? NDI_BANDS[NDI_BANDS.length - 1]!).band;
}

/**
 * Raw score 0–50; an unanswered item is filled with the mean of the answered ones (the same percentage as
 * scoring over the answered items only). The raw score is kept to one decimal.
 */
export function scoreNdi(answers: readonly ItemAnswer[]): MeasureScore {
  const answered = checkAnswers('NDI', answers, NDI_ITEMS, 0, 5);
  const base = { measure: 'ndi' as const, answered: answered.length, itemCount: NDI_ITEMS };
  if (answered.length === 0) {
    return {
      ...base,
      score: null,
      shown: 'No score',
      band: null,
      method: null,
      noScoreReason: 'No item answered',
    };
  }
  const raw = Math.round(((sum(answered) * NDI_ITEMS) / answered.length) * 10) / 10;
  return {
    ...base,
    score: raw,
    shown: `${raw} of 50 (${Math.round(raw * 20) / 10} %)`,
    band: ndiBand(raw),
    method:
      answered.length < NDI_ITEMS ? 'unanswered items filled with the mean of the answered items' : null,
    noScoreReason: null,
  };
}

export function isMeaningfulNdiImprovement(baseline: number, current: number): boolean {
  return baseline - current >= NDI_MCID;
}
