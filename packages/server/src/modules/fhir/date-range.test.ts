import { describe, expect, it } from 'vitest';
import { dateMatches, dateRange, splitPrefix, type DatePrefix } from './date-range';

describe('FHIR date search ranges', () => {
  it.each([
    ['2026', '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
    ['2026-02', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
    ['2026-02-28', '2026-02-28T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
    ['2026-06-01T14:00Z', '2026-06-01T14:00:00.000Z', '2026-06-01T14:01:00.000Z'],
    ['2026-06-01T10:00:05-04:00', '2026-06-01T14:00:05.000Z', '2026-06-01T14:00:06.000Z'],
  ])('%s covers [%s, %s)', (value, start, end) => {
    const r = dateRange(value);
    expect(r && [new Date(r.start).toISOString(), new Date(r.end).toISOString()]).toEqual([start, end]);
  });

  it.each(['2026-13', '2026-02-30', '2026-06-01T24:00Z', '26-06-01', '2026-06-01T14:00', 'today'])(
    'refuses %s',
    (value) => expect(dateRange(value)).toBeNull(),
  );

  // A visit at 14:00:00Z (a one-second range) against the day 2026-06-01 and the instant itself.
  const at = dateRange('2026-06-01T14:00:00Z')!;
  it.each<[DatePrefix, string, boolean]>([
    ['eq', '2026-06-01', true],
    ['eq', '2026-06-02', false],
    ['lt', '2026-06-01', false],
    ['lt', '2026-06-02', true],
    ['le', '2026-06-01T14:00:00Z', true],
    ['lt', '2026-06-01T14:00:00Z', false],
    ['gt', '2026-06-01T14:00:00Z', false],
    ['ge', '2026-06-01T14:00:00Z', true],
    ['gt', '2026-05-31', true],
    ['ge', '2026-06-02', false],
  ])('%s%s → %s', (prefix, value, expected) => {
    expect(dateMatches(prefix, dateRange(value)!, at)).toBe(expected);
  });

  it('reads the prefix, eq when there is none', () => {
    expect(splitPrefix('ge2026-06-01')).toEqual({ prefix: 'ge', date: '2026-06-01' });
    expect(splitPrefix('2026')).toEqual({ prefix: 'eq', date: '2026' });
  });
});
