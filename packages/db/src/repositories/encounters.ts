import type { Database } from '../connection';
import type { Insertable } from 'kysely';
import type {
  AddendumTable,
  ConsentTable,
  EncounterRow,
  EncounterTable,
  ExamFindingTable,
  RedFlagReviewTable,
  TreatmentReviewTable,
  TreatmentTable,
} from '../schema';

export function findEncounter(db: Database, id: string): Promise<EncounterRow | undefined> {
  return db.selectFrom('encounters').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findEncounterByAppointment(db: Database, appointmentId: string) {
  return db
    .selectFrom('encounters')
    .selectAll()
    .where('appointment_id', '=', appointmentId)
    .executeTakeFirst();
}

export async function insertEncounter(db: Database, row: Insertable<EncounterTable>): Promise<void> {
  await db.insertInto('encounters').values(row).execute();
}

/**
 * Updates an encounter only while it is still in `expectedStatus`: the guard in the WHERE clause keeps
 * a signed note from changing even when two requests race. Returns whether a row changed.
 */
export async function updateEncounterIfStatus(
  db: Database,
  id: string,
  expectedStatus: string,
  patch: Partial<Omit<EncounterRow, 'id'>>,
  /** Also require the free text to be at this version (signing: the note holds the text that was read). */
  expectedNoteVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('encounters')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', expectedStatus);
  if (expectedNoteVersion !== undefined) query = query.where('note_version', '=', expectedNoteVersion);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function listExamFindings(db: Database, encounterId: string) {
  return db.selectFrom('exam_findings').selectAll().where('encounter_id', '=', encounterId).execute();
}

/** Replaces the whole exam of a draft encounter in one transaction. */
export async function replaceExamFindings(
  db: Database,
  encounterId: string,
  rows: Insertable<ExamFindingTable>[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('exam_findings').where('encounter_id', '=', encounterId).execute();
    if (rows.length) await trx.insertInto('exam_findings').values(rows).execute();
  });
}

/** Consents in the order they were recorded (by sequence: the last one on a technique is the decision). */
export function listConsents(db: Database, encounterId: string) {
  return db
    .selectFrom('consents')
    .selectAll()
    .where('encounter_id', '=', encounterId)
    .orderBy('seq')
    .execute();
}

export async function insertConsent(db: Database, row: Insertable<ConsentTable>): Promise<void> {
  await db.insertInto('consents').values(row).execute();
}

export function listTreatments(db: Database, encounterId: string) {
  return db
    .selectFrom('treatments')
    .selectAll()
    .where('encounter_id', '=', encounterId)
    .orderBy('seq')
    .execute();
}

export async function insertTreatment(db: Database, row: Insertable<TreatmentTable>): Promise<void> {
  await db.insertInto('treatments').values(row).execute();
}

/** Decisions on treatments put under review by a later red flag, in the order they were made. */
export function listTreatmentReviews(db: Database, encounterId: string) {
  return db
    .selectFrom('treatment_reviews')
    .selectAll()
    .where('encounter_id', '=', encounterId)
    .orderBy('id')
    .execute();
}

export async function insertTreatmentReview(
  db: Database,
  row: Insertable<TreatmentReviewTable>,
): Promise<void> {
  await db.insertInto('treatment_reviews').values(row).execute();
}

/** Red-flag reviews by their serial id: the last one on a flag is the decision. */
export function listRedFlagReviews(db: Database, encounterId: string) {
  return db
    .selectFrom('red_flag_reviews')
    .selectAll()
    .where('encounter_id', '=', encounterId)
    .orderBy('id')
    .execute();
}

export async function insertRedFlagReview(db: Database, row: Insertable<RedFlagReviewTable>): Promise<void> {
  await db.insertInto('red_flag_reviews').values(row).execute();
}

/** Addenda of a note with their authors' names, oldest first. */
export function listAddenda(db: Database, encounterId: string) {
  return db
    .selectFrom('addenda')
    .innerJoin('users', 'users.id', 'addenda.author_id')
    .selectAll('addenda')
    .select('users.display_name as author_name')
    .where('addenda.encounter_id', '=', encounterId)
    .orderBy('addenda.id')
    .execute();
}

export async function insertAddendum(db: Database, row: Insertable<AddendumTable>): Promise<void> {
  await db.insertInto('addenda').values(row).execute();
}
