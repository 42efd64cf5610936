import { describe, it, expect } from 'vitest';
import type { RegionId } from '../regions';
import { checkTechniqueSafety, type SafetyVerdict } from './check-technique-safety';
import {
  CONDITION_CATALOGUE,
  CONDITION_CODES,
  CONDITION_GROUPS,
  type ConditionCode,
} from './condition-catalogue';
import { emptyPatientFactors } from './patient-factors';
import { HVLA_CONDITION_ROWS, HVLA_CONDITION_RULES } from './safety-rules-conditions-hvla';
import { TECHNIQUE_CONDITION_ROWS, TECHNIQUE_CONDITION_RULES } from './safety-rules-conditions-technique';
import type { TechniqueId } from './technique-ids';

const check = (t: TechniqueId, r: RegionId, ...conditions: ConditionCode[]) =>
  checkTechniqueSafety(t, r, { ...emptyPatientFactors(40 * 365), conditions });

type Row = [string, TechniqueId, RegionId, ConditionCode, SafetyVerdict, string];

describe('recorded conditions (clinical-reference CR-CI, CR-HVLA, CR-TQ rows)', () => {
  // prettier-ignore
  it.each<Row>([
    ['HVLA – general absolute: clinical instability → blocked', 'hvla', 'lumbar', 'clinical_instability', 'blocked', 'hvla_general_clinical_instability'],
    ['HVLA – general absolute: meningitis → blocked', 'hvla', 'thoracic', 'meningitis', 'blocked', 'hvla_general_meningitis'],
    ['HVLA – general absolute: dislocation → blocked', 'hvla', 'upper_extremities', 'dislocation', 'blocked', 'hvla_general_dislocation'],
    ['HVLA – general absolute: cardiac disease → blocked', 'hvla', 'rib_cage', 'cardiac_disease', 'blocked', 'hvla_general_cardiac_disease'],
    ['HVLA – general absolute: thrombosis → blocked', 'hvla', 'lumbar', 'thrombosis', 'blocked', 'hvla_general_thrombosis'],
    ['HVLA – general absolute: neurological disorder with nerve damage → blocked', 'hvla', 'cervical', 'neurological_nerve_damage', 'blocked', 'hvla_general_neurological_nerve_damage'],
    ['HVLA – general absolute: spinal cord damage → blocked', 'hvla', 'lumbar', 'spinal_cord_damage', 'blocked', 'hvla_general_spinal_cord_damage'],
    ['HVLA – general absolute: serious disc prolapse → blocked', 'hvla', 'lumbar', 'serious_disc_prolapse', 'blocked', 'hvla_general_serious_disc_prolapse'],
    ['HVLA – general cardiac disease / HVLA – thoracic: angina → blocked', 'hvla', 'thoracic', 'angina', 'blocked', 'hvla_cardiac_angina'],
    ['HVLA – general cardiac disease: recent MI → blocked', 'hvla', 'lumbar', 'recent_mi', 'blocked', 'hvla_cardiac_recent_mi'],
    ['HVLA – general relative: ankylosing spondylitis (lumbar) → caution', 'hvla', 'lumbar', 'ankylosing_spondylitis', 'caution', 'hvla_general_relative_ankylosing_spondylitis'],
    ['HVLA – general relative: atherosclerosis (lumbar) → caution', 'hvla', 'lumbar', 'atherosclerosis', 'caution', 'hvla_general_relative_atherosclerosis'],
    ['HVLA – general relative: herniated disc → caution', 'hvla', 'lumbar', 'herniated_disc', 'caution', 'hvla_general_relative_herniated_disc'],
    ['HVLA – general relative: nerve-root compression (lumbar) → caution', 'hvla', 'lumbar', 'nerve_root_compression', 'caution', 'hvla_general_relative_nerve_root_compression'],
    ['HVLA – general relative: osteoarthritis → caution', 'hvla', 'sacral', 'osteoarthritis', 'caution', 'hvla_general_relative_osteoarthritis'],
    ['HVLA – general relative: vertigo → cervical caution', 'hvla', 'cervical', 'vertigo', 'caution', 'hvla_general_relative_vertigo'],
    ['HVLA – general relative: severe sprain/strain → caution', 'hvla', 'pelvic', 'severe_sprain_strain', 'caution', 'hvla_general_relative_severe_sprain_strain'],
    ['HVLA – general / lumbar relative: hesitant, tense patient → caution', 'hvla', 'lumbar', 'unable_to_relax', 'caution', 'hvla_general_relative_unable_to_relax'],
    ['HVLA – cervical absolute: acute myelopathy → blocked', 'hvla', 'cervical', 'acute_myelopathy', 'blocked', 'hvla_cervical_acute_myelopathy'],
    ['HVLA – cervical absolute: ankylosing spondylitis → blocked', 'hvla', 'cervical', 'ankylosing_spondylitis', 'blocked', 'hvla_cervical_ankylosing_spondylitis'],
    ['HVLA – cervical absolute: Chiari malformation → blocked', 'hvla', 'cervical', 'chiari_malformation', 'blocked', 'hvla_cervical_chiari_malformation'],
    ['HVLA – cervical absolute: ligament rupture → blocked', 'hvla', 'cervical', 'ligament_rupture', 'blocked', 'hvla_cervical_ligament_rupture'],
    ['HVLA – cervical absolute: fusion → blocked', 'hvla', 'cervical', 'fusion', 'blocked', 'hvla_cervical_fusion'],
    ['HVLA – cervical absolute: acute soft-tissue injury → blocked', 'hvla', 'cervical', 'acute_injury', 'blocked', 'hvla_cervical_acute_injury'],
    ['HVLA – cervical absolute: vascular disease (atherosclerosis) → blocked', 'hvla', 'cervical', 'atherosclerosis', 'blocked', 'hvla_cervical_atherosclerosis'],
    ['HVLA – cervical relative: acute whiplash (WHO neck item stricter) → blocked', 'hvla', 'cervical', 'acute_whiplash', 'blocked', 'hvla_cervical_relative_acute_whiplash'],
    ['HVLA – cervical relative: hypermobility → caution', 'hvla', 'cervical', 'hypermobility', 'caution', 'hvla_cervical_relative_hypermobility'],
    ['HVLA – cervical relative: worsening with manipulation → caution', 'hvla', 'head', 'prior_hvla_reaction', 'caution', 'hvla_cervical_relative_prior_hvla_reaction'],
    ['HVLA – thoracic absolute: acute myelopathy → blocked', 'hvla', 'thoracic', 'acute_myelopathy', 'blocked', 'hvla_thoracic_acute_myelopathy'],
    ['HVLA – thoracic absolute: cord compression → blocked', 'hvla', 'thoracic', 'spinal_cord_damage', 'blocked', 'hvla_thoracic_spinal_cord_damage'],
    ['HVLA – thoracic absolute: nerve-root compression → blocked', 'hvla', 'thoracic', 'nerve_root_compression', 'blocked', 'hvla_thoracic_nerve_root_compression'],
    ['HVLA – thoracic absolute: aortic aneurysm → blocked', 'hvla', 'thoracic', 'aortic_aneurysm', 'blocked', 'hvla_thoracic_aortic_aneurysm'],
    ['HVLA – thoracic absolute: acute abdominal pain with guarding → blocked', 'hvla', 'thoracic', 'acute_abdominal_pain_guarding', 'blocked', 'hvla_thoracic_acute_abdominal_pain_guarding'],
    ['HVLA – thoracic relative: hypermobility → caution', 'hvla', 'thoracic', 'hypermobility', 'caution', 'hvla_thoracic_relative_hypermobility'],
    ['HVLA – thoracic relative: severe kyphosis/scoliosis → caution', 'hvla', 'thoracic', 'severe_kyphoscoliosis', 'caution', 'hvla_thoracic_relative_severe_kyphoscoliosis'],
    ['HVLA – thoracic relative: prior adverse reaction → caution', 'hvla', 'thoracic', 'prior_hvla_reaction', 'caution', 'hvla_thoracic_relative_prior_hvla_reaction'],
    ['HVLA – lumbar absolute: fused joints → blocked', 'hvla', 'lumbar', 'fusion', 'blocked', 'hvla_lumbar_fusion'],
    ['HVLA – lumbar relative: acute whiplash → caution', 'hvla', 'lumbar', 'acute_whiplash', 'caution', 'hvla_lumbar_relative_acute_whiplash'],
    ['HVLA – lumbar relative: smoking → caution', 'hvla', 'lumbar', 'smoker', 'caution', 'hvla_lumbar_relative_smoker'],
    ['HVLA – lumbar relative: oral contraceptive → caution', 'hvla', 'lumbar', 'oral_contraceptive', 'caution', 'hvla_lumbar_relative_oral_contraceptive'],
    ['HVLA – lumbar relative haemophilia; absolute wins → blocked', 'hvla', 'lumbar', 'bleeding_disorder', 'blocked', 'hvla_lumbar_relative_bleeding_disorder'],
    ['HVLA – ribs relative: acute whiplash → caution', 'hvla', 'rib_cage', 'acute_whiplash', 'caution', 'hvla_ribs_relative_acute_whiplash'],
    ['HVLA – ribs relative haemophilia; absolute wins → blocked', 'hvla', 'rib_cage', 'bleeding_disorder', 'blocked', 'hvla_ribs_relative_bleeding_disorder'],
    ['Muscle energy absolute: trauma → blocked', 'muscle_energy', 'lumbar', 'acute_injury', 'blocked', 'muscle_energy_acute_injury'],
    ['Muscle energy absolute: dislocation → blocked', 'muscle_energy', 'upper_extremities', 'dislocation', 'blocked', 'muscle_energy_dislocation'],
    ['Muscle energy absolute: muscle tear → blocked', 'muscle_energy', 'lower_extremities', 'muscle_tear', 'blocked', 'muscle_energy_muscle_tear'],
    ['Muscle energy absolute: too much pain to contract → blocked', 'muscle_energy', 'lumbar', 'pain_prevents_contraction', 'blocked', 'muscle_energy_pain_prevents_contraction'],
    ['Muscle energy relative: cervical instability → caution', 'muscle_energy', 'cervical', 'clinical_instability', 'caution', 'muscle_energy_relative_clinical_instability'],
    ['Muscle energy relative: internal bleeding → caution', 'muscle_energy', 'thoracic', 'internal_bleeding', 'caution', 'muscle_energy_relative_internal_bleeding'],
    ['Muscle energy relative: recent MI → caution', 'muscle_energy', 'thoracic', 'recent_mi', 'caution', 'muscle_energy_relative_recent_mi'],
    ['Counterstrain (cervical) absolute: torn ligament → blocked', 'counterstrain', 'cervical', 'ligament_rupture', 'blocked', 'counterstrain_neck_ligament_rupture'],
    ['Counterstrain (cervical) relative: ligamentous instability → caution', 'counterstrain', 'cervical', 'clinical_instability', 'caution', 'counterstrain_neck_relative_clinical_instability'],
    ['Counterstrain (cervical) relative: severe illness → caution', 'counterstrain', 'cervical', 'severe_illness', 'caution', 'counterstrain_relative_severe_illness'],
    ['Counterstrain (cervical) relative: inability to relax → caution (extended)', 'counterstrain', 'lumbar', 'unable_to_relax', 'caution', 'counterstrain_relative_unable_to_relax'],
    ['Counterstrain & FPR (thoracic): unable to give feedback → blocked', 'fpr', 'thoracic', 'unable_to_give_feedback', 'blocked', 'counterstrain_fpr_unable_to_give_feedback'],
    ['Counterstrain & FPR (thoracic): shoulder dislocation → blocked', 'counterstrain', 'thoracic', 'dislocation', 'blocked', 'counterstrain_fpr_thoracic_dislocation'],
    ['Lymphatic absolute: abscess → blocked', 'lymphatic_pump', 'thoracic', 'abscess', 'blocked', 'lymphatic_absolute_abscess'],
    ['Lymphatic absolute: bacterial infection with high fever → blocked', 'lymphatic_pump', 'thoracic', 'high_fever_bacterial_infection', 'blocked', 'lymphatic_absolute_high_fever_bacterial_infection'],
    ['Lymphatic absolute: lymphoma/leukaemia → blocked (as malignancy)', 'lymphatic_pump', 'thoracic', 'lymphoma_or_leukaemia', 'blocked', 'lymphatic_malignancy'],
    ['Lymphatic absolute: thrombotic event → blocked', 'lymphatic_pump', 'lower_extremities', 'thrombosis', 'blocked', 'lymphatic_absolute_thrombosis'],
    ['Lymphatic absolute: nearby surgical wound → blocked', 'lymphatic_pump', 'thoracic', 'open_wound', 'blocked', 'lymphatic_absolute_open_wound'],
    ['Lymphatic splenic/liver pump: acute hepatitis → caution', 'lymphatic_pump', 'abdomen', 'acute_hepatitis', 'caution', 'lymphatic_splenic_liver_acute_hepatitis'],
    ['Lymphatic splenic/liver pump: organ trauma → caution', 'lymphatic_pump', 'abdomen', 'organ_trauma', 'caution', 'lymphatic_splenic_liver_organ_trauma'],
    ['Lymphatic doming the diaphragm: full stomach → caution', 'diaphragm_release', 'rib_cage', 'full_stomach', 'caution', 'diaphragm_doming_full_stomach'],
    ['Soft tissue: acute injury → blocked', 'soft_tissue', 'lumbar', 'acute_injury', 'blocked', 'soft_tissue_acute_injury'],
    ['Soft tissue: wounds → blocked', 'soft_tissue', 'lumbar', 'open_wound', 'blocked', 'soft_tissue_open_wound'],
    ['Still: across recent wounds → blocked', 'still', 'lumbar', 'open_wound', 'blocked', 'still_open_wound'],
    ['Cranial (OCF) safer rule: acute intracranial bleed → blocked', 'cranial', 'head', 'acute_intracranial_bleed', 'blocked', 'cranial_acute_intracranial_bleed'],
    ['Cranial (OCF) safer rule: raised ICP → blocked', 'cranial', 'head', 'raised_icp', 'blocked', 'cranial_raised_icp'],
    ['WHO systemic absolute: bleeding disorder → direct technique blocked', 'articulatory', 'sacral', 'bleeding_disorder', 'blocked', 'direct_who_systemic_bleeding_disorder'],
    ['safer rule for indirect: bleeding disorder → MFR caution', 'myofascial_release', 'lumbar', 'bleeding_disorder', 'caution', 'may_be_direct_who_systemic_bleeding_disorder'],
    ['WHO safer rule: aortic aneurysm → direct technique blocked', 'rib_raising', 'rib_cage', 'aortic_aneurysm', 'blocked', 'direct_who_aortic_aneurysm'],
    ['WHO safer rule: acute intracerebral bleeding → direct technique blocked', 'muscle_energy', 'cervical', 'acute_intracranial_bleed', 'blocked', 'direct_who_acute_intracranial_bleed'],
    ['WHO safer rule: disc herniation with progressive signs → direct blocked', 'articulatory', 'lumbar', 'serious_disc_prolapse', 'blocked', 'direct_who_serious_disc_prolapse'],
    ['WHO safer rule: abdominal pain → direct technique blocked', 'soft_tissue', 'abdomen', 'acute_abdominal_pain_guarding', 'blocked', 'direct_who_acute_abdominal_pain_guarding'],
    ['WHO safer rule local: abscess → direct caution', 'muscle_energy', 'lumbar', 'abscess', 'caution', 'direct_who_local_abscess'],
    ['WHO safer rule local: open wound → direct caution', 'muscle_energy', 'lumbar', 'open_wound', 'caution', 'direct_who_local_open_wound'],
    ['WHO safer rule local: sprained ligaments → direct caution', 'articulatory', 'lumbar', 'severe_sprain_strain', 'caution', 'direct_who_local_severe_sprain_strain'],
    ['WHO safer rule: acute whiplash of the neck → direct blocked', 'muscle_energy', 'cervical', 'acute_whiplash', 'blocked', 'direct_who_neck_acute_whiplash'],
  ])('%s', (_name, technique, region, condition, verdict, ruleId) => {
    const result = check(technique, region, condition);
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.map((r) => r.ruleId)).toContain(ruleId);
  });

  // prettier-ignore
  it.each<[string, TechniqueId, RegionId, ConditionCode, SafetyVerdict]>([
    ['indirect alternative (BLT) stays allowed with vertigo', 'blt', 'cervical', 'vertigo', 'allowed'],
    ['HVLA – thoracic: angina does not touch counterstrain', 'counterstrain', 'thoracic', 'angina', 'allowed'],
    ['HVLA – lumbar: smoking is lumbar-only (cervical HVLA allowed)', 'hvla', 'cervical', 'smoker', 'allowed'],
    ['Lymphatic: full stomach does not stop the pedal pump', 'lymphatic_pump', 'lower_extremities', 'full_stomach', 'allowed'],
    ['Cranial safer rule: raised ICP does not block soft tissue to the low back', 'soft_tissue', 'lumbar', 'raised_icp', 'allowed'],
  ])('%s', (_name, technique, region, condition, verdict) => {
    expect(check(technique, region, condition).verdict).toBe(verdict);
  });

  it('row Malignancy: lymphoma/leukaemia counts as malignancy for HVLA', () => {
    expect(check('hvla', 'thoracic', 'lymphoma_or_leukaemia').reasons.map((r) => r.ruleId)).toContain(
      'hvla_malignancy',
    );
  });

  it('names the condition in the message and says where the safer rule was chosen', () => {
    const [reason] = check('cranial', 'head', 'raised_icp').reasons;
    expect(reason?.message).toMatch(/^Raised intracranial pressure: /);
    expect(reason?.source).toMatch(
      /^Clinical reference CR-TQ-20 — .+ — safer rule chosen because the sources are silent$/,
    );
  });
});

