import {
  cite,
  REGION_IDS,
  screenCSpineAtIntake,
  screenHeadacheRedFlags,
  screenInfantRedFlags,
  screenLowBackRedFlags,
  screenNeckRedFlags,
  scorePeg,
  scorePhq2,
  scorePhq9,
  type RedFlag,
  type RegionId,
} from '@omt/domain';
import type { IntakeExtract } from '@omt/fhir';
import type { Intake, IntakeSummary } from '@omt/contracts';

export interface IntakeScores {
  phq2: Intake['phq2'];
  phq9: Intake['phq9'];
  peg: Intake['peg'];
  redFlags: RedFlag[];
  summary: IntakeSummary;
  /** Why a same-visit safety task is needed, or null. */
  safetyReason: string | null;
}

const SAFETY_REASON = `PHQ-9 item 9 (thoughts of self-harm) answered above 0: assess safety at this visit (${cite('CR-SCORE-4')}).`;

/** Runs each red-flag screen the patient was asked; a screen not asked raises nothing. */
function screen(x: IntakeExtract, ageYears: number): RedFlag[] {
  const ctx = { ageYears };
  const f = x.redFlags;
  return [
    ...(f['low-back'] ? screenLowBackRedFlags(f['low-back'], ctx) : []),
    ...(f.neck ? screenNeckRedFlags(f.neck, ctx) : []),
    ...(f['c-spine'] ? screenCSpineAtIntake(f['c-spine'], ctx) : []),
    ...(f.headache ? screenHeadacheRedFlags(f.headache, ctx) : []),
    ...(f.infant ? screenInfantRedFlags(f.infant, ctx) : []),
  ];
}

function summarize(x: IntakeExtract): IntakeSummary {
  return {
    chiefComplaint: x.chiefComplaint,
    regions: x.regions.filter((r): r is RegionId => (REGION_IDS as readonly string[]).includes(r)),
    painScore: x.painNow,
    sleepHours: x.sleepHours,
    sleepQuality: x.sleepQuality,
    activityLevel: x.activityLevel,
    diet: x.diet,
    infantFeeding: x.infant?.feeding ?? null,
    infantCryingHoursPerDay: x.infant?.cryingHours ?? null,
    infantSleepHoursPerDay: x.infant?.sleepHours ?? null,
    pregnant: x.pregnancy?.pregnant ?? null,
    pregnancyWeeks: x.pregnancy?.weeks ?? null,
    pregnancyComplications: x.pregnancy?.complications ?? null,
    pregnancyComplicationDetails: x.pregnancy?.details ?? null,
  };
}

/** Scores a validated intake (PHQ-2/PHQ-9, PEG) and screens it for red flags, so nothing is left to the reader. */
export function scoreIntake(x: IntakeExtract, ageYears: number): IntakeScores {
  const [p1, p2] = x.phq;
  const phq2 = p1 !== undefined && p2 !== undefined ? scorePhq2(p1, p2) : null;
  const phq9 = x.phq.length === 9 ? scorePhq9(x.phq) : null;
  const peg = x.peg ? scorePeg(x.peg) : null;
  return {
    phq2,
    phq9,
    peg,
    redFlags: screen(x, ageYears),
    summary: summarize(x),
    safetyReason: phq9?.item9Positive ? SAFETY_REASON : null,
  };
}
