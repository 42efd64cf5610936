import { describe, expect, it } from 'vitest';
import { bodyOf, draftOf, newDraft } from './care-plan-draft';

describe('the plan form draft', () => {
  it('starts from the chart problem codes, weekly × 6 with the pain rating at baseline and each visit', () => {
    const d = newDraft(['M54.50']);
    expect(bodyOf(d)).toMatchObject({
      diagnoses: ['M54.50'],
      everyWeeks: 1,
      visits: 6,
      measures: [{ measure: 'nrs', due: ['baseline', 'each_visit'] }],
    });
  });

  it('splits codes on commas and spaces and sends a typed non-number as typed, for the server to name', () => {
    const d = { ...newDraft([]), diagnoses: 'M99.03,  m54.50 ', visits: 'six' };
    expect(bodyOf(d)).toMatchObject({ diagnoses: ['M99.03', 'm54.50'], visits: 'six' });
  });

  it('round-trips a stored version', () => {
    const content = {
      diagnoses: ['M99.03'],
      goals: [{ goal: 'Walk 30 minutes', targetDate: '2026-07-15', met: true }],
      everyWeeks: 2,
      visits: 4,
      techniques: ['soft_tissue' as const],
      measures: [{ measure: 'odi' as const, due: ['baseline' as const, 're_evaluation' as const] }],
      reEvaluationDate: '2026-07-01',
    };
    expect(bodyOf(draftOf(content))).toEqual(content);
  });
});
