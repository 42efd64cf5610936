import { describe, expect, it } from 'vitest';
import { anticoagulationMismatch, chartTextKey, isIcd10CmFormat, partialDateAfter } from './chart-entries';

describe('ICD-10-CM form (only the form, never whether the code exists)', () => {
  it.each([
    ['M54.50', true],
    ['M54.5', true],
    ['S13.4XXA', true],
    ['G44.209', true],
    ['R51', true],
    ['O99.89', true],
    ['m54.5', false],
    ['U07.1', false],
    ['M5', false],
    ['M54.', false],
    ['M54.50000', false],
    ['54.5', false],
    ['M54 5', false],
  ])('%s → %s', (code, ok) => expect(isIcd10CmFormat(code)).toBe(ok));
});

describe('partial dates after today', () => {
  it.each([
    ['2026', '2026-06-01', false],
    ['2027', '2026-06-01', true],
    ['2026-06', '2026-06-01', false],
    ['2026-07', '2026-06-01', true],
    ['2026-06-01', '2026-06-01', false],
    ['2026-06-02', '2026-06-01', true],
  ])('%s on %s → %s', (date, today, after) => expect(partialDateAfter(date, today)).toBe(after));
});

describe('chart text key', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(chartTextKey('  Penicilína   G ')).toBe('penicilina g');
  });
});

describe('anticoagulation: the safety factors stay the one source, a difference is pointed out', () => {
  const warfarin = { name: 'Warfarin', anticoagulant: true };
  const ibuprofen = { name: 'Ibuprofen', anticoagulant: false };
  it.each([
    [[warfarin], false, 'medication_not_in_factors'],
    [[warfarin], true, null],
    [[ibuprofen], true, 'factor_without_medication'],
    [[], true, null],
    [[ibuprofen], false, null],
  ] as const)('%j with factor %s → %s', (meds, factor, expected) =>
    expect(anticoagulationMismatch(meds, factor)).toBe(expected),
  );
});
