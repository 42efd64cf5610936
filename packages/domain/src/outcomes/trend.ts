/**
 * A measure's trend for charts: its scale, and from the baseline score the band of scores that would be a
 * meaningful improvement (the MCID rule of the measure's catalogue entry). Every measure here is better when lower.
 */
import { MEASURES } from './measures';
import type { MeasureCode } from './types';

export interface MeasureScale {
  min: number;
  max: number;
  /** The smallest step between two scores. */
  step: number;
}

export const MEASURE_SCALES: Readonly<Record<MeasureCode, MeasureScale>> = {
  nrs: { min: 0, max: 10, step: 1 },
  peg: { min: 0, max: 10, step: 0.1 },
  phq2: { min: 0, max: 6, step: 1 },
  phq9: { min: 0, max: 27, step: 1 },
  odi: { min: 0, max: 100, step: 0.1 },
  ndi: { min: 0, max: 50, step: 1 },
  hit6: { min: 36, max: 78, step: 1 },
};

/**
 * The highest score that is a meaningful improvement over `baseline`, or null when the measure has no rule in
 * the reference or no score on its scale would be one (a baseline already at the floor).
 */
export function meaningfulImprovementThreshold(measure: MeasureCode, baseline: number): number | null {
  const rule = MEASURES[measure].meaningfulImprovement;
  if (!rule) return null;
  const { min, step } = MEASURE_SCALES[measure];
  const steps = Math.round((baseline - min) / step);
  for (let i = steps; i >= 0; i--) {
    const value = Math.round((min + i * step) * 10) / 10;
    if (value < baseline && rule(baseline, value)) return value;
  }
  return null;
}
