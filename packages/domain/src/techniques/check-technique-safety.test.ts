import { describe, it, expect } from 'vitest';
import { REGION_IDS, type RegionId } from '../regions';
import { checkTechniqueSafety, SAFETY_RULES, type SafetyVerdict } from './check-technique-safety';
import { emptyPatientFactors, type PatientFactors } from './patient-factors';
import { TECHNIQUE_IDS, type TechniqueId } from './technique-ids';

const ADULT_DAYS = 40 * 365;
const adult = (over: Partial<PatientFactors> = {}): PatientFactors => ({
  ...emptyPatientFactors(ADULT_DAYS),
  ...over,
});
const years = (y: number): number => Math.round(y * 365.25) + 1;

type Row = [string, TechniqueId, RegionId, Partial<PatientFactors>, SafetyVerdict, string?];

const check = (t: TechniqueId, r: RegionId, over: Partial<PatientFactors>) =>
  checkTechniqueSafety(t, r, adult(over));

describe('HVLA core rules (tested first)', () => {
  // prettier-ignore
  it.each<Row>([
    ['HVLA – lumbar: pregnancy relative → caution', 'hvla', 'lumbar', { pregnant: true, pregnancyWeeks: 12 }, 'caution', 'hvla_pregnancy_lumbar_rib'],
    ['HVLA – ribs: pregnancy relative → caution', 'hvla', 'rib_cage', { pregnant: true, pregnancyWeeks: 12 }, 'caution', 'hvla_pregnancy_lumbar_rib'],
    ['Pregnancy: other regions caution (safer rule extension)', 'hvla', 'cervical', { pregnant: true, pregnancyWeeks: 12 }, 'caution', 'hvla_pregnancy_other'],
    ['Infants: newborn → blocked', 'hvla', 'thoracic', { ageDays: 30 }, 'blocked', 'hvla_infant_young_child'],
    ['Infants: 3-year-old → blocked', 'hvla', 'lumbar', { ageDays: years(3) }, 'blocked', 'hvla_infant_young_child'],
    ['Infants: 5-year-old → blocked (cut-off 6 y)', 'hvla', 'cervical', { ageDays: years(5.9) }, 'blocked', 'hvla_infant_young_child'],
    ['Infants: 6-year-old → caution (child)', 'hvla', 'cervical', { ageDays: years(6) }, 'caution', 'hvla_child'],
    ['Infants: 17-year-old → caution (child)', 'hvla', 'lumbar', { ageDays: years(17) }, 'caution', 'hvla_child'],
    ['HVLA – cervical: osteoporosis absolute → blocked', 'hvla', 'cervical', { osteoporosis: true }, 'blocked', 'hvla_osteoporosis_spine'],
    ['HVLA – lumbar: osteoporosis absolute → blocked', 'hvla', 'lumbar', { osteoporosis: true }, 'blocked', 'hvla_osteoporosis_spine'],
    ['HVLA – ribs / safer rule: osteoporosis → blocked (stricter)', 'hvla', 'rib_cage', { osteoporosis: true }, 'blocked', 'hvla_osteoporosis_other'],
    ['HVLA – cervical: anticoagulation absolute → blocked', 'hvla', 'cervical', { anticoagulated: true, anticoagulationLevelCheckedRecently: true }, 'blocked', 'hvla_anticoagulation_cervical'],
    ['HVLA – lumbar: anticoagulation (level checked) relative → caution', 'hvla', 'lumbar', { anticoagulated: true, anticoagulationLevelCheckedRecently: true }, 'caution', 'hvla_anticoagulation_other'],
    ['HVLA – ribs: anticoagulation (level checked) relative → caution', 'hvla', 'rib_cage', { anticoagulated: true, anticoagulationLevelCheckedRecently: true }, 'caution', 'hvla_anticoagulation_other'],
    ['anticoagulation without recent level check → blocked for lumbar HVLA', 'hvla', 'lumbar', { anticoagulated: true }, 'blocked', 'direct_anticoagulation_unchecked'],
  ])('%s', (_name, technique, region, over, verdict, ruleId) => {
    const result = check(technique, region, over);
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.map((r) => r.ruleId)).toContain(ruleId);
  });

  it('the infant rule (CR-POP-4) says in plain words that it rests on expert consensus and a safer rule', () => {
    const reason = check('hvla', 'lumbar', { ageDays: 100 }).reasons[0];
    expect(reason?.source).toMatch(/^Clinical reference CR-POP-4 — .+ — expert consensus, with a safer rule/);
  });

  it('healthy adult: HVLA to the lumbar spine is allowed with no reasons', () => {
    expect(check('hvla', 'lumbar', {})).toEqual({ verdict: 'allowed', reasons: [] });
  });
});

