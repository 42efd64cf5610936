import type { DB } from '@omt/db';
import type { TestApp } from './test-app';

/** How many rows a table holds (a refused request must leave the counts as they were). */
export async function countRows(t: TestApp, table: keyof DB): Promise<number> {
  const row = await t.handle.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The id of the newest audit row, 0 with none: a test reads the rows its request added after it. */
export async function lastAuditId(t: TestApp): Promise<number> {
  return (
    (await t.handle.db.selectFrom('audit_log').select('id').orderBy('id', 'desc').executeTakeFirst())?.id ?? 0
  );
}
