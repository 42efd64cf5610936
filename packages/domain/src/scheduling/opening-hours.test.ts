import { describe, expect, it } from 'vitest';
import { withinOpeningHours } from './opening-hours';
import type { WeeklyHours } from './types';

const mon = (start: string, end: string): WeeklyHours => ({ weekday: 1, start, end });
const sat = (start: string, end: string): WeeklyHours => ({ weekday: 6, start, end });

describe('withinOpeningHours', () => {
  it.each<[string, WeeklyHours[], WeeklyHours[], WeeklyHours[]]>([
    [
      'hours inside opening hours stay whole',
      [mon('09:00', '17:00')],
      [mon('08:00', '18:00')],
      [mon('09:00', '17:00')],
    ],
    [
      'hours past closing are cut at closing',
      [mon('09:00', '19:00')],
      [mon('08:00', '18:00')],
      [mon('09:00', '18:00')],
    ],
    [
      'hours before opening start at opening',
      [mon('07:00', '12:00')],
      [mon('08:00', '18:00')],
      [mon('08:00', '12:00')],
    ],
    ['a day the location is closed has no hours', [sat('09:00', '13:00')], [mon('08:00', '18:00')], []],
    [
      'a lunch closing splits the hours',
      [mon('09:00', '17:00')],
      [mon('08:00', '12:00'), mon('13:00', '18:00')],
      [mon('09:00', '12:00'), mon('13:00', '17:00')],
    ],
    ['hours that only touch the opening hours vanish', [mon('06:00', '08:00')], [mon('08:00', '18:00')], []],
    [
      'no opening hours recorded: no restriction',
      [mon('06:00', '22:00'), sat('09:00', '13:00')],
      [],
      [mon('06:00', '22:00'), sat('09:00', '13:00')],
    ],
  ])('%s', (_name, hours, opening, expected) => {
    expect(withinOpeningHours(hours, opening)).toEqual(expected);
  });
});
