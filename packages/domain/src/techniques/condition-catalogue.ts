/**
 * Further conditions the technique safety engine reads, beyond the core yes/no factors: the rows of
 * omt-reference §3.2–§3.4 whose conditions the record could not hold before. Data only: code, label,
 * group (for the checklist) and the rows that name it.
 */

export const CONDITION_GROUPS = [
  'spine_and_joints',
  'nerves_and_spinal_cord',
  'heart_vessels_and_blood',
  'infection_and_illness',
  'injury_and_wounds',
  'head',
  'at_this_visit',
] as const;
export type ConditionGroup = (typeof CONDITION_GROUPS)[number];

export const CONDITION_GROUP_LABELS: Record<ConditionGroup, string> = {
  spine_and_joints: 'Spine and joints',
  nerves_and_spinal_cord: 'Nerves and spinal cord',
  heart_vessels_and_blood: 'Heart, vessels and blood',
  infection_and_illness: 'Infection and illness',
  injury_and_wounds: 'Injury and wounds',
  head: 'Head (cranial)',
  at_this_visit: 'At this visit (cleared when the note is signed)',
};

export const CONDITION_CODES = [
  'clinical_instability',
  'dislocation',
  'ligament_rupture',
  'fusion',
  'hypermobility',
  'ankylosing_spondylitis',
  'osteoarthritis',
  'severe_kyphoscoliosis',
  'chiari_malformation',
  'neurological_nerve_damage',
  'spinal_cord_damage',
  'acute_myelopathy',
  'serious_disc_prolapse',
  'herniated_disc',
  'nerve_root_compression',
  'vertigo',
  'cardiac_disease',
  'angina',
  'recent_mi',
  'atherosclerosis',
  'aortic_aneurysm',
  'thrombosis',
  'bleeding_disorder',
  'internal_bleeding',
  'smoker',
  'oral_contraceptive',
  'meningitis',
  'abscess',
  'high_fever_bacterial_infection',
  'lymphoma_or_leukaemia',
  'acute_hepatitis',
  'severe_illness',
  'acute_injury',
  'severe_sprain_strain',
  'acute_whiplash',
  'muscle_tear',
  'open_wound',
  'organ_trauma',
  'acute_abdominal_pain_guarding',
  'acute_intracranial_bleed',
  'raised_icp',
  'pain_prevents_contraction',
  'unable_to_relax',
  'unable_to_give_feedback',
  'full_stomach',
  'prior_hvla_reaction',
] as const;
export type ConditionCode = (typeof CONDITION_CODES)[number];

export interface ConditionInfo {
  label: string;
  group: ConditionGroup;
  /** The omt-reference rows that name this condition. */
  source: string;
}

const T12 = '§3.3 HVLA – general [T12]';

