/**
 * The normalised forms patients are found by: names lower-cased without accents ("José" is found as "jose"),
 * emails lower-cased, phones as their digits (a US number without its leading country code 1).
 */

/** Lower case, accents removed, spaces collapsed. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** The digits of a phone number; an 11-digit US number loses its leading 1. */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/** What a staff search box query asks for. */
export type PatientQuery =
  | { kind: 'none' }
  | { kind: 'birthDate'; birthDate: string }
  | { kind: 'email'; prefix: string }
  | { kind: 'phone'; prefix: string }
  | { kind: 'name'; words: string[] };

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date typed as YYYY-MM-DD or as the US M/D/YYYY (also with dashes or dots); null when not a real date. */
export function parseTypedDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (us) return validDate(Number(us[3]), Number(us[1]), Number(us[2]));
  return null;
}

/** Characters that would act as wildcards in a prefix match; they never occur in the keys. */
const WILDCARDS = /[%_*?[\]\\]/g;

/**
 * Reads a search box: a date of birth (YYYY-MM-DD or MM/DD/YYYY), an email (has an @), a phone (only digits
 * and phone punctuation, at least 3 digits), otherwise name words (each a prefix of the given or family name).
 */
export function parsePatientQuery(q: string): PatientQuery {
  const text = q.trim();
  if (!text) return { kind: 'none' };
  const birthDate = parseTypedDate(text);
  if (birthDate) return { kind: 'birthDate', birthDate };
  if (text.includes('@')) return { kind: 'email', prefix: emailKey(text).replace(WILDCARDS, '') };
  if (/^[\d\s()+.-]+$/.test(text) && text.replace(/\D/g, '').length >= 3) {
    const digits = text.replace(/\D/g, '');
    const prefix =
      text.trim().startsWith('+1') || (digits.length === 11 && digits.startsWith('1'))
        ? digits.slice(1)
        : digits;
    return { kind: 'phone', prefix };
  }
  const words = nameKey(text.replace(/,/g, ' '))
    .replace(WILDCARDS, '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 2);
  return words.length ? { kind: 'name', words } : { kind: 'none' };
}
