import type { Database } from '../connection';
import type { EncounterRow } from '../schema';

/** A patient's encounters whose note is signed (or signed and awaiting co-signature): never drafts. */
export function listSignedEncountersOfPatient(db: Database, patientId: string): Promise<EncounterRow[]> {
  return db
    .selectFrom('encounters')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('status', '!=', 'draft')
    .execute();
}
