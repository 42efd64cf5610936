import { describe, it, expect } from 'vitest';
import { isPainScore, isMeaningfulPainImprovement } from './pain-score';

describe('isPainScore (clinical-reference CR-SCORE-5: 0–10 single 11-point rating)', () => {
  it.each([
    [0, true],
    [5, true],
    [10, true],
    [-1, false],
    [11, false],
    [3.5, false],
    [Number.NaN, false],
    ['5', false],
    [null, false],
  ])('NPRS (CR-SCORE-5): %j → %s', (n, expected) => {
    expect(isPainScore(n)).toBe(expected);
  });
});

describe('isMeaningfulPainImprovement (clinical-reference CR-SCORE-5: 2 points or ≥30 %)', () => {
  it.each([
    ['NPRS MCID 2: 8 → 6 is meaningful', 8, 6, true],
    ['NPRS MCID 2: 8 → 7 is not (1 point, 12.5 %)', 8, 7, false],
    ['≥30 %: 3 → 2 is meaningful (33 %)', 3, 2, true],
    ['no change is not meaningful', 5, 5, false],
    ['worsening is not improvement', 4, 7, false],
  ])('%s', (_name, baseline, current, expected) => {
    expect(isMeaningfulPainImprovement(baseline, current)).toBe(expected);
  });

  it('throws on an invalid score', () => {
    expect(() => isMeaningfulPainImprovement(11, 2)).toThrow(RangeError);
  });
});
