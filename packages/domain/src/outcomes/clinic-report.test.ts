/** Table tests of the outcomes report's rules; each table names the clinical-reference row it encodes. */
import { describe, expect, it } from 'vitest';
import { reachedPainMcid, reachedPainRelief } from '../intake';
import { isAdverseSymptom, isProlongedSoreness, painShares, planCompletion } from './clinic-report';

describe('30 % pain relief and the pain MCID (clinical-reference CR-SCORE-5)', () => {
  it.each<[number, number, boolean, boolean]>([
    // baseline, current, ≥ 30 % relief, ≥ 2-point MCID
    [10, 7, true, true],
    [10, 8, false, true],
    [5, 4, false, false],
    [5, 3, true, true],
    [3, 2, true, false],
    [6, 4, true, true],
    [7, 5, false, true],
    [8, 6, false, true],
    [2, 0, true, true],
    [0, 0, false, false],
    [4, 6, false, false],
  ])('%i → %i: relief %s, MCID %s', (baseline, current, relief, mcid) => {
    expect(reachedPainRelief(baseline, current)).toBe(relief);
    expect(reachedPainMcid(baseline, current)).toBe(mcid);
  });

  it('counts the plans behind each pair of baseline and later pain', () => {
    expect(
      painShares([
        { baseline: 10, current: 7, plans: 3 },
        { baseline: 10, current: 8, plans: 2 },
        { baseline: 5, current: 5, plans: 4 },
      ]),
    ).toEqual({ plans: 9, reachedRelief: 3, reachedMcid: 5 });
    expect(painShares([])).toEqual({ plans: 0, reachedRelief: 0, reachedMcid: 0 });
  });
});

describe('adverse events from check-ins (clinical-reference CR-CHECKIN-7, CR-AFTER-3)', () => {
  it.each<[number, boolean]>([
    [0, false],
    [3, false],
    [4, true],
    [7, true],
  ])('sore for %i days: adverse %s', (days, adverse) => {
    expect(isProlongedSoreness(days)).toBe(adverse);
  });

  it.each<[string, boolean]>([
    ['new_weakness_numbness', true],
    ['pain_worse_or_different', true],
    ['fever', true],
    ['mild_headache_or_tiredness', false],
    ['stiffness', false],
  ])('new symptom %s (CR-CHECKIN-1, CR-CHECKIN-5, CR-CHECKIN-8): adverse %s', (id, adverse) => {
    expect(isAdverseSymptom(id)).toBe(adverse);
  });
});

describe('completed and abandoned plans', () => {
  it.each<[string, string | null, string]>([
    ['active', null, 'active'],
    ['discharged', 'goals_met', 'completed'],
    ['discharged', 'plateau', 'completed'],
    ['discharged', 'referred', 'completed'],
    ['discharged', 'patient_choice', 'abandoned'],
  ])('%s (%s) is %s', (status, reason, completion) => {
    expect(planCompletion(status, reason)).toBe(completion);
  });
});