export const CONDITION_CATALOGUE: Record<ConditionCode, ConditionInfo> = {
  clinical_instability: {
    label: 'Clinical or joint instability',
    group: 'spine_and_joints',
    source: `${T12}; HVLA – cervical [T13]; HVLA – lumbar [T14]; Muscle energy [T4]; Counterstrain [T6]`,
  },
  dislocation: {
    label: 'Dislocation',
    group: 'spine_and_joints',
    source: `${T12}; HVLA – cervical [T13]; Muscle energy [T4]; Counterstrain & FPR (thoracic) [T7]`,
  },
  ligament_rupture: {
    label: 'Ligament rupture or torn ligament',
    group: 'spine_and_joints',
    source: '§3.3 HVLA – cervical [T13]; Counterstrain (cervical) [T6]',
  },
  fusion: {
    label: 'Surgical or pathological spinal fusion',
    group: 'spine_and_joints',
    source: '§3.3 HVLA – cervical [T13]; HVLA – lumbar [T14]',
  },
  hypermobility: {
    label: 'Hypermobility syndrome',
    group: 'spine_and_joints',
    source: '§3.3 HVLA – cervical [T13]; HVLA – thoracic [T15]',
  },
  ankylosing_spondylitis: {
    label: 'Ankylosing spondylitis',
    group: 'spine_and_joints',
    source: `${T12}; HVLA – cervical [T13]`,
  },
  osteoarthritis: {
    label: 'Osteoarthritis / degenerative joint disease',
    group: 'spine_and_joints',
    source: `${T12}; HVLA – thoracic [T15]`,
  },
  severe_kyphoscoliosis: {
    label: 'Severe kyphosis or scoliosis',
    group: 'spine_and_joints',
    source: '§3.3 HVLA – thoracic [T15]',
  },
  chiari_malformation: {
    label: 'Chiari malformation',
    group: 'spine_and_joints',
    source: '§3.3 HVLA – cervical [T13]',
  },
  neurological_nerve_damage: {
    label: 'Neurological disorder with nerve damage',
    group: 'nerves_and_spinal_cord',
    source: T12,
  },
  spinal_cord_damage: {
    label: 'Spinal cord damage or compression',
    group: 'nerves_and_spinal_cord',
    source: `${T12}; HVLA – thoracic [T15]`,
  },
  acute_myelopathy: {
    label: 'Acute myelopathy',
    group: 'nerves_and_spinal_cord',
    source: '§3.3 HVLA – cervical [T13]; HVLA – thoracic [T15]',
  },
  serious_disc_prolapse: {
    label: 'Serious disc prolapse (progressive neurological signs)',
    group: 'nerves_and_spinal_cord',
    source: `${T12}; §3.2 WHO acute disc herniation with progressive neurological signs [K4]`,
  },
  herniated_disc: {
    label: 'Herniated disc',
    group: 'nerves_and_spinal_cord',
    source: `${T12}; HVLA – cervical, lumbar, thoracic, ribs [T13][T14][T15][T16]`,
  },
  nerve_root_compression: {
    label: 'Nerve-root compression',
    group: 'nerves_and_spinal_cord',
    source: `${T12}; HVLA – thoracic [T15]`,
  },
  vertigo: {
    label: 'Vertigo or dizziness',
    group: 'nerves_and_spinal_cord',
    source: `${T12}; HVLA – cervical VBI-type symptoms [T13]`,
  },
  cardiac_disease: { label: 'Cardiac disease', group: 'heart_vessels_and_blood', source: T12 },
  angina: {
    label: 'Angina',
    group: 'heart_vessels_and_blood',
    source: `§3.3 HVLA – thoracic [T15]; ${T12} (cardiac disease)`,
  },
  recent_mi: {
    label: 'Recent myocardial infarction',
    group: 'heart_vessels_and_blood',
    source: `§3.3 Muscle energy [T4]; ${T12} (cardiac disease)`,
  },
  atherosclerosis: {
    label: 'Atherosclerosis / vascular disease',
    group: 'heart_vessels_and_blood',
    source: `${T12}; HVLA – cervical (vascular disease) [T13]; HVLA – lumbar [T14]`,
  },
  aortic_aneurysm: {
    label: 'Aortic aneurysm',
    group: 'heart_vessels_and_blood',
    source: '§3.3 HVLA – thoracic [T15]; §3.2 WHO direct list [K4]',
  },
  thrombosis: {
    label: 'Thrombosis or thrombotic event (other than DVT)',
    group: 'heart_vessels_and_blood',
    source: `${T12}; Lymphatic (general) [T9]`,
  },
  bleeding_disorder: {
    label: 'Bleeding disorder or coagulopathy (e.g. haemophilia)',
    group: 'heart_vessels_and_blood',
    source: '§3.2 WHO systemic, absolute [K3]; §3.3 HVLA – lumbar [T14], HVLA – ribs [T16]',
  },
  internal_bleeding: {
    label: 'Internal bleeding',
    group: 'heart_vessels_and_blood',
    source: '§3.3 Muscle energy [T4]',
  },
  smoker: { label: 'Smoker', group: 'heart_vessels_and_blood', source: '§3.3 HVLA – lumbar [T14]' },
  oral_contraceptive: {
    label: 'Takes an oral contraceptive',
    group: 'heart_vessels_and_blood',
    source: '§3.3 HVLA – lumbar [T14]',
  },
  meningitis: { label: 'Meningitis', group: 'infection_and_illness', source: T12 },
  abscess: {
    label: 'Abscess',
    group: 'infection_and_illness',
    source: '§3.3 Lymphatic (general) [T9]; §3.2 WHO haematoma or abscess [K4]',
  },
  high_fever_bacterial_infection: {
    label: 'Bacterial infection with high fever',
    group: 'infection_and_illness',
    source: '§3.3 Lymphatic (general) [T9]',
  },
  lymphoma_or_leukaemia: {
    label: 'Lymphoma or leukaemia',
    group: 'infection_and_illness',
    source: '§3.3 Lymphatic (general) [T9]; §3.4 row Malignancy',
  },
  acute_hepatitis: {
    label: 'Acute hepatitis or friable liver',
    group: 'infection_and_illness',
    source: '§3.3 Lymphatic (general) splenic/liver pump [T9]',
  },
  severe_illness: {
    label: 'Severe illness',
    group: 'infection_and_illness',
    source: '§3.3 Counterstrain (cervical) [T6]',
  },
  acute_injury: {
    label: 'Acute injury or trauma (incl. acute soft-tissue injury)',
    group: 'injury_and_wounds',
    source: '§3.3 HVLA – cervical [T13]; Muscle energy [T4]; Soft tissue [T31]',
  },
  severe_sprain_strain: {
    label: 'Severe sprain or strain',
    group: 'injury_and_wounds',
    source: `${T12}; §3.2 WHO sprained ligaments in the region [K4]`,
  },
  acute_whiplash: {
    label: 'Acute whiplash',
    group: 'injury_and_wounds',
    source: '§3.3 HVLA – cervical, lumbar, ribs [T13][T14][T16]; §3.2 WHO acute whiplash [K4]',
  },
  muscle_tear: { label: 'Muscle tear', group: 'injury_and_wounds', source: '§3.3 Muscle energy [T4]' },
  open_wound: {
    label: 'Open or recent wound (incl. surgical wound)',
    group: 'injury_and_wounds',
    source: '§3.3 Lymphatic [T9], Soft tissue [T31], Still [T22]; §3.2 WHO open wounds [K4]',
  },
  organ_trauma: {
    label: 'Trauma to the liver or spleen',
    group: 'injury_and_wounds',
    source: '§3.3 Lymphatic (general) splenic/liver pump [T9]',
  },
  acute_abdominal_pain_guarding: {
    label: 'Acute abdominal pain with guarding',
    group: 'injury_and_wounds',
    source: '§3.3 HVLA – thoracic [T15]; §3.2 WHO abdominal pain [K4]',
  },
  acute_intracranial_bleed: {
    label: 'Acute intracranial bleed',
    group: 'head',
    source: '§3.3 Cranial (OCF) — UNCONFIRMED; §3.2 WHO acute intracerebral bleeding [K4]',
  },
  raised_icp: {
    label: 'Raised intracranial pressure',
    group: 'head',
    source: '§3.3 Cranial (OCF) — UNCONFIRMED',
  },
  pain_prevents_contraction: {
    label: 'Too much pain to contract the muscle',
    group: 'at_this_visit',
    source: '§3.3 Muscle energy [T4]',
  },
  unable_to_relax: {
    label: 'Tense, hesitant or unable to relax',
    group: 'at_this_visit',
    source: `${T12}; HVLA – lumbar [T14]; Counterstrain (cervical) [T6]`,
  },
  unable_to_give_feedback: {
    label: 'Unable to give feedback during treatment',
    group: 'at_this_visit',
    source: '§3.3 Counterstrain & FPR (thoracic) [T7]',
  },
  full_stomach: {
    label: 'Full stomach',
    group: 'at_this_visit',
    source: '§3.3 Lymphatic (general) doming the diaphragm [T9]',
  },
  prior_hvla_reaction: {
    label: 'Worse after previous manipulation (adverse reaction to HVLA)',
    group: 'spine_and_joints',
    source: '§3.3 HVLA – cervical [T13]; HVLA – thoracic [T15]',
  },
};

/** Type guard so stored or untrusted codes can be narrowed before the safety engine reads them. */
export function isConditionCode(x: unknown): x is ConditionCode {
  return typeof x === 'string' && (CONDITION_CODES as readonly string[]).includes(x);
}

/** The catalogue's codes of one checklist group, in catalogue order. */
export function conditionsInGroup(group: ConditionGroup): ConditionCode[] {
  return CONDITION_CODES.filter((c) => CONDITION_CATALOGUE[c].group === group);
}

/**
 * States of the patient at one visit (a full stomach, too much pain to contract): they hold for that visit's
 * safety checks and are cleared when its note is signed, so they cannot block a later visit unnoticed.
 */
export function isVisitOnlyCondition(code: ConditionCode): boolean {
  return CONDITION_CATALOGUE[code].group === 'at_this_visit';
}

/** The conditions that outlast the visit. */
export function withoutVisitOnlyConditions(codes: readonly ConditionCode[]): ConditionCode[] {
  return codes.filter((c) => !isVisitOnlyCondition(c));
}
