/** HVLA rows of omt-reference §3.3 for the catalogued conditions (condition-catalogue.ts), one rule per condition. */
import { conditionRules, type ConditionRow } from './condition-rule';
import { NECK_REGIONS, type SafetyRule } from './safety-rule';

const HVLA = ['hvla'] as const;
const ABSOLUTE = 'absolute contraindication to HVLA (thrust); use another technique';
const RELATIVE = 'relative contraindication to HVLA (thrust); give a reason to proceed';

export const HVLA_CONDITION_ROWS: readonly ConditionRow[] = [
  {
    idPrefix: 'hvla_general',
    source: 'omt-reference §3.3 row HVLA – general [T12] (absolute)',
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
    source: 'omt-reference §3.3 rows HVLA – general [T12] (cardiac disease), HVLA – thoracic [T15] (angina)',
    techniques: HVLA,
    regions: 'all',
    verdict: 'blocked',
    conditions: ['angina', 'recent_mi'],
    meaning: `cardiac disease, ${ABSOLUTE}`,
    note: 'Angina and a recent MI are cardiac disease, absolute in [T12] for every region; [T15] names angina for thoracic HVLA.',
  },
  {
    idPrefix: 'hvla_general_relative',
    source: 'omt-reference §3.3 row HVLA – general [T12] (relative)',
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
    source: 'omt-reference §3.3 row HVLA – cervical [T13] (absolute)',
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
    note: 'Atherosclerosis is encoded as [T13] "vascular disease" (absolute); ankylosing spondylitis is absolute here though relative in [T12] — the stricter cervical row wins in the neck.',
  },
  {
    idPrefix: 'hvla_cervical_relative',
    source: 'omt-reference §3.3 row HVLA – cervical [T13] (relative)',
    techniques: HVLA,
    regions: NECK_REGIONS,
    verdict: 'caution',
    conditions: ['acute_whiplash', 'hypermobility', 'prior_hvla_reaction'],
    meaning: `${RELATIVE} in the neck`,
  },
  {
    idPrefix: 'hvla_thoracic',
    source: 'omt-reference §3.3 row HVLA – thoracic [T15] (absolute)',
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
    source: 'omt-reference §3.3 row HVLA – thoracic [T15] (relative)',
    techniques: HVLA,
    regions: ['thoracic'],
    verdict: 'caution',
    conditions: ['hypermobility', 'severe_kyphoscoliosis', 'prior_hvla_reaction'],
    meaning: `${RELATIVE} to the thoracic spine`,
  },
  {
    idPrefix: 'hvla_lumbar',
    source: 'omt-reference §3.3 row HVLA – lumbar [T14] (absolute: fused joints)',
    techniques: HVLA,
    regions: ['lumbar'],
    verdict: 'blocked',
    conditions: ['fusion'],
    meaning: `${ABSOLUTE} to the lumbar spine`,
  },
  {
    idPrefix: 'hvla_lumbar_relative',
    source:
      'omt-reference §3.3 row HVLA – lumbar [T14] (relative; smoking/oral contraceptive: thrombus risk)',
    techniques: HVLA,
    regions: ['lumbar'],
    verdict: 'caution',
    conditions: ['acute_whiplash', 'smoker', 'oral_contraceptive', 'bleeding_disorder'],
    meaning: `${RELATIVE} to the lumbar spine`,
  },
  {
    idPrefix: 'hvla_ribs_relative',
    source: 'omt-reference §3.3 row HVLA – ribs [T16] (relative)',
    techniques: HVLA,
    regions: ['rib_cage'],
    verdict: 'caution',
    conditions: ['acute_whiplash', 'bleeding_disorder'],
    meaning: `${RELATIVE} to the ribs`,
  },
];

export const HVLA_CONDITION_RULES: readonly SafetyRule[] = HVLA_CONDITION_ROWS.flatMap(conditionRules);
