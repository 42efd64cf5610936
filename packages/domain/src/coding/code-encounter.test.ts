import { describe, it, expect } from 'vitest';
import { emptyTart, type TartFindings } from '../exam';
import { REGION_IDS, type RegionId } from '../regions';
import { codeEncounter, type CodingRegionInput } from './code-encounter';
import { cptForRegionCount, isOmtCpt, NON_OMT_MANIPULATION_CODES } from './omt-cpt';

const TENDER: TartFindings = { ...emptyTart(), tenderness: true };
const treated = (region: RegionId, tart: TartFindings = TENDER): CodingRegionInput => ({
  region,
  tart,
  treated: true,
});
const firstN = (n: number): CodingRegionInput[] => REGION_IDS.slice(0, n).map((r) => treated(r));

describe('codeEncounter — CPT by count of treated regions with TART (clinical-reference CR-REG-1, CR-EXAM-1)', () => {
  it.each([
    ['row 98925: 1 region', 1, '98925'],
    ['row 98925: 2 regions', 2, '98925'],
    ['row 98926: 3 regions', 3, '98926'],
    ['row 98926: 4 regions', 4, '98926'],
    ['row 98927: 5 regions', 5, '98927'],
    ['row 98927: 6 regions', 6, '98927'],
    ['row 98928: 7 regions', 7, '98928'],
    ['row 98928: 8 regions', 8, '98928'],
    ['row 98929: 9 regions', 9, '98929'],
    ['row 98929: 10 regions', 10, '98929'],
  ] as const)('%s → %s', (_name, n, cpt) => {
    const result = codeEncounter({ regions: firstN(n), separateEmDocumented: false });
    expect(result.cpt).toBe(cpt);
    expect(result.regionCount).toBe(n);
    expect(result.diagnoses).toHaveLength(n);
    expect(result.blockers).toEqual([]);
  });

  it('emits one M99.0x diagnosis per counted region', () => {
    const result = codeEncounter({
      regions: [treated('lumbar'), treated('cervical')],
      separateEmDocumented: false,
    });
    expect(result.diagnoses).toEqual([
      { region: 'cervical', icd10: 'M99.01', title: 'Segmental and somatic dysfunction of cervical region' },
      { region: 'lumbar', icd10: 'M99.03', title: 'Segmental and somatic dysfunction of lumbar region' },
    ]);
  });

  it('treated region without TART is a blocker and is not counted', () => {
    const result = codeEncounter({
      regions: [treated('lumbar'), treated('sacral', emptyTart()), treated('pelvic')],
      separateEmDocumented: false,
    });
    expect(result.regionCount).toBe(2);
    expect(result.cpt).toBe('98925');
    expect(result.blockers).toEqual([
      expect.objectContaining({ code: 'treated_without_tart', region: 'sacral' }),
    ]);
  });

  it('a region with TART but not treated is not counted and not blocked', () => {
    const result = codeEncounter({
      regions: [treated('lumbar'), { region: 'thoracic', tart: TENDER, treated: false }],
      separateEmDocumented: false,
    });
    expect(result.regionCount).toBe(1);
    expect(result.diagnoses.map((d) => d.region)).toEqual(['lumbar']);
    expect(result.blockers).toEqual([]);
  });

  it('nothing countable → cpt null and no_countable_regions blocker', () => {
    const result = codeEncounter({ regions: [treated('head', emptyTart())], separateEmDocumented: true });
    expect(result.cpt).toBeNull();
    expect(result.regionCount).toBe(0);
    expect(result.emModifier25).toBe(false);
    expect(result.blockers.map((b) => b.code)).toEqual(['treated_without_tart', 'no_countable_regions']);
  });

  it('empty encounter → no_countable_regions', () => {
    const result = codeEncounter({ regions: [], separateEmDocumented: false });
    expect(result.cpt).toBeNull();
    expect(result.blockers.map((b) => b.code)).toEqual(['no_countable_regions']);
  });

  it('counts distinct regions: the same region twice counts once', () => {
    const result = codeEncounter({
      regions: [
        treated('lumbar'),
        treated('lumbar', { ...emptyTart(), restriction: true }),
        treated('sacral'),
      ],
      separateEmDocumented: false,
    });
    expect(result.regionCount).toBe(2);
    expect(result.diagnoses).toHaveLength(2);
  });

  it('rejects a region outside the 10 OMT regions with a blocker', () => {
    const result = codeEncounter({
      regions: [treated('neck' as RegionId), treated('lumbar')],
      separateEmDocumented: false,
    });
    expect(result.regionCount).toBe(1);
    expect(result.blockers.map((b) => b.code)).toEqual(['unknown_region']);
  });

  it.each([
    ['separate E/M documented → modifier 25', true, true],
    ['no separate E/M (pre-service assessment is part of OMT) → no modifier 25', false, false],
  ])('%s', (_name, separateEmDocumented, expected) => {
    expect(codeEncounter({ regions: firstN(3), separateEmDocumented }).emModifier25).toBe(expected);
  });

  it('result carries its CR-REG-1 source', () => {
    expect(codeEncounter({ regions: firstN(1), separateEmDocumented: false }).source).toMatch(/CR-REG-1\b/);
  });
});

describe('OMT CPT guards (clinical-reference CR-REG-2)', () => {
  it.each([...NON_OMT_MANIPULATION_CODES])('%s is never an OMT code', (code) => {
    expect(isOmtCpt(code)).toBe(false);
  });

  it.each(['98925', '98926', '98927', '98928', '98929'])('%s is an OMT code', (code) => {
    expect(isOmtCpt(code)).toBe(true);
  });

  it.each([
    [0, null],
    [11, null],
    [-1, null],
  ])('CR-REG-1: count %i → %s', (n, cpt) => {
    expect(cptForRegionCount(n)).toBe(cpt);
  });

  it('rejects a non-integer count', () => {
    expect(() => cptForRegionCount(2.5)).toThrow(RangeError);
  });
});
