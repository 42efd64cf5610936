// A fresh, migrated database for a benchmark: SQLite in a temporary folder by default, or with `--postgres` a new
// database on a throwaway PostgreSQL cluster (or on BENCH_PG_URL). `close()` removes what it made.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  insertUser,
  migrateToLatest,
  openDatabase,
  SQLITE_FILE_NAME,
  type Database,
  type DatabaseHandle,
} from '@omt/db';
import { createSession } from '../packages/server/src/auth/sessions';
import type { Clock } from '../packages/server/src/clock';
import { startPgCluster, type PgCluster } from '../scripts/test-support/pg-cluster';

/**
 * A new, empty database on a throwaway PostgreSQL cluster (or on BENCH_PG_URL): its URL, and `stop()`, which stops
 * the cluster (once; it is stopped anyway when this process exits).
 */
export async function freshPostgresDatabase(): Promise<{ url: string; stop(): void }> {
  let cluster: PgCluster | null = null;
  const stop = () => {
    const running = cluster;
    cluster = null;
    running?.stop();
  };
  process.once('exit', stop);
  const adminUrl = process.env.BENCH_PG_URL ?? (cluster = await startPgCluster()).url;
  const name = `omt_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), stop };
}

export async function openBenchDatabase(label: string): Promise<{
  handle: DatabaseHandle;
  postgres: boolean;
  /** The SQLite file (for a yardstick opening its own connection); null on PostgreSQL. */
  sqliteFile: string | null;
  close(): Promise<void>;
}> {
  const postgres = process.argv.includes('--postgres');
  let postgresDatabase: { stop(): void } | null = null;
  let dataDir: string | null = null;
  let handle: DatabaseHandle;
  if (postgres) {
    const fresh = await freshPostgresDatabase();
    postgresDatabase = fresh;
    handle = openDatabase({ url: fresh.url });
  } else {
    dataDir = mkdtempSync(join(tmpdir(), `omt-bench-${label}-`));
    handle = openDatabase({ dataDir });
  }
  await migrateToLatest(handle);
  return {
    handle,
    postgres,
    sqliteFile: dataDir ? join(dataDir, SQLITE_FILE_NAME) : null,
    async close() {
      await handle.close();
      postgresDatabase?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The benchmarks' front-desk user 'desk' (created at `createdAt`) and a 24-hour session for it on `clock`. */
export async function createBenchDesk(
  db: Database,
  clock: Clock,
  createdAt: string,
): Promise<{ token: string; auth: { authorization: string } }> {
  await insertUser(db, {
    id: 'desk',
    email: 'desk@bench.clinic',
    password_hash: 'x',
    role: 'front_desk',
    display_name: 'Desk',
    credential: null,
    supervisor_id: null,
    created_at: createdAt,
  });
  const token = await createSession(db, clock, 'desk', 24);
  return { token, auth: { authorization: `Bearer ${token}` } };
}
