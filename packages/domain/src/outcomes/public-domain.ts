/**
 * The public-domain measures scored from their items: NRS, PEG, PHQ-2 and PHQ-9. Their scoring lives with
 * the intake (clinical-reference CR-SCORE-1, CR-SCORE-2, CR-SCORE-5, CR-SCORE-6); these wrap it in the
 * outcome shape. A missing item gives no score: the sources define these totals only for every item answered.
 */
import { PHQ9_MCID, scorePeg, scorePhq2, scorePhq9 } from '../intake';
import { checkAnswers } from './answers';
import type { ItemAnswer, MeasureCode, MeasureScore } from './types';

function noScore(measure: MeasureCode, answered: number, itemCount: number): MeasureScore {
  return {
    measure,
    score: null,
    shown: 'No score',
    band: null,
    answered,
    itemCount,
    method: null,
    noScoreReason: 'Every item must be answered',
  };
}

function scored(
  measure: MeasureCode,
  itemCount: number,
  score: number,
  shown: string,
  band: string | null,
): MeasureScore {
  return { measure, score, shown, band, answered: itemCount, itemCount, method: null, noScoreReason: null };
}

export function scoreNrs(answers: readonly ItemAnswer[]): MeasureScore {
  const answered = checkAnswers('NRS', answers, 1, 0, 10);
  if (answered.length < 1) return noScore('nrs', 0, 1);
  return scored('nrs', 1, answered[0]!, `${answered[0]} of 10`, null);
}

export function scorePegMeasure(answers: readonly ItemAnswer[]): MeasureScore {
  const answered = checkAnswers('PEG', answers, 3, 0, 10);
  if (answered.length < 3) return noScore('peg', answered.length, 3);
  const { score } = scorePeg(answered);
  return scored('peg', 3, score, `${score} of 10`, null);
}

export function scorePhq2Measure(answers: readonly ItemAnswer[]): MeasureScore {
  const answered = checkAnswers('PHQ-2', answers, 2, 0, 3);
  if (answered.length < 2) return noScore('phq2', answered.length, 2);
  const { score, positive } = scorePhq2(answered[0]!, answered[1]!);
  return scored('phq2', 2, score, `${score} of 6`, positive ? 'positive_screen' : 'negative_screen');
}

export function scorePhq9Measure(answers: readonly ItemAnswer[]): MeasureScore {
  const answered = checkAnswers('PHQ-9', answers, 9, 0, 3);
  if (answered.length < 9) return noScore('phq9', answered.length, 9);
  const { score, severity } = scorePhq9(answered);
  return scored('phq9', 9, score, `${score} of 27`, severity);
}

export function isMeaningfulPhq9Improvement(baseline: number, current: number): boolean {
  return baseline - current >= PHQ9_MCID;
}
