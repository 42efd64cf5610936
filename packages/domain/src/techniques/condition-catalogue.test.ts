import { describe, expect, it } from 'vitest';
import { CONDITION_CODES, isVisitOnlyCondition, withoutVisitOnlyConditions } from './condition-catalogue';

describe('visit-only conditions', () => {
  it('are the states of one visit ( Muscle energy, Counterstrain, Lymphatic doming)', () => {
    expect(CONDITION_CODES.filter(isVisitOnlyCondition).sort()).toEqual([
      'full_stomach',
      'pain_prevents_contraction',
      'unable_to_give_feedback',
      'unable_to_relax',
    ]);
  });

  it('drop out when the visit ends; history (an earlier reaction to HVLA) and diseases stay', () => {
    expect(
      withoutVisitOnlyConditions(['full_stomach', 'prior_hvla_reaction', 'meningitis', 'unable_to_relax']),
    ).toEqual(['prior_hvla_reaction', 'meningitis']);
  });
});
