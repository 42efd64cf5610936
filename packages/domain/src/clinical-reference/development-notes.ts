/**
 * Words that belong in development notes, never in text a clinician or patient sees (UI, note, PDF, API
 * responses, mail): unconfirmed flags, file names, section signs and source tags of the old reference.
 */
export const DEVELOPMENT_NOTE_PATTERN =
  /unconfirmed|not confirmed|product\.md|\.md\b|chosen here|omt-reference|design recommendation|\bTODO\b|§|\[[A-Z]\d+\]/i;

/** The development words a text contains, for a readable test failure. */
export function developmentNotesIn(text: string): string[] {
  const global = new RegExp(DEVELOPMENT_NOTE_PATTERN.source, 'gi');
  return [...text.matchAll(global)].map((m) => m[0]);
}
