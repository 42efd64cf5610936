import { describe, it, expect } from 'vitest';
import { emptyTart, hasSomaticDysfunction, tartElementsPresent, type TartFindings } from './tart';

const tart = (over: Partial<TartFindings>): TartFindings => ({ ...emptyTart(), ...over });

describe('hasSomaticDysfunction — omt-reference §1.3 [C7] (≥1 TART element)', () => {
  it.each([
    ['§1.3 [C7] no element → no somatic dysfunction', tart({}), false],
    ['§1.3 [C7] tenderness alone suffices', tart({ tenderness: true }), true],
    ['§1.3 [C7] asymmetry alone suffices', tart({ asymmetry: true }), true],
    ['§1.3 [C7] restriction alone suffices', tart({ restriction: true }), true],
    ['§1.3 [C7] tissue texture alone suffices', tart({ tissueTexture: true }), true],
    [
      '§1.3 [C7] all four elements',
      tart({ tenderness: true, asymmetry: true, restriction: true, tissueTexture: true }),
      true,
    ],
  ])('%s', (_name, findings, expected) => {
    expect(hasSomaticDysfunction(findings)).toBe(expected);
  });

  it('lists present elements in T-A-R-T order', () => {
    expect(tartElementsPresent(tart({ tissueTexture: true, tenderness: true }))).toEqual([
      'tenderness',
      'tissueTexture',
    ]);
  });
});
