/** Contraindications that apply across techniques: consent, cauda equina, fracture, WHO direct list (omt-reference §3.1–§3.4). */
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

/** Techniques the reference names as contraindicated at an acute fracture site (§3.4 Fracture; §3.3 Still, soft tissue; §3.2 WHO). */
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

/** Weeks of pregnancy from which positioning is flagged (commonly cited ~20 wk; UNCONFIRMED in §3.4). */
export const PREGNANCY_POSITIONING_WEEKS = 20;

export const GENERAL_RULES: readonly SafetyRule[] = [
  {
    id: 'consent_refused',
    techniques: 'all',
    regions: 'all',
    applies: (p) => p.consentRefused === true,
    verdict: 'blocked',
    message: 'Patient refused or has not given informed consent: no technique may be used.',
    source: 'omt-reference §3.1 bullet 4 [K1]; §0 Consent',
  },
  {
    id: 'cauda_equina',
    techniques: 'all',
    regions: 'all',
    applies: (p) => p.caudaEquinaSigns,
    verdict: 'blocked',
    message: 'Cauda equina signs: emergency referral and urgent MRI; OMT on hold.',
    source:
      'omt-reference §4.1 action mapping [R4][R5][R1]; §3.3 rows HVLA – lumbar [T14], HVLA – thoracic [T15], Articulatory [T10]; §3.2 [K4]',
  },
  {
    id: 'fracture_site',
    techniques: FRACTURE_BLOCKED,
    regions: 'all',
    applies: isFractureSite,
    verdict: 'blocked',
    message: 'Acute fracture at this site: technique contraindicated.',
    source:
      'omt-reference §3.4 row Fracture [T13][T4][T6][T7][T8][T9]; §3.3 rows Still [T22], Soft tissue [T31]; §3.2 WHO acute fracture [K4]',
  },
  {
    id: 'fracture_site_skull_cranial',
    techniques: ['cranial'],
    regions: ['head'],
    applies: isFractureSite,
    verdict: 'blocked',
    message: 'Possible skull fracture: no cranial technique.',
    source: 'omt-reference §3.3 row Cranial (OCF) — UNCONFIRMED',
    unconfirmed: true,
    note: 'Cranial contraindications are UNCONFIRMED; "skull fracture" is listed as commonly cited. Safer rule: block.',
  },
  {
    id: 'fracture_site_other',
    techniques: FRACTURE_CAUTION,
    regions: 'all',
    applies: isFractureSite,
    verdict: 'caution',
    message: 'Acute fracture at this site: use only gentle indirect application away from the fracture.',
    source: 'omt-reference §3.2 WHO acute fracture [K4]; §3.3 rows Cranial, Visceral — UNCONFIRMED',
    unconfirmed: true,
  },
  {
    id: 'direct_anticoagulation_unchecked',
    techniques: DIRECT_TECHNIQUES,
    regions: 'all',
    applies: isUncheckedAnticoagulation,
    verdict: 'blocked',
    message: `Anticoagulant therapy without ${anticoagulationRecencyText()}: no direct technique until checked.`,
    source: 'omt-reference §3.2 systemic, absolute [K3][K4]; §3.4 row Anticoagulation',
  },
  {
    id: 'direct_anticoagulation_checked',
    techniques: DIRECT_NON_THRUST,
    regions: 'all',
    applies: (p) => p.anticoagulated && !isUncheckedAnticoagulation(p),
    verdict: 'caution',
    message:
      'Anticoagulated with a recent in-range level check: relative contraindication; gentle forces, watch for bruising.',
    source: 'omt-reference §3.3 manual-therapy table, relative: anticoagulants [K6]; §3.4 row Anticoagulation',
  },
  {
    id: 'may_be_direct_anticoagulation',
    techniques: MAY_BE_DIRECT,
    regions: 'all',
    applies: (p) => p.anticoagulated,
    verdict: 'caution',
    message: 'Anticoagulated: apply this technique indirectly only (no direct loading).',
    source: 'omt-reference §3.2 [K3][K4]; §3.1 bullet 5 [K2]',
    unconfirmed: true,
    note: 'WHO lists for indirect techniques are UNCONFIRMED (§3.2).',
  },
  {
    id: 'direct_connective_tissue',
    techniques: DIRECT_TECHNIQUES,
    regions: 'all',
    applies: (p) => p.connectiveTissueDisease,
    verdict: 'blocked',
    message: 'Connective-tissue disease compromising tissue integrity: no direct technique.',
    source: 'omt-reference §3.2 systemic, absolute [K3][K4]; §3.3 row HVLA – cervical [T13]',
  },
  {
    id: 'may_be_direct_connective_tissue',
    techniques: MAY_BE_DIRECT,
    regions: 'all',
    applies: (p) => p.connectiveTissueDisease,
    verdict: 'caution',
    message: 'Connective-tissue disease: apply this technique indirectly only.',
    source: 'omt-reference §3.2 [K3]; §3.1 bullet 5 [K2]',
    unconfirmed: true,
    note: 'WHO lists for indirect techniques are UNCONFIRMED (§3.2); caution chosen.',
  },
  {
    id: 'direct_malignancy',
    techniques: DIRECT_NON_THRUST,
    regions: 'all',
    applies: hasMalignancy,
    verdict: 'blocked',
    message:
      'Malignancy: direct techniques blocked (compromised bone integrity from metastatic disease; neoplasia).',
    source:
      'omt-reference §3.2 [K3][K4]; §3.3 rows Articulatory [T10], Soft tissue [T31]; §3.4 row Malignancy',
    unconfirmed: true,
    note: 'WHO category for "neoplasia" is UNCONFIRMED (§3.2); safer rule: block.',
  },
  {
    id: 'direct_osteoporosis',
    techniques: DIRECT_NON_THRUST,
    regions: 'all',
    applies: (p) => p.osteoporosis,
    verdict: 'caution',
    message:
      'Osteoporosis/osteopenia: gentle forces only; prefer indirect techniques (BLT, counterstrain, Still).',
    source: 'omt-reference §3.2 WHO direct list [K4]; §3.4 row Elderly / osteoporosis [T8]',
    unconfirmed: true,
    note: 'WHO category UNCONFIRMED; §3.4 treats non-thrust use as relative, so caution rather than block.',
  },
  {
    id: 'direct_circulatory',
    techniques: [...DIRECT_NON_THRUST, ...MAY_BE_DIRECT],
    regions: 'all',
    applies: (p) => p.dvt,
    verdict: 'caution',
    message: 'DVT / circulatory disturbance: avoid loading the affected limb or vessels.',
    source: 'omt-reference §3.2 WHO "suspected or evident circulatory disturbance" [K4]',
    unconfirmed: true,
    note: 'WHO category UNCONFIRMED (§3.2); caution chosen for direct and may-be-direct techniques.',
  },
  {
    id: 'direct_recent_surgery',
    techniques: DIRECT_NON_THRUST,
    regions: 'all',
    applies: (p) => p.recentSurgery,
    verdict: 'caution',
    message: 'Recent surgery: relative contraindication; avoid the surgical site.',
    source:
      'omt-reference §3.3 row Muscle energy [T4]; §3.2 WHO recent surgery [K4]; §3.4 row Recent surgery',
  },
  {
    id: 'direct_rheumatoid',
    techniques: DIRECT_NON_THRUST,
    regions: 'all',
    applies: (p) => p.rheumatoidArthritis,
    verdict: 'caution',
    message: 'Rheumatoid arthritis: check joint integrity and stability before direct techniques.',
    source: 'omt-reference §3.2 [K3][K4] (rheumatic disease compromising joint integrity)',
  },
  {
    id: 'down_syndrome_neck',
    techniques: [...DIRECT_NON_THRUST, 'counterstrain'],
    regions: NECK_REGIONS,
    applies: (p) => p.downSyndrome,
    verdict: 'caution',
    message: 'Down syndrome: possible atlantoaxial/ligamentous instability in the neck.',
    source:
      'omt-reference §3.3 rows Muscle energy [T4] (cervical instability), Counterstrain [T6] (ligamentous instability); §3.4 row Down syndrome',
  },
  {
    id: 'pregnancy_positioning',
    techniques: 'all',
    regions: 'all',
    applies: (p) =>
      p.pregnant && (p.pregnancyWeeks === undefined || p.pregnancyWeeks >= PREGNANCY_POSITIONING_WEEKS),
    verdict: 'caution',
    message:
      'Pregnancy (≥20 weeks or unknown): avoid prolonged supine positioning; use side-lying or seated.',
    source: 'omt-reference §3.4 row Pregnancy [K7] — trimester rules UNCONFIRMED',
    unconfirmed: true,
  },
];
