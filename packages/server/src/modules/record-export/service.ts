import { randomUUID } from 'node:crypto';
import { findExport, findJobByKey, insertExport, readExportContent, type ExportRow } from '@omt/db';
import type { ExportView, RequestRecordExport } from '@omt/contracts';
import type { RequestContext } from '../../context';
import { fail } from '../../errors';
import { toInstant } from '../../clock';
import { enqueueWithChange } from '../../jobs/enqueue';
import { EXPORT_KIND, EXPORT_KEEP_MS } from './record-export-job';

function present(row: Omit<ExportRow, 'content'>): ExportView {
  return {
    id: row.id,
    patientId: row.patient_id,
    status: row.status,
    fileName: row.file_name,
    createdAt: row.created_at,
    readyAt: row.ready_at,
    expiresAt: row.expires_at,
  };
}

/**
 * Queues the download of a patient's record (self or a child): audited as an export now, prepared by a job, which
 * the same person then polls and fetches. The row and its job commit together.
 */
export async function requestRecordExport(
  ctx: RequestContext,
  patientId: string,
  body: RequestRecordExport,
): Promise<ExportView> {
  await ctx.access(patientId, 'record.export', 'record', null);
  const id = randomUUID();
  const now = ctx.now();
  const row = {
    id,
    kind: EXPORT_KIND,
    patient_id: patientId,
    requested_by: ctx.user.id,
    lang: body.lang,
    created_at: now,
    expires_at: toInstant(new Date(Date.parse(now) + EXPORT_KEEP_MS)),
  };
  await insertExport(ctx.db, row);
  await enqueueWithChange(ctx.deps, {
    kind: EXPORT_KIND,
    key: `${EXPORT_KIND}:${id}`,
    payload: { exportId: id },
  });
  return present({ ...row, status: 'preparing', file_name: null, ready_at: null });
}

/** An export as the person who asked for it sees it (anyone else: 404, as for an unknown one). */
async function ownExport(ctx: RequestContext, id: string) {
  const row = await findExport(ctx.db, id);
  if (!row || row.expires_at <= ctx.now()) throw fail.notFound('export');
  await ctx.access(row.patient_id, 'record.export', 'export', row.id);
  if (row.requested_by !== ctx.user.id) throw fail.notFound('export');
  // A job that failed for good (its tries used up) leaves the export preparing: say it failed, so nobody waits on it.
  if (
    row.status === 'preparing' &&
    (await findJobByKey(ctx.db, `${EXPORT_KIND}:${row.id}`))?.state === 'failed'
  )
    return { ...row, status: 'failed' as const };
  return row;
}

export async function exportStatus(ctx: RequestContext, id: string): Promise<ExportView> {
  return present(await ownExport(ctx, id));
}

/** A ready export's file (409 while it is prepared, 422 when preparing it failed). */
export async function exportFile(
  ctx: RequestContext,
  id: string,
): Promise<{ fileName: string; content: string }> {
  const row = await ownExport(ctx, id);
  if (row.status === 'preparing')
    throw fail.conflict('export_not_ready', 'the download is still being prepared');
  const content = row.status === 'ready' ? await readExportContent(ctx.db, id) : null;
  if (!content || !row.file_name)
    throw fail.unprocessable('export_failed', 'the download could not be prepared; ask for it again');
  return { fileName: row.file_name, content };
}
