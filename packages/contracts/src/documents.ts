import { z } from 'zod';
import { DOCUMENT_CATEGORIES } from '@omt/domain';
import { Instant } from './common';

export const DocumentCategory = z.enum(DOCUMENT_CATEGORIES);
export type DocumentCategory = z.infer<typeof DocumentCategory>;

/**
 * An upload as JSON (the cookie session's CSRF defence needs JSON): the file's bytes in base64. Its type is read
 * from the bytes themselves; the name is kept only as a label.
 */
export const UploadDocument = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    category: DocumentCategory,
    fileName: z.string().trim().max(255, 'must be at most 255 characters').optional(),
    contentBase64: z
      .string()
      .min(1, 'choose a file')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be the file in base64'),
  })
  .strict();
export type UploadDocument = z.infer<typeof UploadDocument>;

export const PatientDocument = z.object({
  id: z.string(),
  patientId: z.string(),
  title: z.string(),
  category: DocumentCategory,
  fileName: z.string().nullable(),
  mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg']),
  sizeBytes: z.number().int(),
  uploadedAt: Instant,
  uploadedBy: z.string(),
  /** Set when the document was removed as entered in error (staff see it struck through; patients not at all). */
  removedAt: Instant.nullable(),
  removedReason: z.string().nullable(),
});
export type PatientDocument = z.infer<typeof PatientDocument>;

export const RemoveDocument = z
  .object({
    reason: z
      .string()
      .trim()
      .min(3, 'say why it is removed (at least 3 characters)')
      .max(500, 'must be at most 500 characters'),
  })
  .strict();

export const DocumentContentQuery = z.object({
  /** `attachment` downloads the file; `inline` (default) shows it in the browser. */
  disposition: z.enum(['inline', 'attachment']).default('inline'),
});
