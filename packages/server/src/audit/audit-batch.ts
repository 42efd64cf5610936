import { insertAudit, type Database, type NewAudit } from '@omt/db';

interface Batch {
  rows: NewAudit[];
  written: Promise<void>;
}

/** Rows per statement at most (SQLite binds up to 32,766 values, PostgreSQL 65,535; a row binds 9). */
const MAX_ROWS = 1000;
const open = new WeakMap<Database, Batch>();

/**
 * Writes audit rows that belong to no change (reads, refusals, background work) together with the others asked for
 * in the same event-loop turn: one statement, one commit. Each caller waits for that commit, so a row that cannot be
 * written still fails every request it belongs to; reads made at the same time stop paying a commit each.
 */
export function insertAuditTogether(db: Database, rows: NewAudit[]): Promise<void> {
  let batch = open.get(db);
  if (batch && batch.rows.length + rows.length > MAX_ROWS) batch = undefined;
  if (!batch) {
    const next: Batch = {
      rows: [],
      written: new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        if (open.get(db) === next) open.delete(db);
        return insertAudit(db, next.rows);
      }),
    };
    open.set(db, (batch = next));
  }
  batch.rows.push(...rows);
  return batch.written;
}
