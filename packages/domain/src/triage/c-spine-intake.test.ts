import { describe, expect, it } from 'vitest';
import { screenCSpineAtIntake } from './c-spine-intake';

describe('screenCSpineAtIntake (clinical-reference CR-NECK-6, step 1)', () => {
  it.each([
    ['step 1: dangerous mechanism → image', { dangerous_mechanism: true }, 40, true],
    [
      'step 1: paraesthesias → image',
      { extremity_paraesthesias: true, ambulatory_at_any_time: true },
      40,
      true,
    ],
    ['step 1: age >65 → image', { ambulatory_at_any_time: true }, 66, true],
    [
      'step 2/3 need the exam: low-risk answers alone raise nothing here',
      { simple_rear_end_mvc: true },
      40,
      false,
    ],
    ['no high-risk factor at 65 → nothing at intake', {}, 65, false],
  ])('%s', (_name, answers, ageYears, imaging) => {
    const flags = screenCSpineAtIntake(answers, { ageYears });
    expect(flags.map((f) => f.action)).toEqual(imaging ? ['imaging'] : []);
  });
});
