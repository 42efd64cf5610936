import { describe, expect, it } from 'vitest';
import { normalizeInstant, toInstant } from './clock';

describe('toInstant / normalizeInstant', () => {
  it.each([
    ['2026-12-01T09:30:00.000Z', '2026-12-01T09:30:00Z'],
    ['2026-12-01T09:30:59.999Z', '2026-12-01T09:30:59Z'],
    ['2026-12-01T04:30:00-05:00', '2026-12-01T09:30:00Z'],
    ['2026-03-08T02:30:00+05:30', '2026-03-07T21:00:00Z'],
    ['+010000-01-01T00:00:00.000Z', '+010000-01-01T00:00:00Z'],
    ['-000001-06-01T00:00:00.000Z', '-000001-06-01T00:00:00Z'],
  ])('%s → %s', (input, stored) => {
    expect(normalizeInstant(input)).toBe(stored);
  });

  it('drops the milliseconds of a Date', () => {
    expect(toInstant(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)))).toBe('2026-01-02T03:04:05Z');
  });
});
