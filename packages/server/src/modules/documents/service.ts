import { createHash, randomUUID } from 'node:crypto';
import {
  findPatient,
  findPatientDocumentMeta,
  insertPatientDocument,
  listPatientDocuments,
  readPatientDocumentContent,
  removePatientDocument,
  type PatientDocumentMeta,
} from '@omt/db';
import { MAX_DOCUMENT_BYTES, documentFileName, sniffDocumentType, type DocumentMediaType } from '@omt/domain';
import type { PatientDocument, UploadDocument } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { DomainError, fail } from '../../errors';
import { presentDocuments } from './presenter';

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** The upload's bytes: at most 10 MB (413) and a PDF, PNG or JPEG by their own first bytes (415), whatever the name says. */
function checkedContent(base64: string): { bytes: Buffer; type: DocumentMediaType } {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw fail.invalid('contentBase64', 'the file is empty');
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new DomainError(
      413,
      'document_too_large',
      `contentBase64: the file must be at most 10 MB (this one is ${megabytes(bytes.length)} MB)`,
      'contentBase64',
    );
  }
  const type = sniffDocumentType(bytes);
  if (!type) {
    throw new DomainError(
      415,
      'unsupported_document_type',
      'contentBase64: the file must be a PDF, PNG or JPEG (its content is none of these)',
      'contentBase64',
    );
  }
  return { bytes, type };
}

/** Staff add a PDF or image to a patient; the bytes go into the database with the audited upload. */
export async function uploadDocument(
  ctx: RequestContext,
  patientId: string,
  body: UploadDocument,
): Promise<PatientDocument> {
  if (!(await findPatient(ctx.db, patientId))) throw fail.notFound('patient');
  const id = randomUUID();
  await ctx.access(patientId, 'document.write', 'document', id, 'upload');
  const { bytes, type } = checkedContent(body.contentBase64);
  await insertPatientDocument(ctx.db, {
    id,
    patient_id: patientId,
    title: body.title,
    category: body.category,
    file_name: body.fileName || null,
    media_type: type,
    size_bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    content: bytes,
    uploaded_by: ctx.user.id,
    uploaded_at: ctx.now(),
    removed_by: null,
    removed_at: null,
    removed_reason: null,
  });
  const row = await findPatientDocumentMeta(ctx.db, id);
  if (!row) throw new Error(`document ${id} was not stored`);
  return (await presentDocuments(ctx.db, [row]))[0] as PatientDocument;
}

/** A patient's documents: staff see removed ones too (marked), a patient only those in force. */
export async function listDocuments(ctx: RequestContext, patientId: string): Promise<PatientDocument[]> {
  if (!(await findPatient(ctx.db, patientId))) throw fail.notFound('patient');
  await ctx.access(patientId, 'document.read', 'document', null, 'list');
  const rows = await listPatientDocuments(ctx.db, patientId, ctx.user.role !== 'patient');
  return presentDocuments(ctx.db, rows);
}

/** One document as the caller may see it: a removed one is gone for patients (404), kept for staff. */
async function readableDocument(ctx: RequestContext, id: string, why: string): Promise<PatientDocumentMeta> {
  const row = await findPatientDocumentMeta(ctx.db, id);
  if (!row) throw fail.notFound('document');
  await ctx.access(row.patient_id, 'document.read', 'document', id, why);
  if (row.removed_at && ctx.user.role === 'patient') throw fail.notFound('document');
  return row;
}

export interface DocumentFile {
  bytes: Buffer;
  mediaType: DocumentMediaType;
  fileName: string;
}

/** The file itself, typed by its sniffed type and named from its title. */
export async function documentFile(
  ctx: RequestContext,
  id: string,
  disposition: 'inline' | 'attachment',
): Promise<DocumentFile> {
  const row = await readableDocument(ctx, id, disposition === 'inline' ? 'view' : 'download');
  const bytes = await readPatientDocumentContent(ctx.db, id);
  if (!bytes) throw fail.notFound('document');
  const mediaType = row.media_type as DocumentMediaType;
  return { bytes, mediaType, fileName: documentFileName(row.title, mediaType) };
}

/** Marks a document entered in error (staff, with a reason); the file and its audit trail stay. */
export async function removeDocument(
  ctx: RequestContext,
  id: string,
  reason: string,
): Promise<PatientDocument> {
  const row = await findPatientDocumentMeta(ctx.db, id);
  if (!row) throw fail.notFound('document');
  await ctx.access(
    row.patient_id,
    'document.write',
    'document',
    id,
    `removed as entered in error: ${reason}`,
  );
  if (!(await removePatientDocument(ctx.db, id, ctx.user.id, ctx.now(), reason))) {
    throw fail.conflict('document_already_removed', 'this document was already removed');
  }
  const removed = await findPatientDocumentMeta(ctx.db, id);
  return (await presentDocuments(ctx.db, removed ? [removed] : []))[0] as PatientDocument;
}
