import { describe, expect, it } from 'vitest';
import {
  eligibilityRefusalText,
  EVERYONE,
  UNDER_18_MAX_AGE_DAYS,
  visitEligibilityRefusal,
  type EligibilityPatient,
  type EligibilityRefusal,
  type VisitEligibility,
} from './visit-eligibility';

const CHILD: VisitEligibility = {
  minAgeDays: 0,
  maxAgeDays: UNDER_18_MAX_AGE_DAYS,
  requiresPregnancy: false,
};
const PREGNANCY: VisitEligibility = { minAgeDays: null, maxAgeDays: null, requiresPregnancy: true };
const OVER_2: VisitEligibility = { minAgeDays: 730, maxAgeDays: null, requiresPregnancy: false };
const adult = (over: Partial<EligibilityPatient> = {}) => ({ ageDays: 30 * 365, pregnant: false, ...over });

describe('visitEligibilityRefusal (clinical-reference CR-VISIT-1, CR-VISIT-2)', () => {
  // prettier-ignore
  it.each<[string, VisitEligibility, EligibilityPatient, EligibilityRefusal | null]>([
    ['no bounds: anyone', EVERYONE, adult(), null],
    ['no bounds: a newborn', EVERYONE, { ageDays: 3, pregnant: false }, null],
    ['child OMT: a 10-week-old infant', CHILD, { ageDays: 70, pregnant: false }, null],
    ['child OMT: a 17-year-old (last counted day)', CHILD, { ageDays: UNDER_18_MAX_AGE_DAYS, pregnant: false }, null],
    ['child OMT: an 18-year-old', CHILD, { ageDays: UNDER_18_MAX_AGE_DAYS + 2, pregnant: false }, 'too_old'],
    ['child OMT: an adult', CHILD, adult(), 'too_old'],
    ['pregnancy OMT: recorded pregnant', PREGNANCY, adult({ pregnant: true }), null],
    ['pregnancy OMT: not recorded pregnant', PREGNANCY, adult(), 'not_pregnant'],
    ['pregnancy OMT: an infant', PREGNANCY, { ageDays: 70, pregnant: false }, 'not_pregnant'],
    ['minimum age: too young', OVER_2, { ageDays: 729, pregnant: false }, 'too_young'],
    ['minimum age: on the day', OVER_2, { ageDays: 730, pregnant: false }, null],
  ])('%s', (_name, rule, patient, refusal) => {
    expect(visitEligibilityRefusal(rule, patient)).toBe(refusal);
  });

  it('says the refusal in plain words', () => {
    expect(eligibilityRefusalText(PREGNANCY, 'not_pregnant')).toBe(
      'this visit type is for patients recorded as pregnant',
    );
    expect(eligibilityRefusalText(CHILD, 'too_old')).toContain('younger than 18 years');
    expect(eligibilityRefusalText(OVER_2, 'too_young')).toContain('2 years or more');
  });
});
