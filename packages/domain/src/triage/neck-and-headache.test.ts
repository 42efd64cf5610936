import { describe, it, expect } from 'vitest';
import { applyCanadianCSpineRule, nexusRequiresImaging, type CanadianCSpineInput } from './canadian-c-spine';
import { HEADACHE_RED_FLAG_QUESTIONS, screenHeadacheRedFlags } from './headache-red-flags';
import { NECK_RED_FLAG_QUESTIONS, screenNeckRedFlags } from './neck-red-flags';

const base: CanadianCSpineInput = {
  ageYears: 40,
  dangerousMechanism: false,
  extremityParaesthesias: false,
  simpleRearEndMvc: false,
  sittingPosition: false,
  ambulatoryAtAnyTime: false,
  delayedOnsetNeckPain: false,
  noMidlineTenderness: false,
};

describe('applyCanadianCSpineRule (clinical-reference CR-NECK-6)', () => {
  it.each<[string, Partial<CanadianCSpineInput>, boolean, 1 | 2 | 3]>([
    [
      'step 1: age >65 → image',
      { ageYears: 66, ambulatoryAtAnyTime: true, canRotate45BothWays: true },
      true,
      1,
    ],
    [
      'step 1: age 65 is not high risk',
      { ageYears: 65, ambulatoryAtAnyTime: true, canRotate45BothWays: true },
      false,
      3,
    ],
    [
      'step 1: dangerous mechanism → image',
      { dangerousMechanism: true, sittingPosition: true, canRotate45BothWays: true },
      true,
      1,
    ],
    [
      'step 1: extremity paraesthesia → image',
      { extremityParaesthesias: true, canRotate45BothWays: true },
      true,
      1,
    ],
    ['step 2: no low-risk factor → image', { canRotate45BothWays: true }, true, 2],
    [
      'step 3: simple rear-end MVC + rotates 45° → no imaging',
      { simpleRearEndMvc: true, canRotate45BothWays: true },
      false,
      3,
    ],
    [
      'step 3: delayed onset + rotates → no imaging',
      { delayedOnsetNeckPain: true, canRotate45BothWays: true },
      false,
      3,
    ],
    [
      'step 3: no midline tenderness + unable to rotate → image',
      { noMidlineTenderness: true, canRotate45BothWays: false },
      true,
      3,
    ],
    ['step 3: rotation not assessed → image (safer)', { sittingPosition: true }, true, 3],
  ])('%s', (_name, over, imaging, step) => {
    const result = applyCanadianCSpineRule({ ...base, ...over });
    expect(result.imaging).toBe(imaging);
    expect(result.step).toBe(step);
  });
});

describe('nexusRequiresImaging (clinical-reference CR-NECK-7)', () => {
  const none = {
    midlineTenderness: false,
    focalNeurologicDeficit: false,
    alteredConsciousness: false,
    intoxication: false,
    distractingInjury: false,
  };
  it.each([
    ['NEXUS: all five absent → no imaging', {}, false],
    ['NEXUS: midline tenderness → imaging', { midlineTenderness: true }, true],
    ['NEXUS: intoxication → imaging', { intoxication: true }, true],
    ['NEXUS: distracting injury → imaging', { distractingInjury: true }, true],
  ])('%s', (_name, over, expected) => {
    expect(nexusRequiresImaging({ ...none, ...over })).toBe(expected);
  });
});

describe('screenNeckRedFlags (clinical-reference CR-NECK-1 to CR-NECK-5)', () => {
  it.each([
    [
      'dizziness / double vision → emergency',
      { dizziness_double_vision: true },
      40,
      'neck_vascular_neuro',
      'emergency_referral',
    ],
    ['trauma → hold for Canadian C-spine rule', { significant_trauma: true }, 40, 'neck_trauma', 'omt_hold'],
    ['fever → hold', { fever: true }, 40, 'neck_infection_or_meningism', 'omt_hold'],
    ['cancer history → hold', { cancer_history: true }, 40, 'neck_structural_pathology', 'omt_hold'],
    ['new symptoms over 55 → hold', {}, 56, 'neck_new_symptoms_age', 'omt_hold'],
    ['new symptoms under 20 → hold', {}, 19, 'neck_new_symptoms_age', 'omt_hold'],
  ] as const)('%s', (_name, answers, age, id, action) => {
    const flags = screenNeckRedFlags({ ...answers }, { ageYears: age });
    expect(flags.map((f) => f.id)).toEqual([id]);
    expect(flags[0]?.action).toBe(action);
  });

  it('adult aged 20–55 with no features → no flags; every question triggers something', () => {
    expect(screenNeckRedFlags({}, { ageYears: 40 })).toEqual([]);
    for (const q of NECK_RED_FLAG_QUESTIONS) {
      expect(screenNeckRedFlags({ [q.id]: true }, { ageYears: 40 }).length, q.id).toBeGreaterThan(0);
    }
  });
});

describe('screenHeadacheRedFlags — SNOOP (clinical-reference CR-SNOOP rows)', () => {
  it.each([
    ['S: fever → systemic', { fever_or_unwell: true }, 30, 'snoop_systemic', 'imaging'],
    ['S: pregnancy → systemic', { pregnant: true }, 30, 'snoop_systemic', 'imaging'],
    ['N: neuro symptoms → emergency', { neuro_symptoms: true }, 30, 'snoop_neurologic', 'emergency_referral'],
    ['N: seizure → emergency', { seizure: true }, 30, 'snoop_neurologic', 'emergency_referral'],
    [
      'O: thunderclap → emergency',
      { sudden_severe_onset: true },
      30,
      'snoop_sudden_onset',
      'emergency_referral',
    ],
    ['O: new headache at 50 → older onset', { new_headache: true }, 50, 'snoop_older_onset', 'imaging'],
    ['P: pattern change → imaging', { pattern_change: true }, 30, 'snoop_pattern_change', 'imaging'],
    [
      'P (SNOOP4 P3): Valsalva/exertion → imaging',
      { cough_strain_exertion: true },
      30,
      'snoop_positional_or_valsalva',
      'imaging',
    ],
    ['other: wakes from sleep → imaging', { wakes_from_sleep: true }, 30, 'snoop_other_features', 'imaging'],
    ['other: head trauma → imaging', { head_injury: true }, 30, 'snoop_other_features', 'imaging'],
  ] as const)('%s', (_name, answers, age, id, action) => {
    const flags = screenHeadacheRedFlags({ ...answers }, { ageYears: age });
    expect(flags.map((f) => f.id)).toEqual([id]);
    expect(flags[0]?.action).toBe(action);
  });

  it('O: new headache at 49 is not an older-onset flag', () => {
    expect(screenHeadacheRedFlags({ new_headache: true }, { ageYears: 49 })).toEqual([]);
  });

  it('every question id is unique', () => {
    const ids = HEADACHE_RED_FLAG_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
