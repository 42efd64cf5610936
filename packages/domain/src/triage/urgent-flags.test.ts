import { describe, expect, it } from 'vitest';
import { HEADACHE_RED_FLAG_RULES } from './headache-red-flags';
import { INFANT_RED_FLAG_RULES } from './infant-red-flags';
import { LOW_BACK_RED_FLAG_RULES } from './low-back-red-flags';
import { NECK_RED_FLAG_RULES } from './neck-red-flags';
import { C_SPINE_IMAGING_FLAG_ID } from './c-spine-intake';
import { URGENT_FLAG_INSTRUCTIONS, urgentFlags, type FlagUrgency } from './urgent-flags';

const RULES = [
  ...LOW_BACK_RED_FLAG_RULES,
  ...NECK_RED_FLAG_RULES,
  ...HEADACHE_RED_FLAG_RULES,
  ...INFANT_RED_FLAG_RULES,
];
const ruleOf = (id: string) => {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

describe('flags that alert at once (clinical-reference CR-LBP-1, CR-LBP-2, CR-NECK-2, CR-NECK-6, CR-SNOOP-8, CR-INFANT-1, CR-INFANT-2)', () => {
  it.each<[string, FlagUrgency | null]>([
    ['cauda_equina', 'emergency'],
    ['progressive_neuro_deficit', 'emergency'],
    ['neck_vascular_neuro', 'emergency'],
    ['snoop_sudden_onset', 'emergency'],
    ['snoop_neurologic', 'emergency'],
    ['snoop_systemic', 'urgent'],
    ['snoop_older_onset', 'urgent'],
    ['snoop_pattern_change', 'urgent'],
    ['snoop_positional_or_valsalva', 'urgent'],
    ['snoop_other_features', 'urgent'],
    ['possible_malignancy', null],
    ['possible_infection', null],
    ['possible_fracture', null],
    ['rest_or_night_pain', null],
    ['neck_trauma', null],
    ['neck_infection_or_meningism', null],
    ['paediatric_young_age', null],
    ['infant_fever', 'urgent'],
    ['infant_unwell', 'urgent'],
    ['infant_neuro', 'urgent'],
    ['infant_injury', null],
    ['infant_tb_exposure', null],
  ])('%s → %s', (id, urgency) => {
    const found = urgentFlags([ruleOf(id)]);
    expect(found.map((f) => f.urgency)).toEqual(urgency ? [urgency] : []);
  });

  it('the C-spine imaging flag is urgent', () => {
    const flag = { id: C_SPINE_IMAGING_FLAG_ID, label: 'C-spine', action: 'imaging' as const };
    expect(urgentFlags([flag])).toEqual([expect.objectContaining({ flagId: flag.id, urgency: 'urgent' })]);
  });

  it('every emergency-referral rule has an emergency instruction', () => {
    for (const rule of RULES.filter((r) => r.action === 'emergency_referral')) {
      expect(URGENT_FLAG_INSTRUCTIONS[rule.id]?.urgency, rule.id).toBe('emergency');
    }
  });

  it('cauda equina tells the patient to seek emergency care now and not wait, in English and Spanish', () => {
    const [flag] = urgentFlags([ruleOf('cauda_equina')]);
    expect(flag).toMatchObject({ flagId: 'cauda_equina', action: 'emergency_referral' });
    expect(flag?.instruction.en).toMatch(/emergency department or call 911 now\. Do not wait for your visit/);
    expect(flag?.instruction.es).toMatch(/Vaya a urgencias o llame al 911 ahora\. No espere a su cita/);
    expect(flag?.source).toContain('CR-LBP-1');
  });

  it.each(['infant_fever', 'infant_unwell', 'infant_neuro'])(
    '%s tells the parent to have the baby seen today, and when to seek emergency care, in English and Spanish',
    (id) => {
      const [flag] = urgentFlags([ruleOf(id)]);
      expect(flag).toMatchObject({ flagId: id, action: 'omt_hold', urgency: 'urgent' });
      expect(flag?.instruction.en).toMatch(/Call the clinic or your baby's doctor today/);
      expect(flag?.instruction.en).toMatch(
        /very sleepy or floppy, has trouble breathing, or you are worried, call 911/,
      );
      expect(flag?.instruction.es).toMatch(/Llame hoy a la clínica o al médico de su bebé/);
      expect(flag?.instruction.es).toMatch(/llame al 911 o vaya a urgencias ahora/);
      expect(flag?.source).toContain(id === 'infant_fever' ? 'CR-INFANT-1' : 'CR-INFANT-2');
    },
  );

  it('an emergency-referral flag without its own instruction still sends the patient to emergency care', () => {
    const flag = { id: 'new_emergency', label: 'New emergency sign', action: 'emergency_referral' as const };
    expect(urgentFlags([flag])).toEqual([
      expect.objectContaining({
        flagId: 'new_emergency',
        urgency: 'emergency',
        instruction: {
          en: expect.stringContaining('Do not wait for your visit'),
          es: expect.stringContaining('No espere a su cita'),
        },
      }),
    ]);
  });

  it('emergencies come first; unknown ids and flags without an instruction are left out', () => {
    const found = urgentFlags([
      ruleOf('snoop_systemic'),
      ruleOf('possible_fracture'),
      { id: 'nope', label: 'x', action: 'omt_hold' },
      ruleOf('snoop_sudden_onset'),
    ]);
    expect(found.map((f) => f.flagId)).toEqual(['snoop_sudden_onset', 'snoop_systemic']);
  });

  it('no instruction carries a development note', () => {
    for (const i of Object.values(URGENT_FLAG_INSTRUCTIONS)) {
      for (const text of Object.values(i.text)) {
        expect(text).not.toMatch(/UNCONFIRMED|TODO|\.md|§/);
        expect(text.length).toBeGreaterThan(40);
      }
      expect(i.source).not.toBe('');
    }
  });
});
