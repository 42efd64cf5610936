/**
 * Who a visit type is for (clinical-reference CR-VISIT-1, CR-VISIT-2): an age range on the day of the visit
 * and, for pregnancy OMT, a pregnancy on record. A visit type with no bounds is for everyone.
 */
import { Temporal } from 'temporal-polyfill';
import { parseInstant } from './instant';

export interface VisitEligibility {
  /** Youngest age on the day of the visit, in days; null: no lower bound. */
  minAgeDays: number | null;
  /** Oldest age on the day of the visit, in days (inclusive); null: no upper bound. */
  maxAgeDays: number | null;
  requiresPregnancy: boolean;
}

export interface EligibilityPatient {
  /** Age on the day of the visit, in days. */
  ageDays: number;
  pregnant: boolean;
}

export type EligibilityRefusal = 'too_young' | 'too_old' | 'not_pregnant';

export const EVERYONE: VisitEligibility = { minAgeDays: null, maxAgeDays: null, requiresPregnancy: false };

/** Days in 18 years counted from a birthday (4 or 5 leap days): the last day a child is 17 is ≤ this. */
export const UNDER_18_MAX_AGE_DAYS = 18 * 365 + 3;

/**
 * The patient's age in days on the visit's day as the location's clock reads it: a visit at 20:00 in
 * Phoenix is already the next day in UTC, and a baby who turns the maximum age at local midnight is not.
 */
export function ageOnVisitDay(birthDate: string, visitStart: string, timeZone: string): number {
  const day = parseInstant(visitStart, 'visit start').toZonedDateTimeISO(timeZone).toPlainDate();
  return ageInDays(birthDate, day.toString());
}

/** Whole days from the birth date to `day` (both YYYY-MM-DD). */
export function ageInDays(birthDate: string, day: string): number {
  return Temporal.PlainDate.from(birthDate).until(Temporal.PlainDate.from(day), { largestUnit: 'days' }).days;
}

/** Why the patient may not have this visit type, or null when they may. */
export function visitEligibilityRefusal(
  rule: VisitEligibility,
  patient: EligibilityPatient,
): EligibilityRefusal | null {
  if (rule.minAgeDays !== null && patient.ageDays < rule.minAgeDays) return 'too_young';
  if (rule.maxAgeDays !== null && patient.ageDays > rule.maxAgeDays) return 'too_old';
  if (rule.requiresPregnancy && !patient.pregnant) return 'not_pregnant';
  return null;
}

function ageText(days: number): string {
  if (days < 60) return `${days} days`;
  if (days < 700) return `${Math.round(days / 30.44)} months`;
  return `${Math.round(days / 365.25)} years`;
}

/** The refusal in plain words for staff and patients. */
export function eligibilityRefusalText(rule: VisitEligibility, refusal: EligibilityRefusal): string {
  switch (refusal) {
    case 'too_young':
      return `this visit type is for patients aged ${ageText(rule.minAgeDays ?? 0)} or more on the day of the visit`;
    case 'too_old':
      return `this visit type is for patients younger than ${ageText((rule.maxAgeDays ?? 0) + 1)} on the day of the visit`;
    case 'not_pregnant':
      return 'this visit type is for patients recorded as pregnant';
  }
}
