import { describe, expect, it } from 'vitest';
import { planProgress, type PlanProgressInput } from './care-plan';

const base: PlanProgressInput = {
  goals: [
    { goal: 'Walk 30 minutes without pain', targetDate: '2026-07-15', met: false },
    { goal: 'Sleep through the night', targetDate: '2026-07-15', met: true },
  ],
  plannedVisits: 6,
  measures: [
    { measure: 'nrs', due: ['baseline', 'each_visit'] },
    { measure: 'odi', due: ['baseline', 're_evaluation'] },
  ],
  reEvaluationDate: '2026-06-29',
  visits: [],
  today: '2026-06-01',
};
const v = (day: string, done: boolean, counts = true) => ({ day, done, counts });

describe('plan progress', () => {
  it.each<[string, Partial<PlanProgressInput>, object]>([
    [
      'before any visit: baseline measures are due',
      { visits: [v('2026-06-08', false), v('2026-06-15', false)] },
      {
        visitsBooked: 2,
        visitsDone: 0,
        nextVisitDay: '2026-06-08',
        measuresDue: [
          { measure: 'nrs', timing: 'baseline' },
          { measure: 'odi', timing: 'baseline' },
        ],
      },
    ],
    [
      'after a visit: each-visit measures only',
      { visits: [v('2026-06-01', true), v('2026-06-08', false)], today: '2026-06-02' },
      {
        visitsDone: 1,
        nextVisitDay: '2026-06-08',
        measuresDue: [{ measure: 'nrs', timing: 'each_visit' }],
        reEvaluationDue: false,
      },
    ],
    [
      'the next visit on the re-evaluation date: re-evaluation measures too',
      { visits: [v('2026-06-01', true), v('2026-06-29', false)], today: '2026-06-20' },
      {
        nextVisitDay: '2026-06-29',
        reEvaluationDue: true,
        measuresDue: [
          { measure: 'nrs', timing: 'each_visit' },
          { measure: 'odi', timing: 're_evaluation' },
        ],
      },
    ],
    [
      'cancelled visits do not count',
      { visits: [v('2026-06-01', true), v('2026-06-08', false, false)], today: '2026-06-02' },
      { visitsBooked: 1, visitsDone: 1, nextVisitDay: null },
    ],
  ])('%s', (_name, change, expected) => {
    expect(planProgress({ ...base, ...change })).toMatchObject(expected);
  });

  it('counts goals met and visits planned', () => {
    expect(planProgress(base)).toMatchObject({ goalsMet: 1, goalsTotal: 2, visitsPlanned: 6 });
  });
});
