import { describe, expect, it } from 'vitest';
import { luhnCheckDigit, npiProblem } from './npi';

describe('NPI check digit (Luhn over 80840 + the first nine digits)', () => {
  it.each([
    // CMS's worked example: 123456789 → check digit 3.
    ['1234567893', null],
    ['1245319599', null],
    ['1003000126', null],
    ['1679576722', null],
    ['1801992631', null],
    ['2000000002', null],
    // One digit off, or two digits swapped: the check digit catches it.
    ['1234567890', 'check_digit'],
    ['1234567894', 'check_digit'],
    ['1234567983', 'check_digit'],
    ['1679576723', 'check_digit'],
    // Not ten digits.
    ['123456789', 'format'],
    ['12345678931', 'format'],
    ['12345678a3', 'format'],
    [' 1234567893', 'format'],
    ['', 'format'],
  ] as const)('%s → %s', (npi, problem) => {
    expect(npiProblem(npi)).toBe(problem);
  });

  it('computes the plain Luhn digit (the 80840 prefix contributes 24, as CMS says)', () => {
    expect(luhnCheckDigit('7992739871')).toBe(3);
    expect(luhnCheckDigit('80840123456789')).toBe(3);
    // CMS: the doubled-alternate sum of 123456789 is 43, plus 24 for the prefix is 67, so the digit is 3 (7 without it).
    expect(luhnCheckDigit('123456789')).toBe(7);
  });
});
