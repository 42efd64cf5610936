import { describe, expect, it } from 'vitest';
import { overlaps } from './overlaps';

const iv = (start: string, end: string) => ({
  start: `2026-03-09T${start}:00Z`,
  end: `2026-03-09T${end}:00Z`,
});

describe('overlaps', () => {
  it.each([
    ['identical', iv('10:00', '11:00'), iv('10:00', '11:00'), true],
    ['partial left', iv('09:30', '10:30'), iv('10:00', '11:00'), true],
    ['partial right', iv('10:30', '11:30'), iv('10:00', '11:00'), true],
    ['contains', iv('09:00', '12:00'), iv('10:00', '11:00'), true],
    ['contained', iv('10:15', '10:45'), iv('10:00', '11:00'), true],
    ['touching before (half-open)', iv('09:00', '10:00'), iv('10:00', '11:00'), false],
    ['touching after (half-open)', iv('11:00', '12:00'), iv('10:00', '11:00'), false],
    ['disjoint', iv('07:00', '08:00'), iv('10:00', '11:00'), false],
    ['empty inside other', iv('10:30', '10:30'), iv('10:00', '11:00'), false],
  ])('%s', (_name, a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });

  it('compares absolute time across offsets', () => {
    const a = { start: '2026-03-09T09:00:00-04:00', end: '2026-03-09T10:00:00-04:00' }; // 13:00–14:00Z
    expect(overlaps(a, iv('13:30', '13:45'))).toBe(true);
    expect(overlaps(a, iv('14:00', '15:00'))).toBe(false);
  });

  it('throws RangeError for an instant without offset', () => {
    expect(() =>
      overlaps({ start: '2026-03-09T10:00:00', end: '2026-03-09T11:00:00Z' }, iv('10:00', '11:00')),
    ).toThrow(RangeError);
  });
});
