import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEpochMs } from './instant';

describe('formatEpochMs', () => {
  it('writes whole-second instants exactly as Date#toISOString does, without the milliseconds', () => {
    const seconds = fc.integer({ min: -2_000_000_000, max: 6_000_000_000 });
    fc.assert(
      fc.property(seconds, (s) => {
        const ms = s * 1000;
        expect(formatEpochMs(ms)).toBe(new Date(ms).toISOString().replace('.000Z', 'Z'));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the date right at midnight UTC and across a New York clock change', () => {
    expect(formatEpochMs(Date.parse('2026-03-08T00:00:00Z'))).toBe('2026-03-08T00:00:00Z');
    expect(formatEpochMs(Date.parse('2026-03-08T06:59:59Z'))).toBe('2026-03-08T06:59:59Z');
    expect(formatEpochMs(Date.parse('2026-11-01T05:30:00Z'))).toBe('2026-11-01T05:30:00Z');
  });
});
