import { localDateTime, type Lang } from '@omt/domain';
import { APPOINTMENT_TEXTS } from './texts/appointment-texts';
import { fill } from './texts/fill';

/** US English and US Spanish ("lunes, 1 de junio de 2026", "9:00 a.m."). */
const LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** A day as a patient reads it, in their language and the given zone ("Monday, June 1, 2026"). */
export function visitDate(instant: string, timeZone: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'full', timeZone }).format(new Date(instant));
}

/**
 * A visit's start as a patient reads it, in their language and the location's zone, with the zone and its offset
 * ("Monday, June 1, 2026 at 9:00 AM Cleveland time (America/New_York, UTC-04:00)").
 */
export function visitDateTime(instant: string, timeZone: string, locationName: string, lang: Lang): string {
  const date = visitDate(instant, timeZone, lang);
  const time = new Intl.DateTimeFormat(LOCALE[lang], { timeStyle: 'short', timeZone }).format(
    new Date(instant),
  );
  return fill(APPOINTMENT_TEXTS[lang].dateTime, {
    date,
    time,
    location: locationName,
    zone: timeZone,
    offset: localDateTime(instant, timeZone).offset,
  });
}
