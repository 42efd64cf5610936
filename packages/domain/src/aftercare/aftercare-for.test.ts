import { describe, it, expect } from 'vitest';
import { AFTERCARE_CONTENT, LANGS } from './aftercare-content';
import { aftercareFor } from './aftercare-for';

const GENERAL = [
  'hydrate',
  'walk',
  'take_it_easy',
  'soreness_normal',
  'comfort_measures',
  'call_if_persists',
  'severe_pain_not_typical',
];

describe('aftercareFor (clinical-reference CR-AFTER rows)', () => {
  it('bullets 1–3: general items for everyone, in order', () => {
    const items = aftercareFor({ techniques: ['blt'], regions: ['upper_extremities'], lang: 'en' });
    expect(items.map((i) => i.id).slice(0, GENERAL.length)).toEqual(GENERAL);
    expect(items.find((i) => i.id === 'hydrate')?.text).toMatch(/water/);
    expect(items.find((i) => i.id === 'take_it_easy')?.text).toMatch(/24 hours/);
    expect(items.find((i) => i.id === 'severe_pain_not_typical')?.text).toMatch(/not a typical side effect/);
  });

  it.each([
    [
      'Emergency: cervical treatment → neck warning signs',
      ['soft_tissue'],
      ['cervical'],
      'neck_warning_signs',
      true,
    ],
    ['Emergency: head treatment → neck warning signs', ['cranial'], ['head'], 'neck_warning_signs', true],
    [
      'Emergency: lumbar-only treatment → no neck warning',
      ['soft_tissue'],
      ['lumbar'],
      'neck_warning_signs',
      false,
    ],
    [
      'Emergency: lumbar treatment → cauda equina warning',
      ['muscle_energy'],
      ['lumbar'],
      'low_back_warning_signs',
      true,
    ],
    [
      'Emergency: upper-extremity only → no cauda equina warning',
      ['muscle_energy'],
      ['upper_extremities'],
      'low_back_warning_signs',
      false,
    ],
    ['Cagnie: HVLA → thrust expectations', ['hvla'], ['thoracic'], 'hvla_expectations', true],
    ['no HVLA → no thrust item', ['counterstrain'], ['thoracic'], 'hvla_expectations', false],
    ['counterstrain → 1–5 day soreness', ['counterstrain'], ['thoracic'], 'counterstrain_fpr_soreness', true],
    ['FPR → 1–5 day soreness', ['fpr'], ['thoracic'], 'counterstrain_fpr_soreness', true],
    ['BLT → several days soreness', ['blt'], ['pelvic'], 'blt_soreness', true],
    ['lymphatic pump → headache/tiredness note', ['lymphatic_pump'], ['thoracic'], 'lymphatic_effects', true],
  ] as const)('%s', (_name, techniques, regions, id, present) => {
    const ids = aftercareFor({ techniques: [...techniques], regions: [...regions], lang: 'en' }).map(
      (i) => i.id,
    );
    expect(ids.includes(id)).toBe(present);
  });

  it('each item appears once even when several techniques and regions trigger it', () => {
    const items = aftercareFor({
      techniques: ['counterstrain', 'fpr', 'hvla', 'hvla'],
      regions: ['cervical', 'head', 'lumbar', 'sacral'],
      lang: 'es',
    });
    const ids = items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('neck_warning_signs');
  });

  it('Spanish sheet has the same items as English, with Spanish text', () => {
    const input = {
      techniques: ['hvla', 'lymphatic_pump'] as const,
      regions: ['cervical', 'lumbar'] as const,
    };
    const en = aftercareFor({ techniques: [...input.techniques], regions: [...input.regions], lang: 'en' });
    const es = aftercareFor({ techniques: [...input.techniques], regions: [...input.regions], lang: 'es' });
    expect(es.map((i) => i.id)).toEqual(en.map((i) => i.id));
    expect(es.find((i) => i.id === 'hydrate')?.text).toBe('Beba abundante agua hoy.');
    es.forEach((item, i) => expect(item.text).not.toBe(en[i]?.text));
  });

  it.each(AFTERCARE_CONTENT.map((c) => [c.id, c] as const))(
    '%s: both languages complete and sourced',
    (_id, c) => {
      for (const lang of LANGS) expect(c.text[lang].trim().length).toBeGreaterThan(10);
      expect(c.text.es).not.toBe(c.text.en);
      expect(c.source).toMatch(/^Clinical reference CR-(AFTER|AE)-\d+/);
    },
  );
});
