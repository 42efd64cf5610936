/** Patient factors the technique safety engine needs (clinical-reference CR-HVLA-*, CR-TQ-*, CR-POP-*). */
import type { RegionId } from '../regions';
import type { ConditionCode } from './condition-catalogue';

export interface PatientFactors {
  ageDays: number;
  pregnant: boolean;
  pregnancyWeeks?: number;
  osteoporosis: boolean;
  anticoagulated: boolean;
  /** WHO: anticoagulation *without recent evaluation of the therapeutic level* is the direct-technique contraindication (clinical-reference CR-CI-3). Unknown counts as not checked. */
  anticoagulationLevelCheckedRecently?: boolean;
  malignancy: boolean;
  recentFracture: boolean;
  /** Where the recent fracture is; when absent or empty every region is treated as the fracture site (safer). */
  fractureRegions?: RegionId[];
  infection: boolean;
  downSyndrome: boolean;
  rheumatoidArthritis: boolean;
  vertebralArterySymptoms: boolean;
  dvt: boolean;
  recentSurgery: boolean;
  caudaEquinaSigns: boolean;
  connectiveTissueDisease: boolean;
  consentRefused?: boolean;
  /** Further conditions from the catalogue (condition-catalogue.ts), each read by the condition rules. */
  conditions: readonly ConditionCode[];
}

/** A patient with no risk factors recorded, so callers set only what the intake found. */
export function emptyPatientFactors(ageDays: number): PatientFactors {
  return {
    ageDays,
    pregnant: false,
    osteoporosis: false,
    anticoagulated: false,
    malignancy: false,
    recentFracture: false,
    infection: false,
    downSyndrome: false,
    rheumatoidArthritis: false,
    vertebralArterySymptoms: false,
    dvt: false,
    recentSurgery: false,
    caudaEquinaSigns: false,
    connectiveTissueDisease: false,
    conditions: [],
  };
}

const DAYS_PER_YEAR = 365.25;

/** Age in whole years from age in days, for the age-threshold rules. */
export function ageYearsFromDays(ageDays: number): number {
  return Math.floor(ageDays / DAYS_PER_YEAR);
}
