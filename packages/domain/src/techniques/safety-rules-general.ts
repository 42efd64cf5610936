/** Contraindications that apply across techniques: consent, cauda equina, fracture, WHO direct list (clinical-reference CR-CI-1 to CR-CI-16, CR-POP-3, CR-POP-6). */
import { cite } from '../clinical-reference';
import { TECHNIQUE_IDS, type TechniqueId } from './technique-ids';
import {
  DIRECT_NON_THRUST,
  DIRECT_TECHNIQUES,
  MAY_BE_DIRECT,
  NECK_REGIONS,
  hasMalignancy,
  isFractureSite,
  isUncheckedAnticoagulation,
  type SafetyRule,
} from './safety-rule';
import { anticoagulationRecencyText } from './anticoagulation-check';

/** Techniques contraindicated at an acute fracture site (clinical-reference CR-CI-14). */
const FRACTURE_BLOCKED: readonly TechniqueId[] = [
  'hvla',
  'muscle_energy',
  'counterstrain',
  'fpr',
  'blt',
  'lymphatic_pump',
  'still',
  'soft_tissue',
  'articulatory',
  'rib_raising',
];
const FRACTURE_CAUTION = TECHNIQUE_IDS.filter((t) => !FRACTURE_BLOCKED.includes(t) && t !== 'cranial');

/** Weeks of pregnancy from which lying on the back is avoided (clinical-reference CR-POP-3). */
export const PREGNANCY_POSITIONING_WEEKS = 20;

export const GENERAL_RULES: readonly SafetyRule[] = [
  {
    id: 'consent_refused',
    techniques: 'all',
    regions: 'all',
    applies: (p) => p.consentRefused === true,
    verdict: 'blocked',
    message: 'Patient refused or has not given informed consent: no technique may be used.',
    source: cite('CR-CI-1'),
  },
  {
    id: 'cauda_equina',
    techniques: 'all',
    regions: 'all',
    applies: (p) => p.caudaEquinaSigns,
    verdict: 'blocked',
    message: 'Cauda equina signs: emergency referral and urgent MRI; OMT on hold.',
    source: cite('CR-CI-16'),
  },
  {
    id: 'fracture_site',
    techniques: FRACTURE_BLOCKED,
    regions: 'all',
    applies: isFractureSite,
    verdict: 'blocked',
    message: 'Acute fracture at this site: technique contraindicated.',
    source: cite('CR-CI-14'),
  },
  {
    id: 'fracture_site_skull_cranial',
    techniques: ['cranial'],
    regions: ['head'],
    applies: isFractureSite,
    verdict: 'blocked',
    message: 'Possible skull fracture: no cranial technique.',
    source: cite('CR-TQ-20'),
  },
  {
    id: 'fracture_site_other',
    techniques: FRACTURE_CAUTION,
    regions: 'all',
    applies: isFractureSite,
    verdict: 'caution',
    message: 'Acute fracture at this site: use only gentle indirect application away from the fracture.',
    source: cite('CR-CI-15'),
  },
  {
    id: 'direct_anticoagulation_unchecked',
    techniques: DIRECT_TECHNIQUES,
    regions: 'all',
    applies: isUncheckedAnticoagulation,
    verdict: 'blocked',
    message: `Anticoagulant therapy without ${anticoagulationRecencyText()}: no direct technique until checked.`,
    source: cite('CR-CI-3', 'CR-POP-7'),
  },
  {
    id: 'direct_anticoagulation_checked',
    techniques: DIRECT_NON_THRUST,
    regions: 'all',
    applies: (p) => p.anticoagulated && !isUncheckedAnticoagulation(p),
    verdict: 'caution',
    message:
      'Anticoagulated with a recent in-range level check: relative contraindication; gentle forces, watch for bruising.',
    source: cite('CR-POP-8'),
  },
  {
    id: 'may_be_direct_anticoagulation',
    techniques: MAY_BE_DIRECT,
    regions: 'all',
    applies: (p) => p.anticoagulated,
    verdict: 'caution',
    message: 'Anticoagulated: apply this technique indirectly only (no direct loading).',
    source: cite('CR-CI-6'),
  },
  {
    id: 'direct_connective_tissue',
    techniques: DIRECT_TECHNIQUES,
    regions: 'all',
    applies: (p) => p.connectiveTissueDisease,
    verdict: 'blocked',
    message: 'Connective-tissue disease compromising tissue integrity: no direct technique.',
    source: cite('CR-CI-4'),
  },
  {
    id: 'may_be_direct_connective_tissue',
    techniques: MAY_BE_DIRECT,
    regions: 'all',
    applies: (p) => p.connectiveTissueDisease,
    verdict: 'caution',
    message: 'Connective-tissue disease: apply this technique indirectly only.',
    source: cite('CR-CI-6'),
  },
  {
    id: 'direct_malignancy',
    techniques: DIRECT_NON_THRUST,
    regions: 'all',
    applies: hasMalignancy,
    verdict: 'blocked',
    message:
      'Malignancy: direct techniques blocked (compromised bone integrity from metastatic disease; neoplasia).',
    source: cite('CR-CI-7'),
  },
  {
    id: 'direct_osteoporosis',
    techniques: DIRECT_NON_THRUST,
    regions: 'all',
    applies: (p) => p.osteoporosis,
    verdict: 'caution',
    message:
      'Osteoporosis/osteopenia: gentle forces only; prefer indirect techniques (BLT, counterstrain, Still).',
    source: cite('CR-CI-8'),
  },
  {
    id: 'direct_circulatory',
    techniques: [...DIRECT_NON_THRUST, ...MAY_BE_DIRECT],
    regions: 'all',
    applies: (p) => p.dvt,
    verdict: 'caution',
    message: 'DVT / circulatory disturbance: avoid loading the affected limb or vessels.',
    source: cite('CR-CI-9'),
  },
  {
    id: 'direct_recent_surgery',
    techniques: DIRECT_NON_THRUST,
    regions: 'all',
    applies: (p) => p.recentSurgery,
    verdict: 'caution',
    message: 'Recent surgery: relative contraindication; avoid the surgical site.',
    source: cite('CR-CI-10'),
  },
  {
    id: 'direct_rheumatoid',
    techniques: DIRECT_NON_THRUST,
    regions: 'all',
    applies: (p) => p.rheumatoidArthritis,
    verdict: 'caution',
    message: 'Rheumatoid arthritis: check joint integrity and stability before direct techniques.',
    source: cite('CR-CI-5'),
  },
  {
    id: 'down_syndrome_neck',
    techniques: [...DIRECT_NON_THRUST, 'counterstrain'],
    regions: NECK_REGIONS,
    applies: (p) => p.downSyndrome,
    verdict: 'caution',
    message: 'Down syndrome: possible atlantoaxial/ligamentous instability in the neck.',
    source: cite('CR-POP-6'),
  },
  {
    id: 'pregnancy_positioning',
    techniques: 'all',
    regions: 'all',
    applies: (p) =>
      p.pregnant && (p.pregnancyWeeks === undefined || p.pregnancyWeeks >= PREGNANCY_POSITIONING_WEEKS),
    verdict: 'caution',
    message:
      'Pregnancy from 20 weeks (or weeks unknown): avoid lying on the back for long; treat side-lying or seated, whichever is most comfortable.',
    source: cite('CR-POP-3'),
  },
];
