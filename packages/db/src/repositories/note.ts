import type { Insertable } from 'kysely';
import type { Database } from '../connection';
import type { NoteTemplateTable } from '../schema';

export interface NoteTextPatch {
  hpi: string | null;
  assessment: string | null;
  plan: string | null;
  em_note: string | null;
  /** Left out: the code stays as saved. */
  em_code?: string | null;
}

/**
 * Saves a draft's free text only while the note is a draft and still at `expectedVersion`, moving the version on:
 * a save from a page that read an older version changes nothing. Returns whether the row changed.
 */
export async function updateNoteTextIfVersion(
  db: Database,
  id: string,
  expectedVersion: number,
  patch: NoteTextPatch & { updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('encounters')
    .set((eb) => ({ ...patch, note_version: eb('note_version', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where('note_version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The patient's most recent signed (or awaiting co-signature) encounter other than `exceptId`, by visit start. */
export function findLastSignedEncounter(db: Database, patientId: string, exceptId: string) {
  return db
    .selectFrom('encounters')
    .innerJoin('appointments', 'appointments.id', 'encounters.appointment_id')
    .select([
      'encounters.id as id',
      'appointments.start_at as start_at',
      'appointments.location_id as location_id',
    ])
    .where('encounters.patient_id', '=', patientId)
    .where('encounters.id', '!=', exceptId)
    .where('encounters.status', 'in', ['signed', 'awaiting_cosign'])
    .orderBy('appointments.start_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Templates the user may use: the clinic's and their own. */
export function listNoteTemplates(db: Database, userId: string) {
  return db.selectFrom('note_templates').selectAll().where('scope', 'in', ['clinic', userId]).execute();
}

export function findNoteTemplate(db: Database, id: string) {
  return db.selectFrom('note_templates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertNoteTemplate(db: Database, row: Insertable<NoteTemplateTable>): Promise<void> {
  await db.insertInto('note_templates').values(row).execute();
}

export async function updateNoteTemplate(
  db: Database,
  id: string,
  patch: Pick<NoteTemplateTable, 'shortcut' | 'title' | 'body' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('note_templates').set(patch).where('id', '=', id).execute();
}

export async function deleteNoteTemplate(db: Database, id: string): Promise<void> {
  await db.deleteFrom('note_templates').where('id', '=', id).execute();
}
