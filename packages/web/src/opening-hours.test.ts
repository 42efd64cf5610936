import { describe, expect, it } from 'vitest';
import { openingHoursText } from './opening-hours';

describe('openingHoursText', () => {
  it('joins neighbouring days with the same hours, and lists split days in time order', () => {
    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));
    expect(openingHoursText([...weekdays, { weekday: 6, start: '09:00', end: '13:00' }])).toBe(
      'Open Mon–Fri 08:00–18:00; Sat 09:00–13:00',
    );
    expect(
      openingHoursText([
        { weekday: 3, start: '13:00', end: '17:00' },
        { weekday: 3, start: '08:00', end: '12:00' },
        { weekday: 1, start: '08:00', end: '12:00' },
      ]),
    ).toBe('Open Mon 08:00–12:00; Wed 08:00–12:00, 13:00–17:00');
  });

  it('writes the days in Spanish for a Spanish-speaking patient', () => {
    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));
    expect(openingHoursText([...weekdays, { weekday: 6, start: '09:00', end: '13:00' }], 'es')).toBe(
      'Abierto lun–vie 08:00–18:00; sáb 09:00–13:00',
    );
  });

  it('says nothing when no hours are recorded', () => {
    expect(openingHoursText([])).toBe('');
  });
});
