import {
  ageInDays,
  checkTechniqueSafety,
  emptyPatientFactors,
  isAnticoagulationCheckCurrent,
  isTechniqueApplicable,
  regionById,
  TECHNIQUE_REGIONS,
  techniqueById,
  type PatientFactors,
  type RegionId,
  type SafetyResult,
  type TechniqueId,
} from '@omt/domain';
import type { PatientRow } from '@omt/db';
import { fail } from '../../errors';
import { parseFactors } from '../patients/presenter';

/** The safety engine's view of a patient on a given day. */
export function patientFactorsOf(patient: PatientRow, today: string): PatientFactors {
  const f = parseFactors(patient.factors_json);
  return {
    ...emptyPatientFactors(ageInDays(patient.birth_date, today)),
    pregnant: f.pregnant,
    ...(f.pregnancyWeeks !== null ? { pregnancyWeeks: f.pregnancyWeeks } : {}),
    osteoporosis: f.osteoporosis,
    anticoagulated: f.anticoagulated,
    anticoagulationLevelCheckedRecently: isAnticoagulationCheckCurrent(f.anticoagulationCheck, today),
    malignancy: f.malignancy,
    recentFracture: f.recentFracture,
    infection: f.infection,
    downSyndrome: f.downSyndrome,
    rheumatoidArthritis: f.rheumatoidArthritis,
    vertebralArterySymptoms: f.vertebralArterySymptoms,
    dvt: f.dvt,
    recentSurgery: f.recentSurgery,
    caudaEquinaSigns: f.caudaEquinaSigns,
    connectiveTissueDisease: f.connectiveTissueDisease,
    conditions: f.conditions,
  };
}

/** Refuses a pair that is not a treatment at all, e.g. a thrust to the abdomen (422 `technique_not_applicable`). */
export function requireApplicable(technique: TechniqueId, region: RegionId): void {
  if (isTechniqueApplicable(technique, region)) return;
  const { name } = techniqueById(technique);
  throw fail.unprocessable(
    'technique_not_applicable',
    `technique: ${name} is not applied to the ${regionById(region).label.toLowerCase()} region (${TECHNIQUE_REGIONS[technique].source})`,
    'technique',
  );
}

/** The verdict for one technique on one region, counting a recorded refusal of consent as absolute. */
export function safetyFor(
  patient: PatientRow,
  today: string,
  technique: TechniqueId,
  region: RegionId,
  consentRefused: boolean,
): SafetyResult {
  requireApplicable(technique, region);
  return checkTechniqueSafety(technique, region, { ...patientFactorsOf(patient, today), consentRefused });
}
