/**
 * Which intake sections a patient is asked, by age and sex at birth, with population sections for
 * infants and pregnancy (clinical-reference CR-INTAKE-1 to CR-INTAKE-3); each age limit below gives its reason.
 */
import { CHILD_MAX_AGE_YEARS } from '../triage/red-flag';

export interface IntakePatient {
  ageYears: number;
  sex: string;
}

export interface IntakeSections {
  /** Pain NRS, PEG-3, sleep/activity/diet: self-report an infant's parent cannot give. */
  selfReport: boolean;
  /** PEG-3 was developed and validated in adult primary care (Krebs 2009). */
  peg: boolean;
  /** PHQ-2/PHQ-9: adults and adolescents (PHQ-9A, clinical-reference CR-SCORE-3). */
  mentalHealth: boolean;
  infant: boolean;
  pregnancy: boolean;
  /** Children get the paediatric red-flag questions (clinical-reference CR-LBP-7). */
  child: boolean;
  /**
   * The back, neck and headache red-flag screens ask the patient about their own symptoms (cancer history,
   * headache, pregnancy): not for an infant, whose parent gets the infant red flags instead (clinical-reference CR-INFANT-5).
   */
  regionRedFlags: boolean;
  infantRedFlags: boolean;
}

/** Under 2 years: the infant section (feeding, crying, sleep) replaces adult self-report. */
export const INFANT_MAX_AGE_YEARS = 2;
/** PHQ from 12: the adolescent PHQ-9A uses the same bands (clinical-reference CR-SCORE-3). */
export const PHQ_MIN_AGE_YEARS = 12;
export const PEG_MIN_AGE_YEARS = 18;
/** Pregnancy questions for female patients 12–55 (the brief's "could be pregnant" range). */
export const PREGNANCY_AGE_RANGE = { min: 12, max: 55 } as const;

/** Decides the sections to ask so nobody gets questions that cannot apply to them. */
export function intakeSectionsFor(p: IntakePatient): IntakeSections {
  if (!Number.isFinite(p.ageYears) || p.ageYears < 0) {
    throw new RangeError(`ageYears must be a non-negative number, got ${String(p.ageYears)}`);
  }
  const infant = p.ageYears < INFANT_MAX_AGE_YEARS;
  return {
    selfReport: !infant,
    peg: p.ageYears >= PEG_MIN_AGE_YEARS,
    mentalHealth: p.ageYears >= PHQ_MIN_AGE_YEARS,
    infant,
    pregnancy:
      p.sex === 'female' && p.ageYears >= PREGNANCY_AGE_RANGE.min && p.ageYears <= PREGNANCY_AGE_RANGE.max,
    child: p.ageYears < CHILD_MAX_AGE_YEARS,
    regionRedFlags: !infant,
    infantRedFlags: infant,
  };
}
