import { describe, expect, it } from 'vitest';
import { wallToInstant } from './calendar-time';

const NY = 'America/New_York';

describe('wall clock to instant', () => {
  it('uses the offset of the day, across DST', () => {
    expect(wallToInstant('2026-06-08', 9 * 60, NY)).toBe('2026-06-08T13:00:00Z');
    expect(wallToInstant('2026-01-12', 9 * 60, NY)).toBe('2026-01-12T14:00:00Z');
    expect(wallToInstant('2026-03-08', 3 * 60, NY)).toBe('2026-03-08T07:00:00Z');
  });
});
