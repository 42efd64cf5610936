/**
 * Which body regions each technique can be applied to (clinical-reference CR-APPLY-1 to CR-APPLY-8). A pair
 * outside this table is not a treatment that exists (a thrust to the abdomen, cranial technique to a leg), so
 * the safety check and the treatment record refuse it before any contraindication is looked at.
 */
import { cite } from '../clinical-reference';
import { REGION_IDS, type RegionId } from '../regions';
import { TECHNIQUE_IDS, type TechniqueId } from './technique-ids';

export interface TechniqueRegions {
  regions: readonly RegionId[];
  /** `cite(...)` of the clinical-reference row that names the pairing. */
  source: string;
}

const except = (...ids: RegionId[]): RegionId[] => REGION_IDS.filter((r) => !ids.includes(r));

/** Joints and the muscles that move them: the spine, ribs, sacrum, pelvis and limbs; no head, no abdomen. */
const JOINTS = except('head', 'abdomen');

export const TECHNIQUE_REGIONS: Readonly<Record<TechniqueId, TechniqueRegions>> = {
  hvla: { regions: JOINTS, source: cite('CR-APPLY-1') },
  muscle_energy: { regions: JOINTS, source: cite('CR-APPLY-2') },
  counterstrain: { regions: JOINTS, source: cite('CR-APPLY-2') },
  fpr: { regions: JOINTS, source: cite('CR-APPLY-2') },
  blt: { regions: JOINTS, source: cite('CR-APPLY-2') },
  still: { regions: JOINTS, source: cite('CR-APPLY-2') },
  articulatory: { regions: JOINTS, source: cite('CR-APPLY-2') },
  myofascial_release: { regions: REGION_IDS, source: cite('CR-APPLY-3') },
  soft_tissue: { regions: REGION_IDS, source: cite('CR-APPLY-3') },
  cranial: { regions: ['head', 'sacral'], source: cite('CR-APPLY-4') },
  lymphatic_pump: {
    regions: [
      'head',
      'cervical',
      'thoracic',
      'rib_cage',
      'abdomen',
      'upper_extremities',
      'lower_extremities',
    ],
    source: cite('CR-APPLY-5'),
  },
  rib_raising: { regions: ['thoracic', 'rib_cage'], source: cite('CR-APPLY-6') },
  diaphragm_release: {
    regions: ['thoracic', 'rib_cage', 'abdomen'],
    source: cite('CR-APPLY-7'),
  },
  visceral: { regions: ['abdomen', 'pelvic'], source: cite('CR-APPLY-8') },
};

/** True when the technique is one that can be applied to the region at all. */
export function isTechniqueApplicable(technique: TechniqueId, region: RegionId): boolean {
  return TECHNIQUE_REGIONS[technique].regions.includes(region);
}

/** The techniques that can be applied to a region, in catalogue order (what a clinician is offered). */
export function techniquesForRegion(region: RegionId): TechniqueId[] {
  return TECHNIQUE_IDS.filter((t) => isTechniqueApplicable(t, region));
}
