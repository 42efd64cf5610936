import { describe, expect, it } from 'vitest';
import {
  ageOnVisitDay,
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

describe("ageOnVisitDay: the age on the visit's local day (clinical-reference CR-VISIT-1)", () => {
  // Born 2024-11-30: 730 days old on 2026-11-30, 731 on 2026-12-01.
  // prettier-ignore
  it.each<[string, string, string, number]>([
    ['Phoenix 20:00 is the next day in UTC, still the same local day', '2026-12-01T03:00:00Z', 'America/Phoenix', 730],
    ['Phoenix 23:59 local, the last minute of the day', '2026-12-01T06:59:00Z', 'America/Phoenix', 730],
    ['Phoenix local midnight: the next day', '2026-12-01T07:00:00Z', 'America/Phoenix', 731],
    ['New York 19:30 (EST) is the next day in UTC', '2026-12-01T00:30:00Z', 'America/New_York', 730],
    ['New York morning', '2026-11-30T14:00:00Z', 'America/New_York', 730],
    ['ahead of UTC: Tokyo 08:00 is the day before in UTC', '2026-11-30T23:00:00Z', 'Asia/Tokyo', 731],
    ['an offset instant is read as the same moment', '2026-11-30T20:00:00-07:00', 'America/Phoenix', 730],
  ])('%s', (_name, start, zone, days) => {
    expect(ageOnVisitDay('2024-11-30', start, zone)).toBe(days);
  });

  it('a baby at the maximum age on the local day of a late-evening visit still fits', () => {
    const rule: VisitEligibility = { minAgeDays: null, maxAgeDays: 730, requiresPregnancy: false };
    const ageDays = ageOnVisitDay('2024-11-30', '2026-12-01T03:00:00Z', 'America/Phoenix');
    expect(visitEligibilityRefusal(rule, { ageDays, pregnant: false })).toBeNull();
    const nextDay = ageOnVisitDay('2024-11-30', '2026-12-01T15:00:00Z', 'America/Phoenix');
    expect(visitEligibilityRefusal(rule, { ageDays: nextDay, pregnant: false })).toBe('too_old');
  });
});
