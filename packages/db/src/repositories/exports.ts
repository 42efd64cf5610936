import type { Database } from '../connection';
import type { ExportRow } from '../schema-exports';

export function insertExport(
  db: Database,
  row: Pick<ExportRow, 'id' | 'kind' | 'patient_id' | 'requested_by' | 'lang' | 'created_at' | 'expires_at'>,
): Promise<unknown> {
  return db
    .insertInto('exports')
    .values({ ...row, status: 'preparing', file_name: null, content: null, ready_at: null })
    .execute();
}

/** An export without its content (the status a client polls). */
export function findExport(db: Database, id: string): Promise<Omit<ExportRow, 'content'> | undefined> {
  return db
    .selectFrom('exports')
    .select([
      'id',
      'kind',
      'patient_id',
      'requested_by',
      'lang',
      'status',
      'file_name',
      'created_at',
      'ready_at',
      'expires_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function readExportContent(db: Database, id: string): Promise<string | null> {
  const row = await db.selectFrom('exports').select('content').where('id', '=', id).executeTakeFirst();
  return row?.content ?? null;
}

/** Stores the finished file; only while still preparing (a purged or failed export stays so). */
export function markExportReady(
  db: Database,
  id: string,
  file: { fileName: string; content: string; readyAt: string; expiresAt: string },
): Promise<unknown> {
  return db
    .updateTable('exports')
    .set({
      status: 'ready',
      file_name: file.fileName,
      content: file.content,
      ready_at: file.readyAt,
      expires_at: file.expiresAt,
    })
    .where('id', '=', id)
    .where('status', '=', 'preparing')
    .execute();
}

export function markExportFailed(db: Database, id: string): Promise<unknown> {
  return db
    .updateTable('exports')
    .set({ status: 'failed', content: null })
    .where('id', '=', id)
    .where('status', '=', 'preparing')
    .execute();
}

/** Deletes the exports whose retention ran out; returns how many. */
export async function purgeExpiredExports(db: Database, now: string): Promise<number> {
  const result = await db.deleteFrom('exports').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
