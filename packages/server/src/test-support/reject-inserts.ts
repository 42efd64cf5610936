import { sql } from 'kysely';
import type { TestApp } from './test-app';

/** Makes every insert into the table fail, as a broken disk or a bad deploy would; returns the undo. */
export async function rejectInserts(t: TestApp, table: string): Promise<() => Promise<void>> {
  const name = `reject_${table}`;
  if (t.handle.dialect === 'sqlite') {
    await sql
      .raw(
        `create trigger ${name} before insert on ${table} begin select raise(abort, 'rejected by the test'); end`,
      )
      .execute(t.handle.db);
    return async () => void (await sql.raw(`drop trigger ${name}`).execute(t.handle.db));
  }
  await sql
    .raw(
      `create or replace function reject_insert() returns trigger language plpgsql as $$ begin raise exception 'rejected by the test'; end $$`,
    )
    .execute(t.handle.db);
  await sql
    .raw(`create trigger ${name} before insert on ${table} for each row execute function reject_insert()`)
    .execute(t.handle.db);
  return async () => void (await sql.raw(`drop trigger ${name} on ${table}`).execute(t.handle.db));
}
