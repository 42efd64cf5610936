import { describe, expect, it } from 'vitest';
import { slotsInWindows } from './one-off-windows';

describe('slots in one-off extra hours', () => {
  const base = {
    durationMinutes: 30,
    stepMinutes: 30,
    from: '2026-06-06T00:00:00Z',
    to: '2026-06-07T00:00:00Z',
  };
  it.each([
    ['a two-hour window gives four half-hour slots', [], undefined, ['14:00', '14:30', '15:00', '15:30']],
    [
      'a booking removes its slot',
      [{ start: '2026-06-06T14:30:00Z', end: '2026-06-06T15:00:00Z' }],
      undefined,
      ['14:00', '15:00', '15:30'],
    ],
    ['notice removes early slots', [], '2026-06-06T15:00:00Z', ['15:00', '15:30']],
  ])('%s', (_name, busy, notBefore, times) => {
    const slots = slotsInWindows({
      ...base,
      busy,
      windows: [{ start: '2026-06-06T14:00:00Z', end: '2026-06-06T16:00:00Z' }],
      ...(notBefore ? { notBefore } : {}),
    });
    expect(slots.map((s) => s.start.slice(11, 16))).toEqual(times);
  });

  it('a 45-minute visit does not run past the window', () => {
    const slots = slotsInWindows({
      ...base,
      durationMinutes: 45,
      busy: [],
      windows: [{ start: '2026-06-06T14:00:00Z', end: '2026-06-06T15:00:00Z' }],
    });
    expect(slots).toEqual([{ start: '2026-06-06T14:00:00Z', end: '2026-06-06T14:45:00Z' }]);
  });
});
