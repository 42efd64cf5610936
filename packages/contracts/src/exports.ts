import { z } from 'zod';

export const EXPORT_STATUSES = ['preparing', 'ready', 'failed'] as const;

/** Asking for a download of one's data: the language of its texts. */
export const RequestRecordExport = z.object({ lang: z.enum(['en', 'es']).default('en') });
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
