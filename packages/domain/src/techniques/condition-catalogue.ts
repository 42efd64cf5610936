/**
 * Further conditions the technique safety engine reads, beyond the core yes/no factors: the conditions
 * named by the contraindication rows of the clinical reference (CR-CI-*, CR-HVLA-*, CR-TQ-*). Data only:
 * code, label, group (for the checklist) and the rows that name it.
 */
import { cite } from '../clinical-reference';

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
  /** `cite(...)` of the clinical-reference rows that name this condition. */
  source: string;
}

export const CONDITION_CATALOGUE: Record<ConditionCode, ConditionInfo> = {
  clinical_instability: {
    label: 'Clinical or joint instability',
    group: 'spine_and_joints',
    source: cite('CR-HVLA-1', 'CR-HVLA-3', 'CR-HVLA-7', 'CR-TQ-2', 'CR-TQ-4'),
  },
  dislocation: {
    label: 'Dislocation',
    group: 'spine_and_joints',
    source: cite('CR-HVLA-1', 'CR-HVLA-3', 'CR-TQ-1', 'CR-TQ-7'),
  },
  ligament_rupture: {
    label: 'Ligament rupture or torn ligament',
    group: 'spine_and_joints',
    source: cite('CR-HVLA-3', 'CR-TQ-3'),
  },
  fusion: {
    label: 'Surgical or pathological spinal fusion',
    group: 'spine_and_joints',
    source: cite('CR-HVLA-3', 'CR-HVLA-7'),
  },
  hypermobility: {
    label: 'Hypermobility syndrome',
    group: 'spine_and_joints',
    source: cite('CR-HVLA-4', 'CR-HVLA-6'),
  },
  ankylosing_spondylitis: {
    label: 'Ankylosing spondylitis',
    group: 'spine_and_joints',
    source: cite('CR-HVLA-2', 'CR-HVLA-3'),
  },
  osteoarthritis: {
    label: 'Osteoarthritis / degenerative joint disease',
    group: 'spine_and_joints',
    source: cite('CR-HVLA-2', 'CR-HVLA-6'),
  },
  severe_kyphoscoliosis: {
    label: 'Severe kyphosis or scoliosis',
    group: 'spine_and_joints',
    source: cite('CR-HVLA-6'),
  },
  chiari_malformation: {
    label: 'Chiari malformation',
    group: 'spine_and_joints',
    source: cite('CR-HVLA-3'),
  },
  neurological_nerve_damage: {
    label: 'Neurological disorder with nerve damage',
    group: 'nerves_and_spinal_cord',
    source: cite('CR-HVLA-1'),
  },
  spinal_cord_damage: {
    label: 'Spinal cord damage or compression',
    group: 'nerves_and_spinal_cord',
    source: cite('CR-HVLA-1', 'CR-HVLA-5'),
  },
  acute_myelopathy: {
    label: 'Acute myelopathy',
    group: 'nerves_and_spinal_cord',
    source: cite('CR-HVLA-3', 'CR-HVLA-5'),
  },
  serious_disc_prolapse: {
    label: 'Serious disc prolapse (progressive neurological signs)',
    group: 'nerves_and_spinal_cord',
    source: cite('CR-HVLA-1', 'CR-CI-11'),
  },
  herniated_disc: {
    label: 'Herniated disc',
    group: 'nerves_and_spinal_cord',
    source: cite('CR-HVLA-2', 'CR-HVLA-4', 'CR-HVLA-6', 'CR-HVLA-8', 'CR-HVLA-9'),
  },
  nerve_root_compression: {
    label: 'Nerve-root compression',
    group: 'nerves_and_spinal_cord',
    source: cite('CR-HVLA-2', 'CR-HVLA-5'),
  },
  vertigo: {
    label: 'Vertigo or dizziness',
    group: 'nerves_and_spinal_cord',
    source: cite('CR-HVLA-2', 'CR-HVLA-4'),
  },
  cardiac_disease: { label: 'Cardiac disease', group: 'heart_vessels_and_blood', source: cite('CR-HVLA-1') },
  angina: {
    label: 'Angina',
    group: 'heart_vessels_and_blood',
    source: cite('CR-HVLA-5', 'CR-HVLA-22'),
  },
  recent_mi: {
    label: 'Recent myocardial infarction',
    group: 'heart_vessels_and_blood',
    source: cite('CR-TQ-2', 'CR-HVLA-22'),
  },
  atherosclerosis: {
    label: 'Atherosclerosis / vascular disease',
    group: 'heart_vessels_and_blood',
    source: cite('CR-HVLA-2', 'CR-HVLA-3', 'CR-HVLA-8'),
  },
  aortic_aneurysm: {
    label: 'Aortic aneurysm',
    group: 'heart_vessels_and_blood',
    source: cite('CR-HVLA-5', 'CR-CI-11'),
  },
  thrombosis: {
    label: 'Thrombosis or thrombotic event (other than DVT)',
    group: 'heart_vessels_and_blood',
    source: cite('CR-HVLA-1', 'CR-TQ-12'),
  },
  bleeding_disorder: {
    label: 'Bleeding disorder or coagulopathy (e.g. haemophilia)',
    group: 'heart_vessels_and_blood',
    source: cite('CR-CI-3', 'CR-HVLA-8', 'CR-HVLA-9'),
  },
  internal_bleeding: {
    label: 'Internal bleeding',
    group: 'heart_vessels_and_blood',
    source: cite('CR-TQ-2'),
  },
  smoker: { label: 'Smoker', group: 'heart_vessels_and_blood', source: cite('CR-HVLA-8') },
  oral_contraceptive: {
    label: 'Takes an oral contraceptive',
    group: 'heart_vessels_and_blood',
    source: cite('CR-HVLA-8'),
  },
  meningitis: { label: 'Meningitis', group: 'infection_and_illness', source: cite('CR-HVLA-1') },
  abscess: {
    label: 'Abscess',
    group: 'infection_and_illness',
    source: cite('CR-TQ-12', 'CR-CI-12'),
  },
  high_fever_bacterial_infection: {
    label: 'Bacterial infection with high fever',
    group: 'infection_and_illness',
    source: cite('CR-TQ-12'),
  },
  lymphoma_or_leukaemia: {
    label: 'Lymphoma or leukaemia',
    group: 'infection_and_illness',
    source: cite('CR-TQ-12', 'CR-TQ-13'),
  },
  acute_hepatitis: {
    label: 'Acute hepatitis or friable liver',
    group: 'infection_and_illness',
    source: cite('CR-TQ-16'),
  },
  severe_illness: {
    label: 'Severe illness',
    group: 'infection_and_illness',
    source: cite('CR-TQ-5'),
  },
  acute_injury: {
    label: 'Acute injury or trauma (incl. acute soft-tissue injury)',
    group: 'injury_and_wounds',
    source: cite('CR-HVLA-3', 'CR-TQ-1', 'CR-TQ-18'),
  },
  severe_sprain_strain: {
    label: 'Severe sprain or strain',
    group: 'injury_and_wounds',
    source: cite('CR-HVLA-2', 'CR-CI-12'),
  },
  acute_whiplash: {
    label: 'Acute whiplash',
    group: 'injury_and_wounds',
    source: cite('CR-HVLA-4', 'CR-HVLA-8', 'CR-HVLA-9', 'CR-CI-13'),
  },
  muscle_tear: { label: 'Muscle tear', group: 'injury_and_wounds', source: cite('CR-TQ-1') },
  open_wound: {
    label: 'Open or recent wound (incl. surgical wound)',
    group: 'injury_and_wounds',
    source: cite('CR-TQ-12', 'CR-TQ-18', 'CR-TQ-19', 'CR-CI-12'),
  },
  organ_trauma: {
    label: 'Trauma to the liver or spleen',
    group: 'injury_and_wounds',
    source: cite('CR-TQ-16'),
  },
  acute_abdominal_pain_guarding: {
    label: 'Acute abdominal pain with guarding',
    group: 'injury_and_wounds',
    source: cite('CR-HVLA-5', 'CR-CI-11'),
  },
  acute_intracranial_bleed: {
    label: 'Acute intracranial bleed',
    group: 'head',
    source: cite('CR-TQ-20', 'CR-CI-11'),
  },
  raised_icp: {
    label: 'Raised intracranial pressure',
    group: 'head',
    source: cite('CR-TQ-20'),
  },
  pain_prevents_contraction: {
    label: 'Too much pain to contract the muscle',
    group: 'at_this_visit',
    source: cite('CR-TQ-1'),
  },
  unable_to_relax: {
    label: 'Tense, hesitant or unable to relax',
    group: 'at_this_visit',
    source: cite('CR-HVLA-2', 'CR-HVLA-8', 'CR-TQ-5'),
  },
  unable_to_give_feedback: {
    label: 'Unable to give feedback during treatment',
    group: 'at_this_visit',
    source: cite('CR-TQ-6'),
  },
  full_stomach: {
    label: 'Full stomach',
    group: 'at_this_visit',
    source: cite('CR-TQ-17'),
  },
  prior_hvla_reaction: {
    label: 'Worse after previous manipulation (adverse reaction to HVLA)',
    group: 'spine_and_joints',
    source: cite('CR-HVLA-4', 'CR-HVLA-6'),
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
