import { ownLanguagesOfUsers, patientPreferredLanguage, patientsOfUser, type Database } from '@omt/db';
import type { Lang } from '@omt/domain';

/** A stored language as one we write in; anything else reads as English. */
export function asLang(stored: string | null | undefined): Lang {
  return stored === 'es' ? 'es' : 'en';
}

/**
 * The language a login reads: its own patient record's, else (a guardian without a record of their own) that of
 * the first record it acts for, else English.
 */
export async function languageOfUser(db: Database, userId: string): Promise<Lang> {
  return languageOfRecords(await patientsOfUser(db, userId));
}

/** The same from the records a login acts for (`patientsOfUser`). */
export function languageOfRecords(
  records: readonly { relationship: string; preferred_language: string }[],
): Lang {
  const own = records.find((r) => r.relationship === 'self') ?? records[0];
  return asLang(own?.preferred_language);
}

/**
 * Who gets a mail about a patient, grouped by language: each login reads its own record's language (a parent who
 * registered as Spanish-speaking reads Spanish about a child whose record says English); a login without a record
 * of its own (a guardian only) reads the patient's language.
 */
export async function recipientsByLanguage(
  db: Database,
  patientId: string,
  recipients: readonly { id: string; email: string }[],
): Promise<Map<Lang, string[]>> {
  const patientLang = asLang(await patientPreferredLanguage(db, patientId));
  const own = new Map(
    (
      await ownLanguagesOfUsers(
        db,
        recipients.map((r) => r.id),
      )
    ).map((r) => [r.user_id, r.preferred_language]),
  );
  const groups = new Map<Lang, string[]>();
  for (const r of recipients) {
    const lang = own.has(r.id) ? asLang(own.get(r.id)) : patientLang;
    groups.set(lang, [...(groups.get(lang) ?? []), r.email]);
  }
  return groups;
}
