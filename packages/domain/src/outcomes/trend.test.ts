import { describe, expect, it } from 'vitest';
import { meaningfulImprovementThreshold } from './trend';

describe('meaningful-improvement threshold from the baseline', () => {
  it.each<[string, Parameters<typeof meaningfulImprovementThreshold>, number | null]>([
    ['NRS 8: two points (CR-SCORE-5)', ['nrs', 8], 6],
    ['NRS 3: 30 % is one point', ['nrs', 3], 2],
    ['NRS 0: nothing lower', ['nrs', 0], null],
    ['PEG: the reference gives no rule', ['peg', 6], null],
    ['PHQ-9 15: five points', ['phq9', 15], 10],
    ['NDI 20: five points', ['ndi', 20], 15],
  ])('%s', (_name, args, expected) => {
    expect(meaningfulImprovementThreshold(...args)).toBe(expected);
  });
});
