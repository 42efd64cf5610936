import type { Database } from '../connection';
import type { BulkExportLevel, FhirBulkExportRow } from '../schema-bulk-exports';

export function insertBulkExport(
  db: Database,
  row: {
    id: string;
    level: BulkExportLevel;
    groupId: string | null;
    types: readonly string[];
    since: string | null;
    requestUrl: string;
    requestedBy: string;
    now: string;
    expiresAt: string;
  },
): Promise<unknown> {
  return db
    .insertInto('fhir_bulk_exports')
    .values({
      id: row.id,
      level: row.level,
      group_id: row.groupId,
      types: row.types.join(','),
      since: row.since,
      request_url: row.requestUrl,
      requested_by: row.requestedBy,
      status: 'in-progress',
      progress: null,
      error: null,
      transaction_time: row.now,
      created_at: row.now,
      completed_at: null,
      expires_at: row.expiresAt,
    })
    .execute();
}

export function findBulkExport(db: Database, id: string): Promise<FhirBulkExportRow | undefined> {
  return db.selectFrom('fhir_bulk_exports').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Records what the job is doing; only while in progress (a deleted or finished export stays so). */
export function setBulkExportProgress(db: Database, id: string, progress: string): Promise<unknown> {
  return db
    .updateTable('fhir_bulk_exports')
    .set({ progress })
    .where('id', '=', id)
    .where('status', '=', 'in-progress')
    .execute();
}

export function finishBulkExport(
  db: Database,
  id: string,
  end: { status: 'complete' | 'failed'; error?: string; completedAt: string; expiresAt: string },
): Promise<unknown> {
  return db
    .updateTable('fhir_bulk_exports')
    .set({
      status: end.status,
      error: end.error ?? null,
      progress: null,
      completed_at: end.completedAt,
      expires_at: end.expiresAt,
    })
    .where('id', '=', id)
    .where('status', '=', 'in-progress')
    .execute();
}

/** One part of a type's ndjson; a part already written (a retried job) is replaced. */
export async function writeBulkFile(
  db: Database,
  file: { exportId: string; type: string; part: number; count: number; content: string },
): Promise<void> {
  await db
    .deleteFrom('fhir_bulk_files')
    .where('export_id', '=', file.exportId)
    .where('resource_type', '=', file.type)
    .where('part', '=', file.part)
    .execute();
  await db
    .insertInto('fhir_bulk_files')
    .values({
      export_id: file.exportId,
      resource_type: file.type,
      part: file.part,
      count: file.count,
      content: file.content,
    })
    .execute();
}

/** The files of an export without their content (the manifest), in the order they were asked for. */
export function listBulkFiles(db: Database, exportId: string) {
  return db
    .selectFrom('fhir_bulk_files')
    .select(['resource_type', 'part', 'count'])
    .where('export_id', '=', exportId)
    .orderBy('resource_type')
    .orderBy('part')
    .execute();
}

export async function readBulkFile(
  db: Database,
  exportId: string,
  type: string,
  part: number,
): Promise<string | null> {
  const row = await db
    .selectFrom('fhir_bulk_files')
    .select('content')
    .where('export_id', '=', exportId)
    .where('resource_type', '=', type)
    .where('part', '=', part)
    .executeTakeFirst();
  return row?.content ?? null;
}

/** Deletes an export and its files (a client's DELETE, or its time is up); true when there was one. */
export async function deleteBulkExport(db: Database, id: string): Promise<boolean> {
  await db.deleteFrom('fhir_bulk_files').where('export_id', '=', id).execute();
  const r = await db.deleteFrom('fhir_bulk_exports').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Deletes the exports kept past their time; the number deleted. */
export async function purgeExpiredBulkExports(db: Database, now: string): Promise<number> {
  const expired = await db
    .selectFrom('fhir_bulk_exports')
    .select('id')
    .where('expires_at', '<=', now)
    .execute();
  for (const { id } of expired) await deleteBulkExport(db, id);
  return expired.length;
}

/** Every patient id, in id order, `size` at a time (after `after`): the patients a system-level export walks. */
export async function patientIdsPage(db: Database, after: string, size: number): Promise<string[]> {
  const rows = await db
    .selectFrom('patients')
    .select('id')
    .where('id', '>', after)
    .orderBy('id')
    .limit(size)
    .execute();
  return rows.map((r) => r.id);
}

/** The patients with a visit booked at a location (a Group of the Bulk export), in id order. */
export async function patientIdsAtLocation(db: Database, locationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('appointments')
    .select('patient_id')
    .distinct()
    .where('location_id', '=', locationId)
    .orderBy('patient_id')
    .execute();
  return rows.map((r) => r.patient_id);
}
