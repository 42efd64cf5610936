import type { OpeningHours } from '@omt/contracts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * "Open Mon–Fri 08:00–18:00; Sat 09:00–13:00": a location's opening hours in its own wall clock, with
 * neighbouring days that keep the same hours joined into a range. Empty when none are recorded.
 */
export function openingHoursText(hours: readonly OpeningHours[]): string {
  if (!hours.length) return '';
  const byDay = DAYS.map((_, i) =>
    hours
      .filter((h) => h.weekday === i + 1)
      .sort((a, b) => (a.start < b.start ? -1 : 1))
      .map((h) => `${h.start}–${h.end}`)
      .join(', '),
  );
  const parts: string[] = [];
  for (let day = 0; day < 7; day++) {
    const times = byDay[day];
    if (!times) continue;
    let last = day;
    while (last + 1 < 7 && byDay[last + 1] === times) last++;
    parts.push(`${DAYS[day]}${last > day ? `–${DAYS[last]}` : ''} ${times}`);
    day = last;
  }
  return `Open ${parts.join('; ')}`;
}
