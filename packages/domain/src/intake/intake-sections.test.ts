import { describe, expect, it } from 'vitest';
import { intakeSectionsFor } from './intake-sections';

describe('intakeSectionsFor (design choices documented in intake-sections.ts)', () => {
  it.each([
    [
      'infant of 10 weeks: infant section and infant red flags only',
      0.2,
      'male',
      {
        selfReport: false,
        peg: false,
        mentalHealth: false,
        infant: true,
        pregnancy: false,
        child: true,
        regionRedFlags: false,
        infantRedFlags: true,
      },
    ],
    [
      'age 2 is no longer an infant',
      2,
      'female',
      {
        selfReport: true,
        peg: false,
        mentalHealth: false,
        infant: false,
        pregnancy: false,
        child: true,
        regionRedFlags: true,
        infantRedFlags: false,
      },
    ],
    [
      'girl of 12: PHQ and pregnancy',
      12,
      'female',
      {
        selfReport: true,
        peg: false,
        mentalHealth: true,
        infant: false,
        pregnancy: true,
        child: true,
        regionRedFlags: true,
        infantRedFlags: false,
      },
    ],
    [
      'woman of 32: adult sections and pregnancy',
      32,
      'female',
      {
        selfReport: true,
        peg: true,
        mentalHealth: true,
        infant: false,
        pregnancy: true,
        child: false,
        regionRedFlags: true,
        infantRedFlags: false,
      },
    ],
    [
      'woman of 55: still asked about pregnancy',
      55,
      'female',
      {
        selfReport: true,
        peg: true,
        mentalHealth: true,
        infant: false,
        pregnancy: true,
        child: false,
        regionRedFlags: true,
        infantRedFlags: false,
      },
    ],
    [
      'woman of 56: no pregnancy section',
      56,
      'female',
      {
        selfReport: true,
        peg: true,
        mentalHealth: true,
        infant: false,
        pregnancy: false,
        child: false,
        regionRedFlags: true,
        infantRedFlags: false,
      },
    ],
    [
      'man of 42: adult sections, no pregnancy',
      42,
      'male',
      {
        selfReport: true,
        peg: true,
        mentalHealth: true,
        infant: false,
        pregnancy: false,
        child: false,
        regionRedFlags: true,
        infantRedFlags: false,
      },
    ],
  ])('%s', (_name, ageYears, sex, expected) => {
    expect(intakeSectionsFor({ ageYears, sex })).toEqual(expected);
  });

  it('rejects a negative age', () => {
    expect(() => intakeSectionsFor({ ageYears: -1, sex: 'male' })).toThrow(RangeError);
  });
});
