import { describe, it, expect } from 'vitest';
import {
  LOW_BACK_RED_FLAG_QUESTIONS,
  LOW_BACK_RED_FLAG_RULES,
  screenLowBackRedFlags,
} from './low-back-red-flags';
import { mostUrgentAction, type RedFlagAction } from './red-flag';

const ADULT = { ageYears: 40 };

describe('screenLowBackRedFlags (clinical-reference CR-LBP rows)', () => {
  it.each<[string, string, number, string, RedFlagAction]>([
    [
      'Neurologic: saddle anaesthesia → cauda equina emergency',
      'saddle_numbness',
      40,
      'cauda_equina',
      'emergency_referral',
    ],
    [
      'Neurologic: new urinary retention/incontinence → cauda equina emergency',
      'bladder_change',
      40,
      'cauda_equina',
      'emergency_referral',
    ],
    [
      'Neurologic: new faecal incontinence → cauda equina emergency',
      'bowel_change',
      40,
      'cauda_equina',
      'emergency_referral',
    ],
    [
      'progressive motor loss → emergency + urgent MRI',
      'leg_weakness_worsening',
      40,
      'progressive_neuro_deficit',
      'emergency_referral',
    ],
    [
      'progressive sensory loss → emergency',
      'leg_numbness_worsening',
      40,
      'progressive_neuro_deficit',
      'emergency_referral',
    ],
    ['history of cancer → MRI', 'cancer_history', 40, 'possible_malignancy', 'imaging'],
    ['unexplained weight loss → MRI', 'weight_loss', 40, 'possible_malignancy', 'imaging'],
    ['fever >100 °F → infection, MRI ± labs', 'fever', 40, 'possible_infection', 'imaging'],
    ['IV drug use → infection', 'injected_drugs', 40, 'possible_infection', 'imaging'],
    ['immunosuppression → infection', 'weak_immune_system', 40, 'possible_infection', 'imaging'],
    [
      'spinal procedure within 12 months → infection',
      'spinal_procedure_12mo',
      40,
      'possible_infection',
      'imaging',
    ],
    ['significant trauma → fracture radiographs/CT', 'major_trauma', 30, 'possible_fracture', 'imaging'],
    ['mild trauma age >50 → fracture', 'minor_trauma', 51, 'possible_fracture', 'imaging'],
    ['prolonged corticosteroids → fracture', 'long_term_steroids', 40, 'possible_fracture', 'imaging'],
    ['osteoporosis → fracture', 'osteoporosis', 40, 'possible_fracture', 'imaging'],
    ['pain worse at rest → imaging', 'night_or_rest_pain', 40, 'rest_or_night_pain', 'imaging'],
    ['paediatric TB exposure → infection', 'tb_exposure', 10, 'possible_infection', 'imaging'],
    [
      'paediatric morning stiffness → OMT hold',
      'morning_stiffness',
      12,
      'paediatric_inflammatory',
      'omt_hold',
    ],
    [
      'paediatric hyperextension sport → OMT hold',
      'hyperextension_sport',
      14,
      'paediatric_spondylolysis',
      'omt_hold',
    ],
  ])('%s', (_name, question, age, flagId, action) => {
    const flags = screenLowBackRedFlags({ [question]: true }, { ageYears: age });
    expect(flags.map((f) => f.id)).toEqual([flagId]);
    expect(flags[0]?.action).toBe(action);
  });

  it.each([
    ['mild trauma at 50 is not a fracture flag (>50)', { minor_trauma: true }, 50, []],
    ['age >70 alone → fracture flag', {}, 71, ['possible_fracture']],
    ['age 70 alone → no flag', {}, 70, []],
    ['age <4 → paediatric hold', {}, 3, ['paediatric_young_age']],
    ['paediatric questions ignored for adults', { tb_exposure: true, morning_stiffness: true }, 30, []],
    ['no red flags → empty (no routine imaging)', { saddle_numbness: false, fever: false }, 40, []],
  ] as const)('%s', (_name, answers, age, ids) => {
    expect(screenLowBackRedFlags({ ...answers }, { ageYears: age }).map((f) => f.id)).toEqual([...ids]);
  });

  it('cauda equina flag asks for urgent MRI', () => {
    const [flag] = screenLowBackRedFlags({ bladder_change: true }, ADULT);
    expect(flag?.imaging).toBe('urgent MRI');
  });

  it('several flags: most urgent action is emergency referral', () => {
    const flags = screenLowBackRedFlags({ fever: true, saddle_numbness: true, major_trauma: true }, ADULT);
    expect(flags).toHaveLength(3);
    expect(mostUrgentAction(flags)).toBe('emergency_referral');
    expect(mostUrgentAction([])).toBeNull();
  });

  it('unknown answer ids are ignored and flags omit the rule predicate', () => {
    const flags = screenLowBackRedFlags({ not_a_question: true, cancer_history: true }, ADULT);
    expect(flags).toHaveLength(1);
    expect(flags[0]).not.toHaveProperty('when');
  });

  it('rejects an invalid age', () => {
    expect(() => screenLowBackRedFlags({}, { ageYears: Number.NaN })).toThrow(RangeError);
  });

  it('every question is used by a rule and every rule cites a CR-LBP row', () => {
    const ids = LOW_BACK_RED_FLAG_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const age = LOW_BACK_RED_FLAG_QUESTIONS.find((q) => q.id === id)?.childOnly === true ? 10 : 60;
      expect(screenLowBackRedFlags({ [id]: true }, { ageYears: age }).length, id).toBeGreaterThan(0);
    }
    for (const rule of LOW_BACK_RED_FLAG_RULES) expect(rule.source).toMatch(/CR-LBP-\d+/);
  });
});
