/** Numeric pain rating scale (NPRS 0–10) validation and change (clinical-reference CR-SCORE-5). */
import { cite } from '../clinical-reference';

export const PAIN_SCORE_MIN = 0;
export const PAIN_SCORE_MAX = 10;
export const PAIN_SCORE_SOURCE = cite('CR-SCORE-5');

/** Accepts only whole numbers 0–10 so a typo (e.g. 15 or 3.5) never reaches the chart. */
export function isPainScore(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= PAIN_SCORE_MIN && n <= PAIN_SCORE_MAX;
}

/** NPRS MCID of 2 points (Childs 2005; clinical-reference CR-SCORE-5). */
export const NPRS_MCID = 2;

/** Whether pain fell by 30 % or more of a baseline above 0 (CR-SCORE-5); a baseline of 0 cannot fall. */
export function reachedPainRelief(baseline: number, current: number): boolean {
  if (baseline <= 0) return false;
  // Integers avoid 0.3 × 10 = 3.0000000000000004: (b − c) / b ≥ 3/10 ⇔ 10 (b − c) ≥ 3 b.
  return 10 * (baseline - current) >= 3 * baseline;
}

/** Whether pain fell by the minimal clinically important difference, 2 points on the 0–10 scale (CR-SCORE-5). */
export function reachedPainMcid(baseline: number, current: number): boolean {
  return baseline - current >= NPRS_MCID;
}

/** Whether a drop in pain is clinically important (≥2 points) or ≥30 % ("moderate" in the OMT trial; clinical-reference CR-SCORE-5). */
export function isMeaningfulPainImprovement(baseline: number, current: number): boolean {
  if (!isPainScore(baseline) || !isPainScore(current)) {
    throw new RangeError(`pain scores must be integers 0–10, got ${String(baseline)} and ${String(current)}`);
  }
  return reachedPainMcid(baseline, current) || reachedPainRelief(baseline, current);
}
