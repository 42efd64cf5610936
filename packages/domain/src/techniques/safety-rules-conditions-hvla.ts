/** HVLA rows of the clinical reference (CR-HVLA-*) for the catalogued conditions (condition-catalogue.ts), one rule per condition. */
import { cite } from '../clinical-reference';
import { conditionRules, type ConditionRow } from './condition-rule';
import { NECK_REGIONS, type SafetyRule } from './safety-rule';

const HVLA = ['hvla'] as const;
const ABSOLUTE = 'absolute contraindication to HVLA (thrust); use another technique';
const RELATIVE = 'relative contraindication to HVLA (thrust); give a reason to proceed';

export const HVLA_CONDITION_ROWS: readonly ConditionRow[] = [
  {
    idPrefix: 'hvla_general',
    source: cite('CR-HVLA-1'),
    techniques: HVLA,
    regions: 'all',
    verdict: 'blocked',
    conditions: [
      'clinical_instability',
      'meningitis',
      'dislocation',
      'cardiac_disease',
      'thrombosis',
      'neurological_nerve_damage',
      'spinal_cord_damage',
      'serious_disc_prolapse',
    ],
    meaning: ABSOLUTE,
  },
  {
    idPrefix: 'hvla_cardiac',
    source: cite('CR-HVLA-22'),
    techniques: HVLA,
    regions: 'all',
    verdict: 'blocked',
    conditions: ['angina', 'recent_mi'],
    meaning: `cardiac disease, ${ABSOLUTE}`,
  },
  {
    idPrefix: 'hvla_general_relative',
    source: cite('CR-HVLA-2'),
    techniques: HVLA,
    regions: 'all',
    verdict: 'caution',
    conditions: [
      'ankylosing_spondylitis',
      'atherosclerosis',
      'herniated_disc',
      'nerve_root_compression',
      'osteoarthritis',
      'vertigo',
      'severe_sprain_strain',
      'unable_to_relax',
    ],
    meaning: RELATIVE,
  },
  {
    idPrefix: 'hvla_cervical',
    source: cite('CR-HVLA-3'),
    techniques: HVLA,
    regions: NECK_REGIONS,
    verdict: 'blocked',
    conditions: [
      'acute_myelopathy',
      'ankylosing_spondylitis',
      'chiari_malformation',
      'ligament_rupture',
      'fusion',
      'acute_injury',
      'atherosclerosis',
    ],
    meaning: `${ABSOLUTE} in the neck`,
  },
  {
    idPrefix: 'hvla_cervical_relative',
    source: cite('CR-HVLA-4'),
    techniques: HVLA,
    regions: NECK_REGIONS,
    verdict: 'caution',
    conditions: ['acute_whiplash', 'hypermobility', 'prior_hvla_reaction'],
    meaning: `${RELATIVE} in the neck`,
  },
  {
    idPrefix: 'hvla_thoracic',
    source: cite('CR-HVLA-5'),
    techniques: HVLA,
    regions: ['thoracic'],
    verdict: 'blocked',
    conditions: [
      'acute_myelopathy',
      'spinal_cord_damage',
      'nerve_root_compression',
      'aortic_aneurysm',
      'acute_abdominal_pain_guarding',
    ],
    meaning: `${ABSOLUTE} to the thoracic spine`,
  },
  {
    idPrefix: 'hvla_thoracic_relative',
    source: cite('CR-HVLA-6'),
    techniques: HVLA,
    regions: ['thoracic'],
    verdict: 'caution',
    conditions: ['hypermobility', 'severe_kyphoscoliosis', 'prior_hvla_reaction'],
    meaning: `${RELATIVE} to the thoracic spine`,
  },
  {
    idPrefix: 'hvla_lumbar',
    source: cite('CR-HVLA-7'),
    techniques: HVLA,
    regions: ['lumbar'],
    verdict: 'blocked',
    conditions: ['fusion'],
    meaning: `${ABSOLUTE} to the lumbar spine`,
  },
  {
    idPrefix: 'hvla_lumbar_relative',
    source: cite('CR-HVLA-8'),
    techniques: HVLA,
    regions: ['lumbar'],
    verdict: 'caution',
    conditions: ['acute_whiplash', 'smoker', 'oral_contraceptive', 'bleeding_disorder'],
    meaning: `${RELATIVE} to the lumbar spine`,
  },
  {
    idPrefix: 'hvla_ribs_relative',
    source: cite('CR-HVLA-9'),
    techniques: HVLA,
    regions: ['rib_cage'],
    verdict: 'caution',
    conditions: ['acute_whiplash', 'bleeding_disorder'],
    meaning: `${RELATIVE} to the ribs`,
  },
];

export const HVLA_CONDITION_RULES: readonly SafetyRule[] = HVLA_CONDITION_ROWS.flatMap(conditionRules);
