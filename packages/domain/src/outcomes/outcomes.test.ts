/** Table tests of the outcome measures; each table names the clinical-reference row it encodes. */
import { describe, expect, it } from 'vitest';
import {
  isMeaningfulHit6Improvement,
  isMeaningfulNdiImprovement,
  isMeaningfulOdiImprovement,
  MEASURE_CODES,
  MeasureAnswerError,
  MEASURES,
  scoreMeasure,
  type ItemAnswer,
} from './index';

const _ = null;

describe('ODI (clinical-reference CR-SCORE-7, CR-SCORE-8)', () => {
  it.each<[string, ItemAnswer[], number | null, string, string | null]>([
    ['all ten answered: sum × 2', [1, 2, 1, 2, 1, 2, 1, 2, 1, 2], 30, '30 %', 'moderate'],
    [
      'reference example: one section unanswered, 16 of 45',
      [2, 2, 2, 2, 2, 2, 2, 1, 1, _],
      (16 / 45) * 100,
      '35.5 %',
      'moderate',
    ],
    ['two unanswered: 20 of 40', [5, 5, 5, 5, _, _, 0, 0, 0, 0], 50, '50 %', 'severe'],
    ['all zero', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0, '0 %', 'minimal'],
    ['20 % is still minimal', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 20, '20 %', 'minimal'],
    ['11 of 50 = 22 % is moderate', [2, 1, 1, 1, 1, 1, 1, 1, 1, 1], 22, '22 %', 'moderate'],
    ['9 of 40 = 22.5 % is moderate', [2, 1, 1, 1, 1, 1, 1, 1, _, _], 22.5, '22.5 %', 'moderate'],
    ['10 of 45 = 22.2 % is moderate', [1, 1, 1, 1, 1, 1, 1, 1, 2, _], (10 / 45) * 100, '22.2 %', 'moderate'],
    ['61–80 crippled', [4, 4, 4, 3, 3, 3, 3, 3, 3, 4], 68, '68 %', 'crippled'],
    ['81–100 bed-bound', [5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 100, '100 %', 'bed_bound'],
    ['nothing answered gives no score', [_, _, _, _, _, _, _, _, _, _], null, 'No score', null],
  ])('%s', (_name, answers, score, shown, band) => {
    const result = scoreMeasure('odi', answers);
    if (score === null) expect(result.score).toBeNull();
    else expect(result.score).toBeCloseTo(score, 10);
    expect(result.shown).toBe(shown);
    expect(result.band).toBe(band);
  });

  it('says the score is over the answered sections when one is missing', () => {
    const r = scoreMeasure('odi', [2, 2, 2, 2, 2, 2, 2, 1, 1, _]);
    expect(r).toMatchObject({ answered: 9, itemCount: 10, method: 'answered sections only' });
  });
});

describe('ODI meaningful improvement (clinical-reference CR-SCORE-9)', () => {
  it.each([
    [50, 35, true], // 15 points
    [50, 36, false], // 14 points, 28 %
    [34, 24, false], // 10 points but 29.4 %
    [30, 20, true], // 10 points, 33 %
    [20, 12, false], // 8 points = 40 % but below the 10-point measurement error
    [40, 45, false],
  ])('%d → %d: %s', (baseline, current, expected) => {
    expect(isMeaningfulOdiImprovement(baseline, current)).toBe(expected);
  });
});

describe('NDI (clinical-reference CR-SCORE-10, CR-SCORE-11)', () => {
  it.each<[string, ItemAnswer[], number | null, string | null]>([
    ['raw 0–4 none', [0, 1, 0, 1, 0, 1, 0, 0, 1, 0], 4, 'none'],
    ['raw 5 mild', [1, 1, 1, 1, 1, 0, 0, 0, 0, 0], 5, 'mild'],
    ['raw 15 moderate', [2, 2, 2, 2, 2, 1, 1, 1, 1, 1], 15, 'moderate'],
    ['raw 25 severe', [3, 3, 3, 3, 3, 2, 2, 2, 2, 2], 25, 'severe'],
    ['raw 35 complete', [4, 4, 4, 4, 4, 3, 3, 3, 3, 3], 35, 'complete'],
    [
      'driving skipped: mean of the 9 answered added (18 of 9 → 20)',
      [2, 2, 2, 2, 2, 2, 2, _, 2, 2],
      20,
      'moderate',
    ],
    ['two skipped: 13 over 8 items → 16.3', [2, 2, 2, 2, 2, 1, 1, _, _, 1], 16.3, 'moderate'],
    ['nothing answered', [_, _, _, _, _, _, _, _, _, _], null, null],
  ])('%s', (_name, answers, score, band) => {
    const r = scoreMeasure('ndi', answers);
    expect(r.score).toBe(score);
    expect(r.band).toBe(band);
  });

  it('shows the raw score and the percentage and stores the missing-item method', () => {
    const r = scoreMeasure('ndi', [2, 2, 2, 2, 2, 2, 2, _, 2, 2]);
    expect(r.shown).toBe('20 of 50 (40 %)');
    expect(r.method).toBe('unanswered items filled with the mean of the answered items');
  });

  it.each([
    [20, 15, true],
    [20, 16, false],
    [10, 12, false],
  ])('change %d → %d meaningful: %s (5 raw points)', (b, c, want) => {
    expect(isMeaningfulNdiImprovement(b, c)).toBe(want);
  });
});

describe('HIT-6 (clinical-reference CR-SCORE-12, CR-SCORE-13)', () => {
  it.each<[string, ItemAnswer[], number | null, string | null]>([
    ['all Never = 36', [0, 0, 0, 0, 0, 0], 36, 'little_or_none'],
    ['all Always = 78', [4, 4, 4, 4, 4, 4], 78, 'severe'],
    ['6/8/10/11/13 points per choice (6+8+10+11+13+6 = 54)', [0, 1, 2, 3, 4, 0], 54, 'some'],
    ['49 little or none (6+6+8+8+10+11)', [0, 0, 1, 1, 2, 3], 49, 'little_or_none'],
    ['50 some (8×5+10)', [1, 1, 1, 1, 1, 2], 50, 'some'],
    ['55 some (6+8+10+10+10+11)', [0, 1, 2, 2, 2, 3], 55, 'some'],
    ['56 substantial (6+6+11×4)', [0, 0, 3, 3, 3, 3], 56, 'substantial'],
    ['59 substantial (6+8+10+11+11+13)', [0, 1, 2, 3, 3, 4], 59, 'substantial'],
    ['60 severe (6+10+11×4)', [0, 2, 3, 3, 3, 3], 60, 'severe'],
    ['one item missing: no score', [4, 4, 4, 4, 4, _], null, null],
  ])('%s', (_name, answers, score, band) => {
    const r = scoreMeasure('hit6', answers);
    expect(r.score).toBe(score);
    expect(r.band).toBe(band);
  });

  it('says why a missing item gives no score', () => {
    expect(scoreMeasure('hit6', [0, 0, 0, _, 0, 0]).noScoreReason).toMatch(/all six/);
  });

  it.each([
    [64, 58, true],
    [64, 59, false],
  ])('%d → %d meaningful: %s (6 points)', (b, c, want) => {
    expect(isMeaningfulHit6Improvement(b, c)).toBe(want);
  });
});

describe('public-domain measures (clinical-reference CR-SCORE-1, CR-SCORE-2, CR-SCORE-5, CR-SCORE-6, CR-SCORE-14)', () => {
  it.each<[string, 'nrs' | 'peg' | 'phq2' | 'phq9', ItemAnswer[], number | null, string | null]>([
    ['NRS 7', 'nrs', [7], 7, null],
    ['NRS unanswered', 'nrs', [_], null, null],
    ['PEG mean of 3 items', 'peg', [6, 5, 4], 5, null],
    ['PEG with a missing item', 'peg', [6, _, 4], null, null],
    ['PHQ-2 of 3 is positive', 'phq2', [1, 2], 3, 'positive_screen'],
    ['PHQ-2 of 2 is negative', 'phq2', [1, 1], 2, 'negative_screen'],
    ['PHQ-9 10 moderate', 'phq9', [2, 2, 2, 1, 1, 1, 1, 0, 0], 10, 'moderate'],
    ['PHQ-9 20 severe', 'phq9', [3, 3, 3, 3, 2, 2, 2, 2, 0], 20, 'severe'],
    ['PHQ-9 missing item', 'phq9', [3, 3, 3, 3, 2, 2, 2, 2, _], null, null],
  ])('%s', (_name, code, answers, score, band) => {
    const r = scoreMeasure(code, answers);
    expect(r.score).toBe(score);
    expect(r.band).toBe(band);
  });

  it.each<['nrs' | 'phq9', number, number, boolean]>([
    ['nrs', 6, 4, true], // 2 points (MCID)
    ['nrs', 3, 2, true], // 33 %
    ['nrs', 8, 7, false],
    ['phq9', 14, 9, true],
    ['phq9', 14, 10, false],
  ])('%s %d → %d meaningful: %s', (code, b, c, want) => {
    expect(MEASURES[code].meaningfulImprovement?.(b, c)).toBe(want);
  });
});

describe('the catalogue', () => {
  it('ships items for the public-domain measures and scoring only for the licensed ones', () => {
    for (const code of MEASURE_CODES) {
      const m = MEASURES[code];
      if (m.licensed) expect(m.items, code).toEqual([]);
      else expect(m.items.length, code).toBe(m.itemCount);
    }
    expect(MEASURE_CODES.filter((c) => MEASURES[c].licensed)).toEqual(['odi', 'ndi', 'hit6']);
  });

  it('lets items be left unanswered exactly where a score still exists (CR-SCORE-7, CR-SCORE-11, CR-SCORE-12)', () => {
    for (const code of MEASURE_CODES) {
      const m = MEASURES[code];
      if (m.itemCount < 2) continue;
      const oneLeft: ItemAnswer[] = [...Array<ItemAnswer>(m.itemCount - 1).fill(1), null];
      expect([code, m.score(oneLeft).score !== null]).toEqual([code, m.itemsMayBeSkipped]);
    }
    expect(MEASURE_CODES.filter((c) => MEASURES[c].itemsMayBeSkipped)).toEqual(['odi', 'ndi']);
  });

  it.each<[string, 'odi' | 'hit6' | 'peg', ItemAnswer[]]>([
    ['too few answers', 'odi', [1, 2]],
    ['out of range', 'hit6', [0, 0, 0, 0, 0, 5]],
    ['not whole', 'peg', [1, 2.5, 3]],
  ])('refuses %s with the item named', (_name, code, answers) => {
    expect(() => scoreMeasure(code, answers)).toThrow(MeasureAnswerError);
  });
});
