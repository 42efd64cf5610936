/**
 * Words that belong in development notes, never in text a clinician or patient sees (UI, note, PDF, API
 * responses, mail): "UNCONFIRMED" and an `unconfirmed` flag, file names, "chosen here", section signs and
 * source tags of the old reference. Case matters: a treatment can plainly be "unconfirmed" by the physician.
 */
export const DEVELOPMENT_NOTE_PATTERN =
  /UNCONFIRMED|"unconfirmed"|[Ss]ource not confirmed|product\.md|\.md\b|chosen here|as mirrored|omt-reference|[Dd]esign recommendation|\bTODO\b|§|\[[A-Z]\d+\]/;

/** The development words a text contains, for a readable test failure. */
export function developmentNotesIn(text: string): string[] {
  const global = new RegExp(DEVELOPMENT_NOTE_PATTERN.source, 'g');
  return [...text.matchAll(global)].map((m) => m[0]);
}
