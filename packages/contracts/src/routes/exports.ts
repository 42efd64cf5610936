import { z } from 'zod';
import { ExportView, RequestRecordExport } from '../exports';
import { endpoint, IdParam } from './endpoint';

/** Downloads that can be large run as background jobs: queue, poll, fetch the file while it is kept. */
export const EXPORTS_API = {
  requestRecordExport: endpoint({
    method: 'POST',
    path: '/api/patients/:id/record/exports',
    summary:
      "Queue the download of one's own data (portal): the record as JSON with every document in base64, prepared in the background",
    tag: 'record',
    auth: 'user',
    status: 202,
    params: IdParam,
    body: RequestRecordExport,
    response: ExportView,
  }),
  exportStatus: endpoint({
    method: 'GET',
    path: '/api/exports/:id',
    summary: 'Where a queued export stands: preparing, ready (until it expires) or failed',
    tag: 'record',
    auth: 'user',
    params: IdParam,
    response: ExportView,
  }),
  exportFile: endpoint({
    method: 'GET',
    path: '/api/exports/:id/file',
    summary: "A ready export's file, as a download (409 while preparing; 404 once expired)",
    tag: 'record',
    auth: 'user',
    params: IdParam,
    produces: 'application/octet-stream',
    response: z.unknown(),
  }),
} as const;
