import { describe, it, expect } from 'vitest';
import { REGION_IDS, REGIONS, regionById, isRegionId } from './regions';

describe('OMT regions (omt-reference §1.2)', () => {
  it('has exactly the 10 CPT regions, one row each, in REGION_IDS order (§1.2 [C1][C2])', () => {
    expect(REGIONS.map((r) => r.id)).toEqual([...REGION_IDS]);
    expect(new Set(REGIONS.map((r) => r.icd10)).size).toBe(10);
  });

  it.each([
    ['§1.2 row 1 head', 'head', 'M99.00'],
    ['§1.2 row 2 cervical', 'cervical', 'M99.01'],
    ['§1.2 row 3 thoracic', 'thoracic', 'M99.02'],
    ['§1.2 row 4 lumbar', 'lumbar', 'M99.03'],
    ['§1.2 row 5 sacral', 'sacral', 'M99.04'],
    ['§1.2 row 6 pelvic', 'pelvic', 'M99.05'],
    ['§1.2 row 7 lower extremities', 'lower_extremities', 'M99.06'],
    ['§1.2 row 8 upper extremities', 'upper_extremities', 'M99.07'],
    ['§1.2 row 9 rib cage', 'rib_cage', 'M99.08'],
    ['§1.2 row 10 abdomen and viscera', 'abdomen', 'M99.09'],
  ] as const)('%s → %s maps to %s', (_name, id, code) => {
    const region = regionById(id);
    expect(region.icd10).toBe(code);
    expect(region.source).toMatch(/omt-reference §1\.2 row \d+/);
  });

  it('marks titles not confirmed by [C15] as unconfirmed (§1.2 notes)', () => {
    const confirmed = REGIONS.filter((r) => r.titleUnconfirmed !== true).map((r) => r.icd10);
    expect(confirmed).toEqual(['M99.01', 'M99.06', 'M99.09']);
  });

  it.each([
    ['cervical', true],
    ['abdomen', true],
    ['neck', false],
    ['Cervical', false],
    [3, false],
    [null, false],
  ] as const)('isRegionId(%j) is %s', (x, expected) => {
    expect(isRegionId(x)).toBe(expected);
  });

  it('regionById throws for an id outside the list', () => {
    expect(() => regionById('neck' as never)).toThrow(RangeError);
  });
});
