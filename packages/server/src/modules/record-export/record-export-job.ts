import { findExport, markExportFailed, markExportReady, purgeExpiredExports } from '@omt/db';
import type { Lang } from '@omt/domain';
import { RequestContext, type AppDeps } from '../../context';
import { toInstant } from '../../clock';
import { DomainError } from '../../errors';
import { requesterNow } from '../../auth/requester';
import { exportPatientRecord } from '../patient-record/service';

export const EXPORT_KIND = 'record-export';
/** A prepared export is kept this long after it is ready (or asked for), then deleted by `purge-exports`. */
export const EXPORT_KEEP_MS = 24 * 3_600_000;

/**
 * Prepares a queued record export as the person who asked (the read passes the audited gate again), and stores the
 * file for `EXPORT_KEEP_MS`. A refusal fails the export for good; any other error is retried by the runner.
 */
export async function runRecordExport(deps: AppDeps, payload: { exportId: string }): Promise<void> {
  const row = await findExport(deps.db, payload.exportId);
  if (!row || row.status !== 'preparing') return;
  const user = await requesterNow(deps, row.requested_by);
  if (!user) {
    await markExportFailed(deps.db, row.id);
    return;
  }
  try {
    const data = await exportPatientRecord(new RequestContext(deps, user), row.patient_id, row.lang as Lang);
    const now = deps.clock();
    await markExportReady(deps.db, row.id, {
      fileName: `my-health-record-${data.exportedAt.slice(0, 10)}.json`,
      content: JSON.stringify(data),
      readyAt: toInstant(now),
      expiresAt: toInstant(new Date(now.getTime() + EXPORT_KEEP_MS)),
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    await markExportFailed(deps.db, row.id);
  }
}

/** Deletes the exports kept past their time (a recurring job). */
export function purgeExports(deps: AppDeps): Promise<number> {
  return purgeExpiredExports(deps.db, toInstant(deps.clock()));
}
