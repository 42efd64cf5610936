/**
 * The outcome-measure catalogue: what each measure is, whether its items ship with the clinic (public
 * domain) or are loaded by the clinic under its licence, how it is scored and what change is meaningful.
 */
import { cite } from '../clinical-reference';
import { isMeaningfulPainImprovement, PEG_ITEMS, PHQ9_ITEMS, PHQ_STEM } from '../intake';
import { HIT6_SOURCE, isMeaningfulHit6Improvement, scoreHit6 } from './hit6';
import { isMeaningfulNdiImprovement, NDI_SOURCE, scoreNdi } from './ndi';
import { isMeaningfulOdiImprovement, ODI_SOURCE, scoreOdi } from './odi';
import {
  isMeaningfulPhq9Improvement,
  scoreNrs,
  scorePegMeasure,
  scorePhq2Measure,
  scorePhq9Measure,
} from './public-domain';
import type { ItemAnswer, MeasureCode, MeasureScore } from './types';

export interface MeasureItem {
  id: string;
  text: string;
  min: number;
  max: number;
}

export interface MeasureDefinition {
  code: MeasureCode;
  name: string;
  /** Licensed measures ship as scoring only: the clinic loads its licensed item text. */
  licensed: boolean;
  /** The items, for public-domain measures; empty for licensed ones. */
  items: readonly MeasureItem[];
  itemCount: number;
  stem: string | null;
  score: (answers: readonly ItemAnswer[]) => MeasureScore;
  /** Whether a patient may leave items unanswered and still get a score (ODI CR-SCORE-7, NDI CR-SCORE-11). */
  itemsMayBeSkipped: boolean;
  /** Whether the change from baseline to now is a meaningful improvement; null where the reference gives no rule. */
  meaningfulImprovement: ((baseline: number, current: number) => boolean) | null;
  source: string;
}

const NRS_ITEM: MeasureItem = {
  id: 'pain',
  text: 'What number best describes your pain right now? (0 no pain, 10 worst pain imaginable)',
  min: 0,
  max: 10,
};

export const MEASURES: Readonly<Record<MeasureCode, MeasureDefinition>> = {
  nrs: {
    code: 'nrs',
    name: 'Pain rating (0–10)',
    licensed: false,
    items: [NRS_ITEM],
    itemCount: 1,
    stem: null,
    score: scoreNrs,
    itemsMayBeSkipped: false,
    meaningfulImprovement: (b, c) => isMeaningfulPainImprovement(b, c),
    source: cite('CR-SCORE-5'),
  },
  peg: {
    code: 'peg',
    name: 'PEG (pain, enjoyment, general activity)',
    licensed: false,
    items: PEG_ITEMS.map((i) => ({ id: i.id, text: i.text, min: 0, max: 10 })),
    itemCount: 3,
    stem: null,
    score: scorePegMeasure,
    itemsMayBeSkipped: false,
    meaningfulImprovement: null,
    source: cite('CR-SCORE-6'),
  },
  phq2: {
    code: 'phq2',
    name: 'PHQ-2',
    licensed: false,
    items: PHQ9_ITEMS.slice(0, 2).map((text, i) => ({ id: `phq${i + 1}`, text, min: 0, max: 3 })),
    itemCount: 2,
    stem: PHQ_STEM,
    score: scorePhq2Measure,
    itemsMayBeSkipped: false,
    meaningfulImprovement: null,
    source: cite('CR-SCORE-1'),
  },
  phq9: {
    code: 'phq9',
    name: 'PHQ-9',
    licensed: false,
    items: PHQ9_ITEMS.map((text, i) => ({ id: `phq${i + 1}`, text, min: 0, max: 3 })),
    itemCount: 9,
    stem: PHQ_STEM,
    score: scorePhq9Measure,
    itemsMayBeSkipped: false,
    meaningfulImprovement: isMeaningfulPhq9Improvement,
    source: cite('CR-SCORE-2', 'CR-SCORE-14'),
  },
  odi: {
    code: 'odi',
    name: 'Oswestry Disability Index',
    licensed: true,
    items: [],
    itemCount: 10,
    stem: null,
    score: scoreOdi,
    itemsMayBeSkipped: true,
    meaningfulImprovement: isMeaningfulOdiImprovement,
    source: ODI_SOURCE,
  },
  ndi: {
    code: 'ndi',
    name: 'Neck Disability Index',
    licensed: true,
    items: [],
    itemCount: 10,
    stem: null,
    score: scoreNdi,
    itemsMayBeSkipped: true,
    meaningfulImprovement: isMeaningfulNdiImprovement,
    source: NDI_SOURCE,
  },
  hit6: {
    code: 'hit6',
    name: 'HIT-6 Headache Impact Test',
    licensed: true,
    items: [],
    itemCount: 6,
    stem: null,
    score: scoreHit6,
    itemsMayBeSkipped: false,
    meaningfulImprovement: isMeaningfulHit6Improvement,
    source: HIT6_SOURCE,
  },
};

/** Scores a measure's answers (null for an unanswered item). Throws MeasureAnswerError on a bad answer. */
export function scoreMeasure(code: MeasureCode, answers: readonly ItemAnswer[]): MeasureScore {
  return MEASURES[code].score(answers);
}
