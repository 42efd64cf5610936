import { describe, expect, it } from 'vitest';
import { pregnancyFactorsFromIntake, type PregnancyAnswer, type PregnancyFactors } from './pregnancy-factors';

const NONE: PregnancyFactors = { pregnant: false, pregnancyWeeks: null };
const RECORDED: PregnancyFactors = { pregnant: true, pregnancyWeeks: 20 };

describe('pregnancyFactorsFromIntake (clinical-reference CR-POP-3, CR-INTAKE-3)', () => {
  it.each<[string, PregnancyFactors, PregnancyAnswer | null, PregnancyFactors | null]>([
    [
      'Pregnancy: "pregnant, 12 weeks" sets the factors',
      NONE,
      { pregnant: true, weeks: 12 },
      { pregnant: true, pregnancyWeeks: 12 },
    ],
    [
      'Pregnancy: newer weeks replace the recorded weeks',
      RECORDED,
      { pregnant: true, weeks: 24 },
      { pregnant: true, pregnancyWeeks: 24 },
    ],
    ['Pregnancy: same answer as recorded changes nothing', RECORDED, { pregnant: true, weeks: 20 }, null],
    [
      'Pregnancy: unknown weeks keep the recorded weeks',
      { pregnant: false, pregnancyWeeks: null },
      { pregnant: true, weeks: null },
      { pregnant: true, pregnancyWeeks: null },
    ],
    [
      'Pregnancy: "not pregnant" never clears a recorded pregnancy (physician confirms)',
      RECORDED,
      { pregnant: false, weeks: null },
      null,
    ],
    [
      'Pregnancy: "not pregnant" with none recorded changes nothing',
      NONE,
      { pregnant: false, weeks: null },
      null,
    ],
    ['section not asked changes nothing', RECORDED, null, null],
  ])('%s', (_name, current, answer, expected) => {
    expect(pregnancyFactorsFromIntake(current, answer)).toEqual(expected);
  });
});
