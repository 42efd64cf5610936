import { z } from 'zod';
import { RecordQuery } from './patient-record';

export const EXPORT_STATUSES = ['preparing', 'ready', 'failed'] as const;

/** Asking for a download of one's data: the language of its texts, as when reading the record. */
export const RequestRecordExport = RecordQuery;
export type RequestRecordExport = z.infer<typeof RequestRecordExport>;

/** An export prepared in the background: poll it until `ready`, then fetch `/api/exports/:id/file` before `expiresAt`. */
export const ExportView = z.object({
  id: z.string(),
  patientId: z.string(),
  status: z.enum(EXPORT_STATUSES),
  fileName: z.string().nullable(),
  createdAt: z.string(),
  readyAt: z.string().nullable(),
  expiresAt: z.string(),
});
export type ExportView = z.infer<typeof ExportView>;
