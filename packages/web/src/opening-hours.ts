import type { OpeningHours } from '@omt/contracts';

const DAYS = {
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  es: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
};
const OPEN = { en: 'Open', es: 'Abierto' };

/**
 * "Open Mon–Fri 08:00–18:00; Sat 09:00–13:00": a location's opening hours in its own wall clock, with
 * neighbouring days that keep the same hours joined into a range (in Spanish "Abierto lun–vie …"). Empty when
 * none are recorded.
 */
export function openingHoursText(hours: readonly OpeningHours[], lang: 'en' | 'es' = 'en'): string {
  if (!hours.length) return '';
  const names = DAYS[lang];
  const byDay = names.map((_, i) =>
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
    parts.push(`${names[day]}${last > day ? `–${names[last]}` : ''} ${times}`);
    day = last;
  }
  return `${OPEN[lang]} ${parts.join('; ')}`;
}
