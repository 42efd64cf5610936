import { describe, it, expect } from 'vitest';
import { emptyTart, hasSomaticDysfunction, tartElementsPresent, type TartFindings } from './tart';

const tart = (over: Partial<TartFindings>): TartFindings => ({ ...emptyTart(), ...over });

describe('hasSomaticDysfunction — clinical-reference CR-EXAM-1 (≥1 TART element)', () => {
  it.each([
    ['no element → no somatic dysfunction', tart({}), false],
    ['tenderness alone suffices', tart({ tenderness: true }), true],
    ['asymmetry alone suffices', tart({ asymmetry: true }), true],
    ['restriction alone suffices', tart({ restriction: true }), true],
    ['tissue texture alone suffices', tart({ tissueTexture: true }), true],
    [
      'all four elements',
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
