import { describe, expect, it } from 'vitest';
import { scorePeg } from './peg';

describe('scorePeg (Krebs 2009: PEG = mean of 3 items, each 0–10; clinical-reference CR-SCORE-6)', () => {
  it.each([
    ['Krebs 2009: all 0 → 0', [0, 0, 0], 0],
    ['Krebs 2009: all 10 → 10 (max)', [10, 10, 10], 10],
    ['Krebs 2009: 6, 5, 4 → mean 5', [6, 5, 4], 5],
    ['Krebs 2009: 7, 5, 4 → mean 5.33 (two decimals)', [7, 5, 4], 5.33],
    ['Krebs 2009: 8, 7, 7 → mean 7.33', [8, 7, 7], 7.33],
    ['Krebs 2009: 1, 0, 0 → mean 0.33', [1, 0, 0], 0.33],
  ])('%s', (_name, items, score) => {
    expect(scorePeg(items)).toEqual({ score, items });
  });

  it.each([
    ['two items', [5, 5]],
    ['four items', [5, 5, 5, 5]],
    ['item above 10', [11, 0, 0]],
    ['negative item', [0, -1, 0]],
    ['fractional item', [0, 0, 2.5]],
    ['NaN', [Number.NaN, 0, 0]],
  ])('throws RangeError for %s', (_name, items) => {
    expect(() => scorePeg(items)).toThrow(RangeError);
  });
});
