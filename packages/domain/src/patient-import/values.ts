/**
 * The values of other systems' exports read as ours: birth dates, sex, language and a guardian's relationship.
 * Each returns null for a value it cannot read, so the row is refused naming the field.
 */

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export type ImportDate = { date: string } | { error: string };

/**
 * A birth date as exports write it: YYYY-MM-DD (a time after it, as some systems add, is ignored) or the US
 * MM/DD/YYYY. Two-digit years and day-first dates are refused as ambiguous rather than guessed.
 */
export function parseImportDate(raw: string): ImportDate {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text);
  if (iso) {
    const date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { date } : { error: `${text} is not a real date` };
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  if (us) {
    if (us[3]!.length === 2) return { error: `${text} has a two-digit year; write the year in full` };
    if (Number(us[1]) > 12 && Number(us[2]) <= 12) {
      return { error: `${text} looks day-first; write it as MM/DD/YYYY or YYYY-MM-DD` };
    }
    const date = validDate(Number(us[3]), Number(us[1]), Number(us[2]));
    return date ? { date } : { error: `${text} is not a real date` };
  }
  return { error: `${text} must be YYYY-MM-DD or MM/DD/YYYY` };
}

const SEX: Record<string, 'female' | 'male' | 'other' | 'unknown'> = {
  f: 'female',
  female: 'female',
  woman: 'female',
  m: 'male',
  male: 'male',
  man: 'male',
  o: 'other',
  other: 'other',
  x: 'other',
  nonbinary: 'other',
  'non-binary': 'other',
  u: 'unknown',
  unknown: 'unknown',
  'non binary': 'other',
  'not specified': 'unknown',
  'prefer not to say': 'unknown',
  declined: 'unknown',
  '': 'unknown',
};

/** F/M/O/U and the words (female, male, other, unknown, ...); blank is unknown; null when unreadable. */
export function parseImportSex(raw: string): 'female' | 'male' | 'other' | 'unknown' | null {
  return SEX[raw.trim().toLowerCase()] ?? null;
}

const LANGUAGE: Record<string, 'en' | 'es'> = {
  '': 'en',
  en: 'en',
  eng: 'en',
  english: 'en',
  es: 'es',
  spa: 'es',
  spanish: 'es',
  espanol: 'es',
};

/** en/es, English/Spanish/Español; blank is English; null when another language. */
export function parseImportLanguage(raw: string): 'en' | 'es' | null {
  const key = raw.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
  return LANGUAGE[key] ?? null;
}

/** parent (mother, father, parent), legal_guardian (guardian, legal guardian), other for anything else or blank. */
export function parseImportRelationship(raw: string): 'parent' | 'legal_guardian' | 'other' {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  if (['parent', 'mother', 'father', 'mom', 'dad'].includes(key)) return 'parent';
  if (['guardian', 'legal guardian'].includes(key)) return 'legal_guardian';
  return 'other';
}
