/** HVLA (thrust) contraindications by region and population (omt-reference §3.3 HVLA rows, §3.4). */
import type { RegionId } from '../regions';
import { REGION_IDS } from '../regions';
import { ageYearsFromDays } from './patient-factors';
import { hasMalignancy, type SafetyRule } from './safety-rule';

const HVLA = ['hvla'] as const;
const except = (...ids: RegionId[]): RegionId[] => REGION_IDS.filter((r) => !ids.includes(r));

/** Below this age HVLA is blocked: the reference gives "babies / young children" without a cut-off. */
export const HVLA_YOUNG_CHILD_MAX_YEARS = 6;
export const ADULT_AGE_YEARS = 18;

export const HVLA_RULES: readonly SafetyRule[] = [
  {
    id: 'hvla_infant_young_child',
    techniques: HVLA,
    regions: 'all',
    applies: (p) => ageYearsFromDays(p.ageDays) < HVLA_YOUNG_CHILD_MAX_YEARS,
    verdict: 'blocked',
    message: 'No HVLA (thrust) in infants or young children; use age-appropriate gentle techniques.',
    source: 'omt-reference §3.4 row Infants / young children [K8]; §8 item 4',
    unconfirmed: true,
    note: 'A US "no HVLA in infants" rule is UNCONFIRMED; [K8] says spinal manipulation is not supported for babies/young children. Safer rule: block under 6 years (cut-off chosen here).',
  },
  {
    id: 'hvla_child',
    techniques: HVLA,
    regions: 'all',
    applies: (p) => {
      const age = ageYearsFromDays(p.ageDays);
      return age >= HVLA_YOUNG_CHILD_MAX_YEARS && age < ADULT_AGE_YEARS;
    },
    verdict: 'caution',
    message: 'Child: immature nervous, vascular and joint structures need an age-appropriate approach.',
    source: 'omt-reference §3.4 row Infants / young children [K8]',
  },
  {
    id: 'hvla_pregnancy_lumbar_rib',
    techniques: HVLA,
    regions: ['lumbar', 'rib_cage'],
    applies: (p) => p.pregnant,
    verdict: 'caution',
    message:
      'Pregnancy is a relative contraindication to lumbar and rib HVLA; treat in the most comfortable position (usually supine or side-lying).',
    source: 'omt-reference §3.3 rows HVLA – lumbar [T14], HVLA – ribs [T16]; §3.4 row Pregnancy [K7]',
  },
  {
    id: 'hvla_pregnancy_other',
    techniques: HVLA,
    regions: except('lumbar', 'rib_cage'),
    applies: (p) => p.pregnant,
    verdict: 'caution',
    message:
      'Pregnancy: HVLA is a relative contraindication (stated for lumbar and rib HVLA); use caution in other regions.',
    source: 'omt-reference §3.4 row Pregnancy [T14][T16][K7]',
    unconfirmed: true,
    note: 'The reference names pregnancy only for lumbar and rib HVLA; extended to other regions as a caution.',
  },
  {
    id: 'hvla_osteoporosis_spine',
    techniques: HVLA,
    regions: ['cervical', 'lumbar'],
    applies: (p) => p.osteoporosis,
    verdict: 'blocked',
    message:
      'Osteoporosis is an absolute contraindication to cervical and lumbar HVLA; use indirect techniques (BLT, counterstrain, Still).',
    source:
      'omt-reference §3.3 rows HVLA – cervical [T13], HVLA – lumbar [T14]; §3.4 row Elderly / osteoporosis',
  },
  {
    id: 'hvla_osteoporosis_other',
    techniques: HVLA,
    regions: except('cervical', 'lumbar'),
    applies: (p) => p.osteoporosis,
    verdict: 'blocked',
    message:
      'Osteoporosis: HVLA blocked (fracture-prone bone); use indirect techniques (BLT, counterstrain, Still).',
    source:
      'omt-reference §3.3 rows HVLA – general [T12], HVLA – ribs [T16]; §3.2 WHO direct list [K4]; §3.4 row Elderly / osteoporosis',
    unconfirmed: true,
    note: 'General [T12] and rib [T16] lists call osteoporosis relative; WHO category is UNCONFIRMED (§3.2). Stricter rule chosen, as §3.4 does for Down syndrome.',
  },
  {
    id: 'hvla_anticoagulation_cervical',
    techniques: HVLA,
    regions: ['cervical'],
    applies: (p) => p.anticoagulated,
    verdict: 'blocked',
    message: 'Anticoagulant therapy is an absolute contraindication to cervical HVLA.',
    source: 'omt-reference §3.3 row HVLA – cervical [T13]; §3.4 row Anticoagulation / bleeding disorder',
  },
  {
    id: 'hvla_anticoagulation_other',
    techniques: HVLA,
    regions: except('cervical'),
    applies: (p) => p.anticoagulated,
    verdict: 'caution',
    message: 'Anticoagulant/antiplatelet therapy is a relative contraindication to HVLA outside the neck.',
    source:
      'omt-reference §3.3 rows HVLA – general [T12], HVLA – lumbar [T14], HVLA – ribs [T16]; §3.4 row Anticoagulation',
  },
  {
    id: 'hvla_malignancy',
    techniques: HVLA,
    regions: 'all',
    applies: hasMalignancy,
    verdict: 'blocked',
    message: 'Cancer / bone tumour or metastasis is an absolute contraindication to HVLA.',
    source: 'omt-reference §3.3 rows HVLA – general [T12], cervical [T13], lumbar [T14]; §3.4 row Malignancy',
  },
  {
    id: 'hvla_infection',
    techniques: HVLA,
    regions: 'all',
    applies: (p) => p.infection,
    verdict: 'blocked',
    message: 'Infection / osteomyelitis is an absolute contraindication to HVLA.',
    source:
      'omt-reference §3.3 rows HVLA – cervical [T13], lumbar [T14], general (meningitis) [T12]; §3.4 row Infection',
  },
  {
    id: 'hvla_down_syndrome',
    techniques: HVLA,
    regions: 'all',
    applies: (p) => p.downSyndrome,
    verdict: 'blocked',
    message: 'Down syndrome (atlantoaxial instability, transverse ligament laxity): HVLA blocked.',
    source: 'omt-reference §3.4 row Down syndrome ("use the stricter rule") [T13][T14][T12]',
  },
  {
    id: 'hvla_rheumatoid_spine',
    techniques: HVLA,
    regions: ['cervical', 'lumbar'],
    applies: (p) => p.rheumatoidArthritis,
    verdict: 'blocked',
    message: 'Rheumatoid arthritis: severe RA is an absolute contraindication to cervical and lumbar HVLA.',
    source:
      'omt-reference §3.3 rows HVLA – cervical [T13], HVLA – lumbar [T14]; §3.4 row Rheumatoid arthritis',
    note: 'The reference says "severe" RA; severity is not captured, so any RA blocks (safer).',
  },
  {
    id: 'hvla_rheumatoid_other',
    techniques: HVLA,
    regions: except('cervical', 'lumbar'),
    applies: (p) => p.rheumatoidArthritis,
    verdict: 'caution',
    message: 'Rheumatoid arthritis is a relative contraindication to HVLA in this region.',
    source: 'omt-reference §3.3 row HVLA – ribs [T16]',
  },
  {
    id: 'hvla_vertebral_artery_neck_thoracic',
    techniques: HVLA,
    regions: ['head', 'cervical', 'thoracic'],
    applies: (p) => p.vertebralArterySymptoms,
    verdict: 'blocked',
    message: 'Vertebral-artery / VBI-type symptoms: no cervical or thoracic HVLA.',
    source:
      'omt-reference §3.3 rows HVLA – cervical [T13], HVLA – thoracic [T15]; §3.4 row Vertebral artery insufficiency',
    note: '[T13] lists VBI-type symptoms as relative but vertebral-artery abnormality as absolute; [T15] lists VBI as absolute. Stricter rule chosen.',
  },
  {
    id: 'hvla_vertebral_artery_other',
    techniques: HVLA,
    regions: except('head', 'cervical', 'thoracic'),
    applies: (p) => p.vertebralArterySymptoms,
    verdict: 'caution',
    message: 'Vertebral-artery ischaemia is a relative contraindication to lumbar/rib HVLA.',
    source: 'omt-reference §3.3 rows HVLA – lumbar [T14], HVLA – ribs [T16]',
  },
  {
    id: 'hvla_thrombosis',
    techniques: HVLA,
    regions: 'all',
    applies: (p) => p.dvt,
    verdict: 'blocked',
    message: 'Thrombosis is an absolute contraindication to HVLA.',
    source: 'omt-reference §3.3 row HVLA – general [T12]',
  },
  {
    id: 'hvla_recent_surgery_cervical',
    techniques: HVLA,
    regions: ['cervical'],
    applies: (p) => p.recentSurgery,
    verdict: 'blocked',
    message: 'Recent surgery is an absolute contraindication to cervical HVLA.',
    source: 'omt-reference §3.3 row HVLA – cervical [T13]; §3.4 row Recent surgery',
  },
  {
    id: 'hvla_recent_surgery_other',
    techniques: HVLA,
    regions: except('cervical'),
    applies: (p) => p.recentSurgery,
    verdict: 'caution',
    message: 'Post-surgical patient: HVLA is a relative contraindication.',
    source: 'omt-reference §3.3 rows HVLA – lumbar [T14], HVLA – ribs [T16]; §3.4 row Recent surgery',
  },
];