describe('condition rows: every encoded rule fires on its own condition', () => {
  const rules = [...HVLA_CONDITION_RULES, ...TECHNIQUE_CONDITION_RULES];
  it.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const technique = rule.techniques === 'all' ? 'hvla' : rule.techniques[0];
    const region = rule.regions === 'all' ? 'lumbar' : rule.regions[0];
    const code = CONDITION_CODES.find((c) => rule.id.endsWith(`_${c}`));
    expect(code).toBeDefined();
    if (!technique || !region || !code) return;
    const result = check(technique, region, code);
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ ruleId: rule.id, verdict: rule.verdict }),
    );
    if (rule.verdict === 'blocked') expect(result.verdict).toBe('blocked');
    expect(rule.source).toMatch(/^Clinical reference CR-(CI|HVLA|TQ|POP)-\d+/);
  });

  it('every catalogued condition is read by at least one rule or by the malignancy factor', () => {
    const read = new Set(
      [...HVLA_CONDITION_ROWS, ...TECHNIQUE_CONDITION_ROWS].flatMap((row) => row.conditions),
    );
    read.add('lymphoma_or_leukaemia');
    expect(CONDITION_CODES.filter((c) => !read.has(c))).toEqual([]);
  });

  it('every condition has a label, a known group and a cited row', () => {
    for (const code of CONDITION_CODES) {
      const info = CONDITION_CATALOGUE[code];
      expect(info.label.length).toBeGreaterThan(2);
      expect(CONDITION_GROUPS).toContain(info.group);
      expect(info.source).toMatch(/CR-(CI|HVLA|TQ)-\d+/);
    }
  });
});
