/**
 * PEG-3 pain scale: Pain average, interference with Enjoyment of life, interference with General
 * activity, each 0–10 over the past week; score = mean of the three (0–10). Public domain.
 * Source: Krebs EE et al., "Development and initial validation of the PEG, a three-item scale assessing
 * pain intensity and interference", J Gen Intern Med 2009;24(6):733–738 (clinical-reference CR-SCORE-6).
 */
import { cite } from '../clinical-reference';

export const PEG_SOURCE = cite('CR-SCORE-6');
export const PEG_ITEM_MIN = 0;
export const PEG_ITEM_MAX = 10;

export interface PegScore {
  /** Mean of the three items, rounded to two decimals. */
  score: number;
  items: [number, number, number];
}

/** Scores PEG-3 as the mean of its items so pain and interference can be followed over a plan of care. */
export function scorePeg(items: readonly number[]): PegScore {
  if (items.length !== 3) throw new RangeError(`PEG needs exactly 3 items, got ${items.length}`);
  items.forEach((v, i) => {
    if (!Number.isInteger(v) || v < PEG_ITEM_MIN || v > PEG_ITEM_MAX) {
      throw new RangeError(`PEG item ${i + 1} must be an integer 0–10, got ${String(v)}`);
    }
  });
  const [a, b, c] = items as [number, number, number];
  return { score: Math.round(((a + b + c) / 3) * 100) / 100, items: [a, b, c] };
}
