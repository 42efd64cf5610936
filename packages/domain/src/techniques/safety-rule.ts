/** Shape of one contraindication rule and the technique/region groups the rule tables share (clinical-reference CR-CI-*, CR-HVLA-*, CR-TQ-*, CR-POP-*). */
import type { RegionId } from '../regions';
import type { PatientFactors } from './patient-factors';
import type { TechniqueId } from './technique-ids';

export interface SafetyRule {
  id: string;
  techniques: readonly TechniqueId[] | 'all';
  regions: readonly RegionId[] | 'all';
  applies: (patient: PatientFactors, region: RegionId) => boolean;
  verdict: 'caution' | 'blocked';
  message: string;
  /**
   * `cite(...)` of the rows of docs/clinical-reference.md the rule follows: shown with the message,
   * it names the source and, where the reference marks it, the strength of the evidence.
   */
  source: string;
}

/** Techniques that engage the barrier (thrust, muscle contraction, articulation, stretch) — WHO "direct" group (clinical-reference CR-CI-2). */
export const DIRECT_TECHNIQUES: readonly TechniqueId[] = [
  'hvla',
  'muscle_energy',
  'articulatory',
  'soft_tissue',
  'rib_raising',
];

/** Direct non-thrust techniques: rules for HVLA live in their own table. */
export const DIRECT_NON_THRUST: readonly TechniqueId[] = DIRECT_TECHNIQUES.filter((t) => t !== 'hvla');

/**
 * Techniques that may be applied directly or indirectly (combined, CR-TECH-*). Still is here because
 * CR-HVLA-10 lists it with BLT and counterstrain as an indirect alternative for osteoporosis.
 */
export const MAY_BE_DIRECT: readonly TechniqueId[] = [
  'myofascial_release',
  'diaphragm_release',
  'blt',
  'visceral',
  'cranial',
  'still',
];

export const NECK_REGIONS: readonly RegionId[] = ['cervical', 'head'];

/** True when the region is the recorded fracture site, or when the site is unknown (safer). */
export function isFractureSite(p: PatientFactors, region: RegionId): boolean {
  if (!p.recentFracture) return false;
  const sites = p.fractureRegions ?? [];
  return sites.length === 0 || sites.includes(region);
}

/** Anticoagulated with no recent therapeutic-level check on record (clinical-reference CR-CI-3). */
export function isUncheckedAnticoagulation(p: PatientFactors): boolean {
  return p.anticoagulated && p.anticoagulationLevelCheckedRecently !== true;
}

/** Malignancy recorded as the yes/no factor or as lymphoma/leukaemia in the condition list (clinical-reference CR-HVLA-14). */
export function hasMalignancy(p: PatientFactors): boolean {
  return p.malignancy || p.conditions.includes('lymphoma_or_leukaemia');
}
