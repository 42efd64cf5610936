import { describe, it, expect } from 'vitest';
import { scorePhq2, scorePhq9, phq9Severity } from './phq';

describe('scorePhq2 (clinical-reference CR-SCORE-1: 0–6, ≥3 positive)', () => {
  it.each([
    ['PHQ-2: 0+0 negative', 0, 0, 0, false],
    ['PHQ-2: 1+1 = 2 negative (below ≥3)', 1, 1, 2, false],
    ['PHQ-2: 2+1 = 3 positive (cut-off)', 2, 1, 3, true],
    ['PHQ-2: 0+3 = 3 positive', 0, 3, 3, true],
    ['PHQ-2: 3+3 = 6 positive (max)', 3, 3, 6, true],
  ])('%s', (_name, a, b, score, positive) => {
    expect(scorePhq2(a, b)).toEqual({ score, positive });
  });

  it.each([
    [-1, 0],
    [4, 0],
    [0, 1.5],
    [Number.NaN, 0],
  ])('throws RangeError for items (%s, %s)', (a, b) => {
    expect(() => scorePhq2(a, b)).toThrow(RangeError);
  });
});

describe('scorePhq9 (clinical-reference CR-SCORE-2)', () => {
  const withTotal = (total: number, item9 = 0): number[] => {
    const items = Array.from({ length: 9 }, () => 0);
    items[8] = item9;
    let rest = total - item9;
    for (let i = 0; i < 8 && rest > 0; i++) {
      const v = Math.min(3, rest);
      items[i] = v;
      rest -= v;
    }
    return items;
  };

  it.each([
    ['PHQ-9 band 0–4 minimal (0)', 0, 'minimal'],
    ['PHQ-9 band 0–4 minimal (4)', 4, 'minimal'],
    ['PHQ-9 band 5–9 mild (5)', 5, 'mild'],
    ['PHQ-9 band 5–9 mild (9)', 9, 'mild'],
    ['PHQ-9 band 10–14 moderate (10)', 10, 'moderate'],
    ['PHQ-9 band 10–14 moderate (14)', 14, 'moderate'],
    ['PHQ-9 band 15–19 moderately severe (15)', 15, 'moderately_severe'],
    ['PHQ-9 band 15–19 moderately severe (19)', 19, 'moderately_severe'],
    ['PHQ-9 band 20–27 severe (20)', 20, 'severe'],
    ['PHQ-9 band 20–27 severe (24, max without item 9)', 24, 'severe'],
  ] as const)('%s', (_name, total, severity) => {
    const result = scorePhq9(withTotal(total));
    expect(result.score).toBe(total);
    expect(result.severity).toBe(severity);
    expect(result.item9Positive).toBe(false);
  });

  it.each([
    ['implementation note: item 9 = 1 → item9Positive even at minimal total', 1, true],
    ['implementation note: item 9 = 3 → item9Positive', 3, true],
    ['implementation note: item 9 = 0 → not positive', 0, false],
  ])('%s', (_name, item9, expected) => {
    const result = scorePhq9(withTotal(item9, item9));
    expect(result.item9Positive).toBe(expected);
    expect(result.score).toBe(item9);
  });

  it('max score 27 is severe', () => {
    expect(scorePhq9(Array.from({ length: 9 }, () => 3))).toEqual({
      score: 27,
      severity: 'severe',
      item9Positive: true,
    });
  });

  it.each([
    ['8 items', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['10 items', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['item out of range', [0, 0, 0, 4, 0, 0, 0, 0, 0]],
    ['negative item', [0, 0, 0, 0, 0, 0, 0, 0, -1]],
  ])('throws RangeError for %s', (_name, items) => {
    expect(() => scorePhq9(items)).toThrow(RangeError);
  });

  it('phq9Severity rejects totals outside 0–27', () => {
    expect(() => phq9Severity(28)).toThrow(RangeError);
  });
});
