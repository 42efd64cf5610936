import { describe, it, expect } from 'vitest';
import { TECHNIQUES, techniqueById } from './technique-catalogue';
import { TECHNIQUE_IDS, isTechniqueId } from './technique-ids';

describe('technique catalogue (omt-reference §2)', () => {
  it('has one entry per TECHNIQUE_ID in order, each sourced to §2', () => {
    expect(TECHNIQUES.map((t) => t.id)).toEqual([...TECHNIQUE_IDS]);
    for (const t of TECHNIQUES) {
      expect(t.source).toMatch(/^omt-reference §2 row/);
      expect(t.positions.length).toBeGreaterThan(0);
      expect(t.breathingCue.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['§2 row HVLA [T12]: direct, passive', 'hvla', 'direct', 'passive'],
    ['§2 row Muscle energy [T3]: direct, active', 'muscle_energy', 'direct', 'active'],
    ['§2 row Counterstrain [T5]: indirect, passive', 'counterstrain', 'indirect', 'passive'],
    ['§2 row FPR [T5]: indirect, passive', 'fpr', 'indirect', 'passive'],
    ['§2 row Myofascial release [T2]: combined', 'myofascial_release', 'combined', 'passive'],
    ['§2 row Soft tissue [T25]: direct, passive', 'soft_tissue', 'direct', 'passive'],
    ['§2 row Articulatory [T10]: direct, passive', 'articulatory', 'direct', 'passive'],
    ['§2 row Rib raising [T2]: direct, passive', 'rib_raising', 'direct', 'passive'],
    ['§2 row Still [T21]: indirect → direct', 'still', 'combined', 'passive'],
    [
      '§2 row Diaphragm release [T2]: respiratory cooperation',
      'diaphragm_release',
      'varies',
      'passive_with_cooperation',
    ],
  ] as const)('%s', (_name, id, approach, activity) => {
    const t = techniqueById(id);
    expect(t.approach).toBe(approach);
    expect(t.activity).toBe(activity);
  });

  it.each([
    ['§2 row Counterstrain [T5]: 90 s hold', 'counterstrain', /90 s/],
    ['§2 row Muscle energy [T3]: 3–5 s contraction', 'muscle_energy', /3–5 s/],
    ['§2 row FPR [T7]: 3–5 s', 'fpr', /3–5 s/],
  ] as const)('%s', (_name, id, pattern) => {
    expect(techniqueById(id).typicalDuration).toMatch(pattern);
  });

  it.each([
    ['hvla', true],
    ['lymphatic_pump', true],
    ['97140', false],
    ['HVLA', false],
    [undefined, false],
  ] as const)('isTechniqueId(%j) is %s', (x, expected) => {
    expect(isTechniqueId(x)).toBe(expected);
  });

  it('techniqueById throws on an unknown id', () => {
    expect(() => techniqueById('thrust' as never)).toThrow(RangeError);
  });
});
