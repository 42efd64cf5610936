/** HVLA (thrust) contraindications by region and population (clinical-reference CR-HVLA-*, CR-POP-1 to CR-POP-5). */
import { cite } from '../clinical-reference';
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
    source: cite('CR-POP-4'),
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
    source: cite('CR-POP-5'),
  },
  {
    id: 'hvla_pregnancy_lumbar_rib',
    techniques: HVLA,
    regions: ['lumbar', 'rib_cage'],
    applies: (p) => p.pregnant,
    verdict: 'caution',
    message:
      'Pregnancy is a relative contraindication to lumbar and rib HVLA; position for comfort, side-lying rather than on the back from 20 weeks.',
    source: cite('CR-POP-1', 'CR-POP-3'),
  },
  {
    id: 'hvla_pregnancy_other',
    techniques: HVLA,
    regions: except('lumbar', 'rib_cage'),
    applies: (p) => p.pregnant,
    verdict: 'caution',
    message:
      'Pregnancy: HVLA is a relative contraindication (stated for lumbar and rib HVLA); use caution in other regions.',
    source: cite('CR-POP-2', 'CR-POP-3'),
  },
  {
    id: 'hvla_osteoporosis_spine',
    techniques: HVLA,
    regions: ['cervical', 'lumbar'],
    applies: (p) => p.osteoporosis,
    verdict: 'blocked',
    message:
      'Osteoporosis is an absolute contraindication to cervical and lumbar HVLA; use indirect techniques (BLT, counterstrain, Still).',
    source: cite('CR-HVLA-10'),
  },
  {
    id: 'hvla_osteoporosis_other',
    techniques: HVLA,
    regions: except('cervical', 'lumbar'),
    applies: (p) => p.osteoporosis,
    verdict: 'blocked',
    message:
      'Osteoporosis: HVLA blocked (fracture-prone bone); use indirect techniques (BLT, counterstrain, Still).',
    source: cite('CR-HVLA-11'),
  },
  {
    id: 'hvla_anticoagulation_cervical',
    techniques: HVLA,
    regions: ['cervical'],
    applies: (p) => p.anticoagulated,
    verdict: 'blocked',
    message: 'Anticoagulant therapy is an absolute contraindication to cervical HVLA.',
    source: cite('CR-HVLA-12'),
  },
  {
    id: 'hvla_anticoagulation_other',
    techniques: HVLA,
    regions: except('cervical'),
    applies: (p) => p.anticoagulated,
    verdict: 'caution',
    message: 'Anticoagulant/antiplatelet therapy is a relative contraindication to HVLA outside the neck.',
    source: cite('CR-HVLA-13'),
  },
  {
    id: 'hvla_malignancy',
    techniques: HVLA,
    regions: 'all',
    applies: hasMalignancy,
    verdict: 'blocked',
    message: 'Cancer / bone tumour or metastasis is an absolute contraindication to HVLA.',
    source: cite('CR-HVLA-14'),
  },
  {
    id: 'hvla_infection',
    techniques: HVLA,
    regions: 'all',
    applies: (p) => p.infection,
    verdict: 'blocked',
    message: 'Infection / osteomyelitis is an absolute contraindication to HVLA.',
    source: cite('CR-HVLA-15'),
  },
  {
    id: 'hvla_down_syndrome',
    techniques: HVLA,
    regions: 'all',
    applies: (p) => p.downSyndrome,
    verdict: 'blocked',
    message: 'Down syndrome (atlantoaxial instability, transverse ligament laxity): HVLA blocked.',
    source: cite('CR-HVLA-16'),
  },
  {
    id: 'hvla_rheumatoid_spine',
    techniques: HVLA,
    regions: ['cervical', 'lumbar'],
    applies: (p) => p.rheumatoidArthritis,
    verdict: 'blocked',
    message: 'Rheumatoid arthritis: severe RA is an absolute contraindication to cervical and lumbar HVLA.',
    source: cite('CR-HVLA-17'),
  },
  {
    id: 'hvla_rheumatoid_other',
    techniques: HVLA,
    regions: except('cervical', 'lumbar'),
    applies: (p) => p.rheumatoidArthritis,
    verdict: 'caution',
    message: 'Rheumatoid arthritis is a relative contraindication to HVLA in this region.',
    source: cite('CR-HVLA-18'),
  },
  {
    id: 'hvla_vertebral_artery_neck_thoracic',
    techniques: HVLA,
    regions: ['head', 'cervical', 'thoracic'],
    applies: (p) => p.vertebralArterySymptoms,
    verdict: 'blocked',
    message: 'Vertebral-artery / VBI-type symptoms: no cervical or thoracic HVLA.',
    source: cite('CR-HVLA-19'),
  },
  {
    id: 'hvla_vertebral_artery_other',
    techniques: HVLA,
    regions: except('head', 'cervical', 'thoracic'),
    applies: (p) => p.vertebralArterySymptoms,
    verdict: 'caution',
    message: 'Vertebral-artery ischaemia is a relative contraindication to lumbar/rib HVLA.',
    source: cite('CR-HVLA-20'),
  },
  {
    id: 'hvla_thrombosis',
    techniques: HVLA,
    regions: 'all',
    applies: (p) => p.dvt,
    verdict: 'blocked',
    message: 'Thrombosis is an absolute contraindication to HVLA.',
    source: cite('CR-HVLA-1'),
  },
  {
    id: 'hvla_recent_surgery_cervical',
    techniques: HVLA,
    regions: ['cervical'],
    applies: (p) => p.recentSurgery,
    verdict: 'blocked',
    message: 'Recent surgery is an absolute contraindication to cervical HVLA.',
    source: cite('CR-HVLA-21'),
  },
  {
    id: 'hvla_recent_surgery_other',
    techniques: HVLA,
    regions: except('cervical'),
    applies: (p) => p.recentSurgery,
    verdict: 'caution',
    message: 'Post-surgical patient: HVLA is a relative contraindication.',
    source: cite('CR-HVLA-21'),
  },
];
