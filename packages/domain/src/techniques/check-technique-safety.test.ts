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
    ['§3.3 HVLA – lumbar [T14]: pregnancy relative → caution', 'hvla', 'lumbar', { pregnant: true, pregnancyWeeks: 12 }, 'caution', 'hvla_pregnancy_lumbar_rib'],
    ['§3.3 HVLA – ribs [T16]: pregnancy relative → caution', 'hvla', 'rib_cage', { pregnant: true, pregnancyWeeks: 12 }, 'caution', 'hvla_pregnancy_lumbar_rib'],
    ['§3.4 Pregnancy: other regions caution (UNCONFIRMED extension)', 'hvla', 'cervical', { pregnant: true, pregnancyWeeks: 12 }, 'caution', 'hvla_pregnancy_other'],
    ['§3.4 Infants [K8]: newborn → blocked', 'hvla', 'thoracic', { ageDays: 30 }, 'blocked', 'hvla_infant_young_child'],
    ['§3.4 Infants [K8]: 3-year-old → blocked', 'hvla', 'lumbar', { ageDays: years(3) }, 'blocked', 'hvla_infant_young_child'],
    ['§3.4 Infants [K8]: 5-year-old → blocked (cut-off 6 y)', 'hvla', 'cervical', { ageDays: years(5.9) }, 'blocked', 'hvla_infant_young_child'],
    ['§3.4 Infants [K8]: 6-year-old → caution (child)', 'hvla', 'cervical', { ageDays: years(6) }, 'caution', 'hvla_child'],
    ['§3.4 Infants [K8]: 17-year-old → caution (child)', 'hvla', 'lumbar', { ageDays: years(17) }, 'caution', 'hvla_child'],
    ['§3.3 HVLA – cervical [T13]: osteoporosis absolute → blocked', 'hvla', 'cervical', { osteoporosis: true }, 'blocked', 'hvla_osteoporosis_spine'],
    ['§3.3 HVLA – lumbar [T14]: osteoporosis absolute → blocked', 'hvla', 'lumbar', { osteoporosis: true }, 'blocked', 'hvla_osteoporosis_spine'],
    ['§3.3 HVLA – ribs [T16] / §3.2 UNCONFIRMED: osteoporosis → blocked (stricter)', 'hvla', 'rib_cage', { osteoporosis: true }, 'blocked', 'hvla_osteoporosis_other'],
    ['§3.3 HVLA – cervical [T13]: anticoagulation absolute → blocked', 'hvla', 'cervical', { anticoagulated: true, anticoagulationLevelCheckedRecently: true }, 'blocked', 'hvla_anticoagulation_cervical'],
    ['§3.3 HVLA – lumbar [T14]: anticoagulation (level checked) relative → caution', 'hvla', 'lumbar', { anticoagulated: true, anticoagulationLevelCheckedRecently: true }, 'caution', 'hvla_anticoagulation_other'],
    ['§3.3 HVLA – ribs [T16]: anticoagulation (level checked) relative → caution', 'hvla', 'rib_cage', { anticoagulated: true, anticoagulationLevelCheckedRecently: true }, 'caution', 'hvla_anticoagulation_other'],
    ['§3.2 [K3]: anticoagulation without recent level check → blocked for lumbar HVLA', 'hvla', 'lumbar', { anticoagulated: true }, 'blocked', 'direct_anticoagulation_unchecked'],
  ])('%s', (_name, technique, region, over, verdict, ruleId) => {
    const result = check(technique, region, over);
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.map((r) => r.ruleId)).toContain(ruleId);
  });

  it('§3.4 Infants [K8] rule is flagged unconfirmed', () => {
    const reason = check('hvla', 'lumbar', { ageDays: 100 }).reasons[0];
    expect(reason?.unconfirmed).toBe(true);
  });

  it('healthy adult: HVLA to the lumbar spine is allowed with no reasons', () => {
    expect(check('hvla', 'lumbar', {})).toEqual({ verdict: 'allowed', reasons: [] });
  });
});

