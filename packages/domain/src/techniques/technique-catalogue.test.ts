import { describe, it, expect } from 'vitest';
import { TECHNIQUES, techniqueById } from './technique-catalogue';
import { TECHNIQUE_IDS, isTechniqueId } from './technique-ids';

describe('technique catalogue (clinical-reference CR-TECH rows)', () => {
  it('has one entry per TECHNIQUE_ID in order, each citing its CR-TECH row', () => {
    expect(TECHNIQUES.map((t) => t.id)).toEqual([...TECHNIQUE_IDS]);
    for (const t of TECHNIQUES) {
      expect(t.source).toMatch(/^Clinical reference CR-TECH-\d+/);
      expect(t.positions.length).toBeGreaterThan(0);
      expect(t.breathingCue.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['row HVLA: direct, passive', 'hvla', 'direct', 'passive'],
    ['row Muscle energy: direct, active', 'muscle_energy', 'direct', 'active'],
    ['row Counterstrain: indirect, passive', 'counterstrain', 'indirect', 'passive'],
    ['row FPR: indirect, passive', 'fpr', 'indirect', 'passive'],
    ['row Myofascial release: combined', 'myofascial_release', 'combined', 'passive'],
    ['row Soft tissue: direct, passive', 'soft_tissue', 'direct', 'passive'],
    ['row Articulatory: direct, passive', 'articulatory', 'direct', 'passive'],
    ['row Rib raising: direct, passive', 'rib_raising', 'direct', 'passive'],
    ['row Still: indirect → direct', 'still', 'combined', 'passive'],
    [
      'row Diaphragm release: respiratory cooperation',
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
    ['row Counterstrain: 90 s hold', 'counterstrain', /90 s/],
    ['row Muscle energy: 3–5 s contraction', 'muscle_energy', /3–5 s/],
    ['row FPR: 3–5 s', 'fpr', /3–5 s/],
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
