import type { Lang } from '../aftercare/aftercare-content';

/**
 * The clinic's own words (a visit type's name or description) as a reader of `lang` reads them: the Spanish where the
 * clinic wrote one, else the English. English readers (and staff) always get the English.
 */
export function clinicText(lang: Lang, english: string, spanish: string | null | undefined): string {
  return lang === 'es' && spanish != null && spanish.trim() !== '' ? spanish : english;
}
