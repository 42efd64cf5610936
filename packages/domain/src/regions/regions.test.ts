import { describe, it, expect } from 'vitest';
import { REGION_IDS, REGIONS, regionById, isRegionId } from './regions';

describe('OMT regions (clinical-reference CR-REG-3)', () => {
  it('has exactly the 10 CPT regions, one row each, in REGION_IDS order', () => {
    expect(REGIONS.map((r) => r.id)).toEqual([...REGION_IDS]);
    expect(new Set(REGIONS.map((r) => r.icd10)).size).toBe(10);
  });

  it.each([
    ['row 1 head', 'head', 'M99.00'],
    ['row 2 cervical', 'cervical', 'M99.01'],
    ['row 3 thoracic', 'thoracic', 'M99.02'],
    ['row 4 lumbar', 'lumbar', 'M99.03'],
    ['row 5 sacral', 'sacral', 'M99.04'],
    ['row 6 pelvic', 'pelvic', 'M99.05'],
    ['row 7 lower extremities', 'lower_extremities', 'M99.06'],
    ['row 8 upper extremities', 'upper_extremities', 'M99.07'],
    ['row 9 rib cage', 'rib_cage', 'M99.08'],
    ['row 10 abdomen and viscera', 'abdomen', 'M99.09'],
  ] as const)('%s → %s maps to %s', (_name, id, code) => {
    const region = regionById(id);
    expect(region.icd10).toBe(code);
    expect(region.source).toMatch(/^Clinical reference CR-REG-3/);
  });

  it('marks titles inferred from the pattern, and cites CR-REG-4 for them', () => {
    const confirmed = REGIONS.filter((r) => r.titleUnconfirmed !== true).map((r) => r.icd10);
    expect(confirmed).toEqual(['M99.01', 'M99.06', 'M99.09']);
    for (const r of REGIONS) expect(r.source.includes('CR-REG-4')).toBe(r.titleUnconfirmed === true);
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
