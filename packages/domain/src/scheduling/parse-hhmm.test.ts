import { describe, expect, it } from 'vitest';
import { minutesOfDay, parseHHMM } from './parse-hhmm';

describe('parseHHMM', () => {
  it.each([
    ['00:00', 0, 0],
    ['09:05', 9, 5],
    ['12:30', 12, 30],
    ['23:59', 23, 59],
  ])('parses %s', (s, hour, minute) => {
    expect(parseHHMM(s)).toEqual({ hour, minute });
  });

  it.each([
    '24:00',
    '9:00',
    '09:60',
    '0900',
    '09:00:00',
    ' 09:00',
    '09:00 ',
    'ab:cd',
    '',
    '-1:00',
    '１２:００',
  ])('rejects %j with RangeError', (s) => {
    expect(() => parseHHMM(s)).toThrow(RangeError);
  });

  it('rejects non-strings with RangeError', () => {
    expect(() => parseHHMM(undefined as unknown as string)).toThrow(RangeError);
  });

  it('minutesOfDay counts from local midnight', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('13:45')).toBe(825);
  });
});
