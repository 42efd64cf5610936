import { describe, expect, it } from 'vitest';
import { slotBlocks } from './slot-blocks';

describe('slotBlocks', () => {
  it('a 60-minute aligned interval at 15-minute blocks gives 4 instants', () => {
    expect(slotBlocks({ start: '2026-03-09T14:00:00Z', end: '2026-03-09T15:00:00Z' }, 15)).toEqual([
      '2026-03-09T14:00:00Z',
      '2026-03-09T14:15:00Z',
      '2026-03-09T14:30:00Z',
      '2026-03-09T14:45:00Z',
    ]);
  });

  it.each([
    ['misaligned start is floored', '14:05', '14:45', ['14:00', '14:15', '14:30']],
    ['misaligned end is ceiled', '14:00', '14:50', ['14:00', '14:15', '14:30', '14:45']],
    ['both misaligned', '14:05', '14:20', ['14:00', '14:15']],
    ['inside one block', '14:05', '14:10', ['14:00']],
    ['aligned end adds no extra block', '14:15', '14:30', ['14:15']],
    ['crosses midnight UTC', '23:45', '24:15', ['23:45', '24:00']],
  ])('%s', (_name, start, end, expected) => {
    const at = (hhmm: string) => {
      const [h, m] = hhmm.split(':').map(Number) as [number, number];
      const day = h >= 24 ? '10' : '09';
      return `2026-03-${day}T${String(h % 24).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`;
    };
    expect(slotBlocks({ start: at(start), end: at(end) }, 15)).toEqual(expected.map(at));
  });

  it('covers sub-second spill-over and normalises offsets to UTC', () => {
    expect(slotBlocks({ start: '2026-03-09T09:30:00-04:00', end: '2026-03-09T14:00:00.001Z' }, 30)).toEqual([
      '2026-03-09T13:30:00Z',
      '2026-03-09T14:00:00Z',
    ]);
  });

  it('aligns to UTC, so a +05:30 location still gets whole blocks', () => {
    // 09:00 IST = 03:30Z
    expect(slotBlocks({ start: '2026-03-09T09:00:00+05:30', end: '2026-03-09T10:00:00+05:30' }, 30)).toEqual([
      '2026-03-09T03:30:00Z',
      '2026-03-09T04:00:00Z',
    ]);
  });

  it('handles instants before 1970 (floor, not truncate)', () => {
    expect(slotBlocks({ start: '1969-12-31T23:50:00Z', end: '1970-01-01T00:10:00Z' }, 15)).toEqual([
      '1969-12-31T23:45:00Z',
      '1970-01-01T00:00:00Z',
    ]);
  });

  it('an empty interval covers no block', () => {
    expect(slotBlocks({ start: '2026-03-09T14:05:00Z', end: '2026-03-09T14:05:00Z' }, 15)).toEqual([]);
  });

  it.each([0, -15, 1.5, Number.NaN])('rejects blockMinutes %s', (block) => {
    expect(() => slotBlocks({ start: '2026-03-09T14:00:00Z', end: '2026-03-09T15:00:00Z' }, block)).toThrow(
      RangeError,
    );
  });

  it('rejects an inverted interval', () => {
    expect(() => slotBlocks({ start: '2026-03-09T15:00:00Z', end: '2026-03-09T14:00:00Z' }, 15)).toThrow(
      RangeError,
    );
  });
});
