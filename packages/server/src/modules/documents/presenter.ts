import { findUserById, type Database, type PatientDocumentMeta } from '@omt/db';
import type { PatientDocument } from '@omt/contracts';

/** Documents as the API shows them, each naming who uploaded it. */
export async function presentDocuments(
  db: Database,
  rows: PatientDocumentMeta[],
): Promise<PatientDocument[]> {
  const names = new Map<string, string>();
  for (const id of new Set(rows.map((r) => r.uploaded_by))) {
    names.set(id, (await findUserById(db, id))?.display_name ?? 'unknown');
  }
  return rows.map((r) => ({
    id: r.id,
    patientId: r.patient_id,
    title: r.title,
    category: r.category as PatientDocument['category'],
    fileName: r.file_name,
    mediaType: r.media_type as PatientDocument['mediaType'],
    sizeBytes: r.size_bytes,
    uploadedAt: r.uploaded_at,
    uploadedBy: names.get(r.uploaded_by) ?? 'unknown',
    removedAt: r.removed_at,
    removedReason: r.removed_reason,
  }));
}
