import { describe, expect, it } from 'vitest';
import {
  checkCSpineExamFindings,
  completeCSpineRuleAtExam,
  neckTraumaReported,
  NO_C_SPINE_FINDINGS,
  redFlagsAfterCSpineExam,
  type CSpineExamFindings,
} from './c-spine-exam';
import { screenCSpineAtIntake } from './c-spine-intake';
import { screenNeckRedFlags } from './neck-red-flags';

const NONE: CSpineExamFindings = { ...NO_C_SPINE_FINDINGS };
const ADULT = { ageYears: 40 };

describe('completeCSpineRuleAtExam (clinical-reference CR-NECK-6)', () => {
  it.each<[string, Record<string, boolean> | null, Partial<CSpineExamFindings>, number, boolean, 1 | 2 | 3]>([
    [
      'step 3: low-risk factor and rotates 45° both ways → no imaging',
      {},
      { sittingPosition: true, canRotate45BothWays: true },
      40,
      false,
      3,
    ],
    [
      'step 3: low-risk factor, unable to rotate → image',
      {},
      { noMidlineTenderness: true, canRotate45BothWays: false },
      40,
      true,
      3,
    ],
    [
      'step 3: low-risk factor, rotation not assessed → image (safer)',
      {},
      { ambulatoryAtAnyTime: true },
      40,
      true,
      3,
    ],
    ['step 2: no low-risk factor → image', {}, {}, 40, true, 2],
    [
      'step 2: each low-risk factor permits the ROM test (simple rear-end MVC)',
      null,
      { simpleRearEndMvc: true, canRotate45BothWays: true },
      40,
      false,
      3,
    ],
    [
      'step 2: delayed onset of neck pain',
      {},
      { delayedOnsetNeckPain: true, canRotate45BothWays: true },
      40,
      false,
      3,
    ],
    [
      'step 1: dangerous mechanism from intake → image',
      { dangerous_mechanism: true },
      { sittingPosition: true },
      40,
      true,
      1,
    ],
    [
      'step 1: paraesthesias found at the exam → image',
      {},
      { extremityParaesthesias: true, sittingPosition: true },
      40,
      true,
      1,
    ],
    ['step 1: age over 65 → image', {}, { sittingPosition: true }, 66, true, 1],
    [
      'intake "yes" to a low-risk factor does not count until the physician records it',
      { ambulatory_at_any_time: true },
      {},
      40,
      true,
      2,
    ],
  ])('%s', (_name, intake, findings, ageYears, imaging, step) => {
    const d = completeCSpineRuleAtExam(intake, { ...NONE, ...findings }, { ageYears });
    expect(d).toMatchObject({ imaging, step, source: expect.stringContaining('CR-NECK-6') });
  });
});

describe('checkCSpineExamFindings (: range of motion only after steps 1 and 2)', () => {
  it.each<[string, Record<string, boolean>, Partial<CSpineExamFindings>, boolean]>([
    ['step 2: no low-risk factor but rotation recorded → refused', {}, { canRotate45BothWays: true }, true],
    [
      'step 1: high risk but rotation recorded → refused',
      { dangerous_mechanism: true },
      { sittingPosition: true, canRotate45BothWays: false },
      true,
    ],
    [
      'step 3: low-risk factor and rotation recorded → fine',
      {},
      { sittingPosition: true, canRotate45BothWays: false },
      false,
    ],
    ['rotation not assessed is always fine', { dangerous_mechanism: true }, {}, false],
  ])('%s', (_name, intake, findings, refused) => {
    const problem = checkCSpineExamFindings(intake, { ...NONE, ...findings }, ADULT);
    if (refused)
      expect(problem).toMatchObject({
        field: 'canRotate45BothWays',
        message: expect.stringContaining('CR-NECK-6'),
      });
    else expect(problem).toBeNull();
  });
});

describe('redFlagsAfterCSpineExam (: the exam completes the rule)', () => {
  const trauma = screenNeckRedFlags({ significant_trauma: true, fever: true }, ADULT);
  const highRisk = [...trauma, ...screenCSpineAtIntake({ dangerous_mechanism: true }, ADULT)];
  const ids = (flags: { id: string }[]) => flags.map((f) => f.id).sort();

  it('intake reported trauma: the flags say so until the exam', () => {
    expect(neckTraumaReported(trauma)).toBe(true);
    expect(neckTraumaReported(screenNeckRedFlags({ fever: true }, ADULT))).toBe(false);
    expect(redFlagsAfterCSpineExam(trauma, null)).toEqual(trauma);
  });

  it('step 3 no imaging: the "complete the rule at exam" hold is resolved, other flags stay', () => {
    const d = completeCSpineRuleAtExam(
      {},
      { ...NONE, sittingPosition: true, canRotate45BothWays: true },
      ADULT,
    );
    expect(ids(redFlagsAfterCSpineExam(trauma, d))).toEqual(['neck_infection_or_meningism']);
  });

  it('step 3 imaging: an imaging flag for cervical radiographs / CT replaces the hold', () => {
    const d = completeCSpineRuleAtExam(
      {},
      { ...NONE, sittingPosition: true, canRotate45BothWays: false },
      ADULT,
    );
    const flags = redFlagsAfterCSpineExam(trauma, d);
    expect(ids(flags)).toEqual(['neck_c_spine_imaging', 'neck_infection_or_meningism']);
    expect(flags.find((f) => f.id === 'neck_c_spine_imaging')).toMatchObject({
      action: 'imaging',
      imaging: 'cervical spine radiographs / CT',
      message: expect.stringContaining('Unable to actively rotate'),
    });
  });

  it('step 1 at intake: the intake imaging flag is kept as it was', () => {
    const d = completeCSpineRuleAtExam(
      { dangerous_mechanism: true },
      { ...NONE, sittingPosition: true },
      ADULT,
    );
    const flags = redFlagsAfterCSpineExam(highRisk, d);
    expect(flags.find((f) => f.id === 'neck_c_spine_imaging')).toEqual(
      highRisk.find((f) => f.id === 'neck_c_spine_imaging'),
    );
    expect(ids(flags)).not.toContain('neck_trauma');
  });
});
