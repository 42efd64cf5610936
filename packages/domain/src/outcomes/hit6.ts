/** HIT-6 Headache Impact Test (licensed: scoring only, no item text here; clinical-reference CR-SCORE-12, CR-SCORE-13). */
import { cite } from '../clinical-reference';
import { checkAnswers, sum } from './answers';
import type { ItemAnswer, MeasureScore } from './types';

export const HIT6_SOURCE = cite('CR-SCORE-12');
export const HIT6_CHANGE_SOURCE = cite('CR-SCORE-13');
export const HIT6_ITEMS = 6;
/** Answers are the choice's position: 0 Never, 1 Rarely, 2 Sometimes, 3 Very often, 4 Always. */
export const HIT6_CHOICES = ['never', 'rarely', 'sometimes', 'very_often', 'always'] as const;
export const HIT6_POINTS: readonly number[] = [6, 8, 10, 11, 13];
export const HIT6_MCID = 6;

export type Hit6Band = 'little_or_none' | 'some' | 'substantial' | 'severe';

export const HIT6_BANDS: readonly { band: Hit6Band; from: number; source: string }[] = [
  { band: 'severe', from: 60, source: HIT6_SOURCE },
  { band: 'substantial', from: 56, source: HIT6_SOURCE },
  { band: 'some', from: 50, source: HIT6_SOURCE },
  { band: 'little_or_none', from: 36, source: HIT6_SOURCE },
];

export function hit6Band(total: number): Hit6Band {
  return (HIT6_BANDS.find((b) => total >= b.from) ?? HIT6_BANDS[HIT6_BANDS.length - 1]!).band;
}

/** Total 36–78, only when all six items are answered. */
export function scoreHit6(answers: readonly ItemAnswer[]): MeasureScore {
  const answered = checkAnswers('HIT-6', answers, HIT6_ITEMS, 0, HIT6_CHOICES.length - 1);
  const base = { measure: 'hit6' as const, answered: answered.length, itemCount: HIT6_ITEMS, method: null };
  if (answered.length < HIT6_ITEMS) {
    return {
      ...base,
      score: null,
      shown: 'No score',
      band: null,
      noScoreReason: 'HIT-6 is scored only with all six items answered',
    };
  }
  const total = sum(answered.map((choice) => HIT6_POINTS[choice]!));
  return { ...base, score: total, shown: `${total} of 78`, band: hit6Band(total), noScoreReason: null };
}

export function isMeaningfulHit6Improvement(baseline: number, current: number): boolean {
  return baseline - current >= HIT6_MCID;
}
