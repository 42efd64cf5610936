/** Shared shapes of the outcome measures followed over a plan of care. */

export const MEASURE_CODES = ['nrs', 'peg', 'phq2', 'phq9', 'odi', 'ndi', 'hit6'] as const;
export type MeasureCode = (typeof MEASURE_CODES)[number];

/** One item's answer: its value on the item's scale, or null when the patient left it unanswered. */
export type ItemAnswer = number | null;

export interface MeasureScore {
  measure: MeasureCode;
  /** The total on the measure's own scale; null when the measure gives no score for these answers. */
  score: number | null;
  /** The score as shown to people, e.g. "35.5 %" or "12 of 27"; "No score" when there is none. */
  shown: string;
  /** The band the score falls in (e.g. "moderate"); null when the measure has no bands or no score. */
  band: string | null;
  answered: number;
  itemCount: number;
  /** How a missing item was handled, e.g. "answered sections only"; null when all were answered. */
  method: string | null;
  /** Why there is no score, in words; null when there is one. */
  noScoreReason: string | null;
}

export class MeasureAnswerError extends RangeError {
  constructor(
    message: string,
    readonly item: number | null,
  ) {
    super(message);
  }
}
