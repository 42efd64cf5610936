import type { EncounterRow } from '@omt/db';
import type { NoteText } from '@omt/contracts';

/** The free text of an encounter row as the API shows it. */
export function noteTextOf(e: EncounterRow): NoteText {
  return {
    hpi: e.hpi ?? '',
    assessment: e.assessment ?? '',
    plan: e.plan ?? '',
    emNote: e.em_note ?? '',
    emCode: e.em_code ?? '',
    version: e.note_version,
  };
}
