import { describe, expect, it } from 'vitest';
import { logoTypeOf, normaliseEin } from './profile-rules';

describe('EIN (NN-NNNNNNN)', () => {
  it.each([
    ['12-3456789', '12-3456789'],
    [' 12-3456789 ', '12-3456789'],
    ['123456789', '12-3456789'],
    ['1-23456789', null],
    ['12-345678', null],
    ['12-34567890', null],
    ['12 3456789', null],
    ['AB-3456789', null],
    ['', null],
  ] as const)('%j → %j', (input, expected) => {
    expect(normaliseEin(input)).toBe(expected);
  });
});

describe('logo type from its magic bytes', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  it.each([
    ['PNG signature', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), 'image/png'],
    ['JPEG SOI + marker', bytes(0xff, 0xd8, 0xff, 0xe0, 0), 'image/jpeg'],
    ['GIF', bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61), null],
    ['PNG signature cut short', bytes(0x89, 0x50, 0x4e, 0x47), null],
    ['SVG text', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    ['empty', bytes(), null],
  ] as const)('%s → %s', (_name, input, expected) => {
    expect(logoTypeOf(input)).toBe(expected);
  });
});
