import type { Insertable, Selectable } from 'kysely';
import type { Database } from '../connection';
import type { PatientDocumentTable } from '../schema';

export type PatientDocumentRow = Selectable<PatientDocumentTable>;
/** A document without its bytes: what lists and the audit need. */
export type PatientDocumentMeta = Omit<PatientDocumentRow, 'content'>;

const META_COLUMNS = [
  'id',
  'patient_id',
  'title',
  'category',
  'file_name',
  'media_type',
  'size_bytes',
  'sha256',
  'uploaded_by',
  'uploaded_at',
  'removed_by',
  'removed_at',
  'removed_reason',
] as const;

export async function insertPatientDocument(
  db: Database,
  row: Insertable<PatientDocumentTable>,
): Promise<void> {
  await db.insertInto('patient_documents').values(row).execute();
}

export function findPatientDocumentMeta(db: Database, id: string): Promise<PatientDocumentMeta | undefined> {
  return db.selectFrom('patient_documents').select(META_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** The document's bytes as a Buffer on both databases. */
export async function readPatientDocumentContent(db: Database, id: string): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('patient_documents')
    .select('content')
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? Buffer.from(row.content) : undefined;
}

/** A patient's documents, newest first; removed ones only when asked. */
export function listPatientDocuments(
  db: Database,
  patientId: string,
  includeRemoved: boolean,
): Promise<PatientDocumentMeta[]> {
  let q = db.selectFrom('patient_documents').select(META_COLUMNS).where('patient_id', '=', patientId);
  if (!includeRemoved) q = q.where('removed_at', 'is', null);
  return q.orderBy('uploaded_at', 'desc').orderBy('id').execute();
}

/** Marks a document entered in error; false when it was already removed (the bytes stay). */
export async function removePatientDocument(
  db: Database,
  id: string,
  by: string,
  at: string,
  reason: string,
): Promise<boolean> {
  const r = await db
    .updateTable('patient_documents')
    .set({ removed_by: by, removed_at: at, removed_reason: reason })
    .where('id', '=', id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
