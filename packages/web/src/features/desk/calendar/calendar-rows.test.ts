import { describe, expect, it } from 'vitest';
import { calendarRows, workingDays } from './calendar-rows';
import { NY, visitAt as at } from './test-support/visit-at';

const mon = (start: string, end: string) => ({ locationId: 'loc', weekday: 1, start, end });

describe('calendar rows', () => {
  it('are the union of the working windows on the shown days, gaps left out', () => {
    const rows = calendarRows(['2026-06-08'], [mon('09:00', '11:00'), mon('13:00', '14:00')], [], NY);
    expect(rows).toEqual([540, 570, 600, 630, 780, 810]);
  });

  it('ignore hours of weekdays not shown and stretch to a visit outside the hours', () => {
    const tuesday = { locationId: 'loc', weekday: 2, start: '07:00', end: '08:00' };
    const rows = calendarRows(['2026-06-08'], [mon('09:00', '10:00'), tuesday], [at('17:30', 30)], NY);
    expect(rows).toEqual([540, 570, 1050]);
  });

  it('keep a week to the days someone works or has a visit', () => {
    const week = ['2026-06-08', '2026-06-09', '2026-06-13'];
    expect(workingDays(week, [mon('09:00', '10:00')], [], NY)).toEqual(['2026-06-08']);
  });
});