describe('consent refused → blocked for every technique and region (§3.1 [K1])', () => {
  it.each(TECHNIQUE_IDS.map((t) => [t]))('§3.1 [K1] %s', (technique) => {
    for (const region of REGION_IDS) {
      const result = check(technique, region, { consentRefused: true });
      expect(result.verdict).toBe('blocked');
      expect(result.reasons.map((r) => r.ruleId)).toContain('consent_refused');
    }
  });
});

describe('other contraindications (§3.2–§3.4)', () => {
  // prettier-ignore
  it.each<Row>([
    ['§3.3 HVLA – general [T12]: malignancy → blocked', 'hvla', 'thoracic', { malignancy: true }, 'blocked', 'hvla_malignancy'],
    ['§3.4 Infection: HVLA blocked', 'hvla', 'sacral', { infection: true }, 'blocked', 'hvla_infection'],
    ['§3.4 Down syndrome: stricter rule blocks HVLA even at ribs', 'hvla', 'rib_cage', { downSyndrome: true }, 'blocked', 'hvla_down_syndrome'],
    ['§3.4 Down syndrome: cervical muscle energy → caution', 'muscle_energy', 'cervical', { downSyndrome: true }, 'caution', 'down_syndrome_neck'],
    ['§3.3 HVLA – cervical [T13]: RA → blocked', 'hvla', 'cervical', { rheumatoidArthritis: true }, 'blocked', 'hvla_rheumatoid_spine'],
    ['§3.3 HVLA – ribs [T16]: RA → caution', 'hvla', 'rib_cage', { rheumatoidArthritis: true }, 'caution', 'hvla_rheumatoid_other'],
    ['§3.3 HVLA – cervical [T13]/thoracic [T15]: VBI symptoms → blocked', 'hvla', 'cervical', { vertebralArterySymptoms: true }, 'blocked', 'hvla_vertebral_artery_neck_thoracic'],
    ['§3.3 HVLA – lumbar [T14]: vertebral-artery ischaemia → caution', 'hvla', 'lumbar', { vertebralArterySymptoms: true }, 'caution', 'hvla_vertebral_artery_other'],
    ['§3.3 Suboccipital release [T11]: VBI → cervical soft tissue blocked', 'soft_tissue', 'cervical', { vertebralArterySymptoms: true }, 'blocked', 'neck_soft_tissue_vertebral_artery'],
    ['§3.3 Counterstrain (cervical) [T6]: VA disease → caution', 'counterstrain', 'cervical', { vertebralArterySymptoms: true }, 'caution', 'counterstrain_neck_vertebral_artery'],
    ['§3.3 HVLA – general [T12]: thrombosis → blocked', 'hvla', 'lower_extremities', { dvt: true }, 'blocked', 'hvla_thrombosis'],
    ['§3.3 Lymphatic [T9]: DVT → blocked', 'lymphatic_pump', 'lower_extremities', { dvt: true }, 'blocked', 'lymphatic_thrombosis'],
    ['§3.3 Lymphatic [T9]: osteoporosis → caution', 'lymphatic_pump', 'thoracic', { osteoporosis: true }, 'caution', 'lymphatic_osteoporosis'],
    ['§3.3 Lymphatic [T9]: infection → blocked', 'lymphatic_pump', 'thoracic', { infection: true }, 'blocked', 'lymphatic_infection'],
    ['§3.3 Lymphatic [T9]: malignancy → blocked', 'lymphatic_pump', 'thoracic', { malignancy: true }, 'blocked', 'lymphatic_malignancy'],
    ['§3.3 HVLA – cervical [T13]: recent surgery → blocked', 'hvla', 'cervical', { recentSurgery: true }, 'blocked', 'hvla_recent_surgery_cervical'],
    ['§3.3 HVLA – lumbar [T14]: post-surgical → caution', 'hvla', 'lumbar', { recentSurgery: true }, 'caution', 'hvla_recent_surgery_other'],
    ['§3.3 Muscle energy [T4]: recent surgery → caution', 'muscle_energy', 'lumbar', { recentSurgery: true }, 'caution', 'direct_recent_surgery'],
    ['§3.3 Muscle energy [T4]: infection → blocked', 'muscle_energy', 'thoracic', { infection: true }, 'blocked', 'muscle_energy_infection'],
    ['§3.3 Articulatory [T10]: infection → blocked', 'articulatory', 'sacral', { infection: true }, 'blocked', 'articulatory_infection'],
    ['§4.1 / §3.3: cauda equina signs → every technique blocked (BLT)', 'blt', 'sacral', { caudaEquinaSigns: true }, 'blocked', 'cauda_equina'],
    ['§3.4 Fracture: counterstrain at the fracture site → blocked', 'counterstrain', 'rib_cage', { recentFracture: true, fractureRegions: ['rib_cage'] }, 'blocked', 'fracture_site'],
    ['§3.4 Fracture: site unknown → treated as every region (safer)', 'blt', 'pelvic', { recentFracture: true }, 'blocked', 'fracture_site'],
    ['§3.3 Cranial UNCONFIRMED: skull fracture → cranial blocked', 'cranial', 'head', { recentFracture: true, fractureRegions: ['head'] }, 'blocked', 'fracture_site_skull_cranial'],
    ['§3.2 [K3]: connective-tissue disease → direct technique blocked', 'muscle_energy', 'lumbar', { connectiveTissueDisease: true }, 'blocked', 'direct_connective_tissue'],
    ['§3.2 [K3]: connective-tissue disease → MFR indirect only (caution)', 'myofascial_release', 'lumbar', { connectiveTissueDisease: true }, 'caution', 'may_be_direct_connective_tissue'],
    ['§3.2 [K3]: unchecked anticoagulation → soft tissue blocked', 'soft_tissue', 'lumbar', { anticoagulated: true }, 'blocked', 'direct_anticoagulation_unchecked'],
    ['§3.2 [K4] UNCONFIRMED: malignancy → direct technique blocked', 'articulatory', 'lumbar', { malignancy: true }, 'blocked', 'direct_malignancy'],
    ['§3.3 BLT [T8]: malignancy → caution (confirm no bone involvement)', 'blt', 'pelvic', { malignancy: true }, 'caution', 'blt_malignancy'],
    ['§3.4 Pregnancy UNCONFIRMED: ≥20 weeks positioning caution', 'counterstrain', 'thoracic', { pregnant: true, pregnancyWeeks: 28 }, 'caution', 'pregnancy_positioning'],
  ])('%s', (_name, technique, region, over, verdict, ruleId) => {
    const result = check(technique, region, over);
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.map((r) => r.ruleId)).toContain(ruleId);
  });

  // prettier-ignore
  it.each<Row>([
    ['§3.1 [K1][K2]: fracture elsewhere does not block another region', 'counterstrain', 'lumbar', { recentFracture: true, fractureRegions: ['rib_cage'] }, 'allowed'],
    ['§3.4 Elderly/osteoporosis: indirect alternatives (BLT) stay allowed', 'blt', 'lumbar', { osteoporosis: true }, 'allowed'],
    ['§3.4 Elderly/osteoporosis: counterstrain outside the neck stays allowed', 'counterstrain', 'thoracic', { osteoporosis: true }, 'allowed'],
    ['§3.4 Pregnancy: before 20 weeks, counterstrain is allowed', 'counterstrain', 'thoracic', { pregnant: true, pregnancyWeeks: 12 }, 'allowed'],
    ['§3.4 Infants [T9]: pedal (lymphatic) pump in an infant is allowed', 'lymphatic_pump', 'lower_extremities', { ageDays: 60 }, 'allowed'],
    ['§3.3 HVLA – ribs [T16]: pregnancy rule does not block', 'hvla', 'rib_cage', { pregnant: true, pregnancyWeeks: 8 }, 'caution'],
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

  it.each(SAFETY_RULES.map((r) => [r.id, r] as const))('%s cites an omt-reference section', (_id, rule) => {
    expect(rule.source).toMatch(/omt-reference §\d/);
    if (rule.unconfirmed === true)
      expect(`${rule.source} ${rule.note ?? ''}`).toMatch(/UNCONFIRMED|chosen|extended/);
  });
});
