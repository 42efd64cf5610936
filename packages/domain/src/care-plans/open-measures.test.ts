import { describe, expect, it } from 'vitest';
import { openMeasures, type OpenMeasuresInput } from './open-measures';

const base: OpenMeasuresInput = {
  due: [{ measure: 'peg', timing: 'baseline' }],
  measures: [{ measure: 'peg', due: ['baseline', 'each_visit'] }],
  nextVisitId: 'v1',
  consultationId: 'c0',
  answers: [],
};

describe('open measures before the next visit', () => {
  it.each<[string, Partial<OpenMeasuresInput>, object[]]>([
    [
      'a baseline not yet given is open for the next visit',
      {},
      [{ measure: 'peg', timing: 'baseline', appointmentId: 'v1' }],
    ],
    ['nothing is open without a next visit', { nextVisitId: null }, []],
    ['an answer for the next visit closes it', { answers: [{ measure: 'peg', appointmentId: 'v1' }] }, []],
    [
      "the consultation's answer (intake) is the baseline: the each-visit answer is open instead",
      { answers: [{ measure: 'peg', appointmentId: 'c0' }] },
      [{ measure: 'peg', timing: 'each_visit', appointmentId: 'v1' }],
    ],
    [
      'a baseline-only measure answered at the consultation is closed',
      {
        answers: [{ measure: 'peg', appointmentId: 'c0' }],
        measures: [{ measure: 'peg', due: ['baseline'] }],
      },
      [],
    ],
    [
      'an answer for another measure or another visit does not close it',
      {
        due: [{ measure: 'nrs', timing: 'each_visit' }],
        answers: [
          { measure: 'peg', appointmentId: 'v1' },
          { measure: 'nrs', appointmentId: 'v0' },
        ],
      },
      [{ measure: 'nrs', timing: 'each_visit', appointmentId: 'v1' }],
    ],
  ])('%s', (_name, change, expected) => {
    expect(openMeasures({ ...base, ...change })).toEqual(expected);
  });
});