describe('consent refused → blocked for every technique and region', () => {
  it.each(TECHNIQUE_IDS.map((t) => [t]))('%s', (technique) => {
    for (const region of REGION_IDS) {
      const result = check(technique, region, { consentRefused: true });
      expect(result.verdict).toBe('blocked');
      expect(result.reasons.map((r) => r.ruleId)).toContain('consent_refused');
    }
  });
});

describe('other contraindications', () => {
  // prettier-ignore
  it.each<Row>([
    ['HVLA – general: malignancy → blocked', 'hvla', 'thoracic', { malignancy: true }, 'blocked', 'hvla_malignancy'],
    ['Infection: HVLA blocked', 'hvla', 'sacral', { infection: true }, 'blocked', 'hvla_infection'],
    ['Down syndrome: stricter rule blocks HVLA even at ribs', 'hvla', 'rib_cage', { downSyndrome: true }, 'blocked', 'hvla_down_syndrome'],
    ['Down syndrome: cervical muscle energy → caution', 'muscle_energy', 'cervical', { downSyndrome: true }, 'caution', 'down_syndrome_neck'],
    ['HVLA – cervical: RA → blocked', 'hvla', 'cervical', { rheumatoidArthritis: true }, 'blocked', 'hvla_rheumatoid_spine'],
    ['HVLA – ribs: RA → caution', 'hvla', 'rib_cage', { rheumatoidArthritis: true }, 'caution', 'hvla_rheumatoid_other'],
    ['HVLA – cervical /thoracic: VBI symptoms → blocked', 'hvla', 'cervical', { vertebralArterySymptoms: true }, 'blocked', 'hvla_vertebral_artery_neck_thoracic'],
    ['HVLA – lumbar: vertebral-artery ischaemia → caution', 'hvla', 'lumbar', { vertebralArterySymptoms: true }, 'caution', 'hvla_vertebral_artery_other'],
    ['Suboccipital release: VBI → cervical soft tissue blocked', 'soft_tissue', 'cervical', { vertebralArterySymptoms: true }, 'blocked', 'neck_soft_tissue_vertebral_artery'],
    ['Counterstrain (cervical): VA disease → caution', 'counterstrain', 'cervical', { vertebralArterySymptoms: true }, 'caution', 'counterstrain_neck_vertebral_artery'],
    ['HVLA – general: thrombosis → blocked', 'hvla', 'lower_extremities', { dvt: true }, 'blocked', 'hvla_thrombosis'],
    ['Lymphatic: DVT → blocked', 'lymphatic_pump', 'lower_extremities', { dvt: true }, 'blocked', 'lymphatic_thrombosis'],
    ['Lymphatic: osteoporosis → caution', 'lymphatic_pump', 'thoracic', { osteoporosis: true }, 'caution', 'lymphatic_osteoporosis'],
    ['Lymphatic: infection → blocked', 'lymphatic_pump', 'thoracic', { infection: true }, 'blocked', 'lymphatic_infection'],
    ['Lymphatic: malignancy → blocked', 'lymphatic_pump', 'thoracic', { malignancy: true }, 'blocked', 'lymphatic_malignancy'],
    ['HVLA – cervical: recent surgery → blocked', 'hvla', 'cervical', { recentSurgery: true }, 'blocked', 'hvla_recent_surgery_cervical'],
    ['HVLA – lumbar: post-surgical → caution', 'hvla', 'lumbar', { recentSurgery: true }, 'caution', 'hvla_recent_surgery_other'],
    ['Muscle energy: recent surgery → caution', 'muscle_energy', 'lumbar', { recentSurgery: true }, 'caution', 'direct_recent_surgery'],
    ['Muscle energy: infection → blocked', 'muscle_energy', 'thoracic', { infection: true }, 'blocked', 'muscle_energy_infection'],
    ['Articulatory: infection → blocked', 'articulatory', 'sacral', { infection: true }, 'blocked', 'articulatory_infection'],
    [': cauda equina signs → every technique blocked (BLT)', 'blt', 'sacral', { caudaEquinaSigns: true }, 'blocked', 'cauda_equina'],
    ['Fracture: counterstrain at the fracture site → blocked', 'counterstrain', 'rib_cage', { recentFracture: true, fractureRegions: ['rib_cage'] }, 'blocked', 'fracture_site'],
    ['Fracture: site unknown → treated as every region (safer)', 'blt', 'pelvic', { recentFracture: true }, 'blocked', 'fracture_site'],
    ['Cranial safer rule: skull fracture → cranial blocked', 'cranial', 'head', { recentFracture: true, fractureRegions: ['head'] }, 'blocked', 'fracture_site_skull_cranial'],
    ['connective-tissue disease → direct technique blocked', 'muscle_energy', 'lumbar', { connectiveTissueDisease: true }, 'blocked', 'direct_connective_tissue'],
    ['connective-tissue disease → MFR indirect only (caution)', 'myofascial_release', 'lumbar', { connectiveTissueDisease: true }, 'caution', 'may_be_direct_connective_tissue'],
    ['unchecked anticoagulation → soft tissue blocked', 'soft_tissue', 'lumbar', { anticoagulated: true }, 'blocked', 'direct_anticoagulation_unchecked'],
    ['safer rule: malignancy → direct technique blocked', 'articulatory', 'lumbar', { malignancy: true }, 'blocked', 'direct_malignancy'],
    ['BLT: malignancy → caution (confirm no bone involvement)', 'blt', 'pelvic', { malignancy: true }, 'caution', 'blt_malignancy'],
    ['Pregnancy safer rule: ≥20 weeks positioning caution', 'counterstrain', 'thoracic', { pregnant: true, pregnancyWeeks: 28 }, 'caution', 'pregnancy_positioning'],
  ])('%s', (_name, technique, region, over, verdict, ruleId) => {
    const result = check(technique, region, over);
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.map((r) => r.ruleId)).toContain(ruleId);
  });

  // prettier-ignore
  it.each<Row>([
    ['fracture elsewhere does not block another region', 'counterstrain', 'lumbar', { recentFracture: true, fractureRegions: ['rib_cage'] }, 'allowed'],
    ['Elderly/osteoporosis: indirect alternatives (BLT) stay allowed', 'blt', 'lumbar', { osteoporosis: true }, 'allowed'],
    ['Elderly/osteoporosis: counterstrain outside the neck stays allowed', 'counterstrain', 'thoracic', { osteoporosis: true }, 'allowed'],
    ['Pregnancy: before 20 weeks, counterstrain is allowed', 'counterstrain', 'thoracic', { pregnant: true, pregnancyWeeks: 12 }, 'allowed'],
    ['Infants: pedal (lymphatic) pump in an infant is allowed', 'lymphatic_pump', 'lower_extremities', { ageDays: 60 }, 'allowed'],
    ['HVLA – ribs: pregnancy rule does not block', 'hvla', 'rib_cage', { pregnant: true, pregnancyWeeks: 8 }, 'caution'],
  ])('%s', (_name, technique, region, over, verdict) => {
    expect(check(technique, region, over).verdict).toBe(verdict);
  });

  it('worst reason wins and blocked reasons are listed before cautions', () => {
    const result = check('hvla', 'lumbar', { osteoporosis: true, pregnant: true, pregnancyWeeks: 10 });
    expect(result.verdict).toBe('blocked');
    expect(result.reasons.map((r) => r.verdict)).toEqual(['blocked', 'caution']);
  });
});

describe('rule table integrity', () => {
  it('rule ids are unique', () => {
    const ids = SAFETY_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(SAFETY_RULES.map((r) => [r.id, r] as const))('%s cites a clinical-reference row', (_id, rule) => {
    expect(rule.source).toMatch(/^(Clinical reference|clinical-reference) CR-[A-Z]+-\d+/);
  });
});
