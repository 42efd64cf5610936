// Copies the generated network (bench/generate.ts, SQLite) into a migrated PostgreSQL database, table by table in
// batches, then analyzes it as autovacuum would after a bulk load; `networkOnPostgres` makes that database first.
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { migrateToLatest, openDatabase } from '@omt/db';
import { freshPostgresDatabase } from './bench-database';

const TABLES = [
  'locations',
  'location_hours',
  'visit_types',
  'users',
  'provider_hours',
  'patients',
  'appointments',
  'provider_blocks',
  'patient_blocks',
];
const BATCH = 2000;

/** Copies every generated row of `sqliteFile` into the (migrated, empty) PostgreSQL database at `url`. */
export async function copyNetworkToPostgres(sqliteFile: string, url: string): Promise<number> {
  const source = new SQLite(sqliteFile, { readonly: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let copied = 0;
  try {
    // The catalogue and schedule triggers bump their markers per row: off during the load, like a restore.
    await client.query("set session_replication_role = 'replica'");
    for (const table of TABLES) {
      const rows = source.prepare(`select * from ${table}`).all() as Record<string, unknown>[];
      if (rows.length === 0) continue;
      const columns = Object.keys(rows[0]!);
      for (let at = 0; at < rows.length; at += BATCH) {
        const batch = rows.slice(at, at + BATCH);
        const values: unknown[] = [];
        const tuples = batch.map((row) => {
          const marks = columns.map((c) => {
            values.push(row[c]);
            return `$${values.length}`;
          });
          return `(${marks.join(',')})`;
        });
        await client.query(
          `insert into ${table} (${columns.map((c) => `"${c}"`).join(',')}) values ${tuples.join(',')}`,
          values,
        );
      }
      copied += rows.length;
    }
    await client.query("set session_replication_role = 'origin'");
    await client.query('analyze');
  } finally {
    await client.end();
    source.close();
  }
  return copied;
}

/**
 * The generated network at `sqliteFile` in a new, migrated PostgreSQL database (`freshPostgresDatabase`): its URL,
 * `stop()` for the cluster, the rows copied and the seconds the copy took.
 */
export async function networkOnPostgres(sqliteFile: string) {
  const database = await freshPostgresDatabase();
  const handle = openDatabase({ url: database.url });
  await migrateToLatest(handle);
  await handle.close();
  const t0 = performance.now();
  const copied = await copyNetworkToPostgres(sqliteFile, database.url);
  return { ...database, copied, copySeconds: +((performance.now() - t0) / 1000).toFixed(1) };
}
